/* eventwire dashboard: filters -> map, timeline, network, table; an article reader.
 * Plain browser JavaScript, no build step. All text from the corpus goes into the page
 * through textContent (never innerHTML), so an article cannot inject markup. */
"use strict";

const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QCOLOR = { 1: "#4e79a7", 2: "#59a14f", 3: "#f28e2b", 4: "#e15759" };
const SPANS = [
  ["actor", "actors"], ["event", "events"], ["place", "places"], ["date", "dates"],
  ["quote", "quotes"], ["count", "counts"], ["evidence", "evidence sentence"],
];

const state = { filters: {}, cursor: null, countries: {}, byNumeric: {}, map: null, cluster: null, shapes: null, article: null };

// ------------------------------------------------------------------ fetch

function token() {
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    sessionStorage.setItem("eventwire-token", decodeURIComponent(m[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem("eventwire-token");
}

async function get(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === "") continue;
    (Array.isArray(v) ? v : [v]).forEach((x) => url.searchParams.append(k, x));
  }
  const t = token();
  const resp = await fetch(url, { headers: t ? { Authorization: "Bearer " + t } : {} });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.error || resp.statusText);
  return body;
}

function setStatus(msg) { document.getElementById("status").textContent = msg || ""; }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : String(c));
  return node;
}

// ------------------------------------------------------------------ filters

function params(extra) {
  const f = state.filters;
  return Object.assign({
    since: f.since, until: f.until, country: f.country, actor: f.actor, type: f.type,
    status: f.status, q: f.q, quad_class: f.quad_class,
  }, extra || {});
}

function setFilter(key, value, toggle) {
  const f = state.filters;
  if (key === "country") {
    const list = f.country || [];
    f.country = list.includes(value) && toggle ? list.filter((c) => c !== value) : Array.from(new Set([...list, value]));
    if (!f.country.length) delete f.country;
  } else if (value === null || value === "" || value === undefined) {
    delete f[key];
  } else {
    f[key] = value;
  }
  syncForm();
  refresh();
}

function syncForm() {
  const f = state.filters;
  document.getElementById("f-since").value = f.since || "";
  document.getElementById("f-until").value = f.until || "";
  document.getElementById("f-country").value = "";
  document.getElementById("f-actor").value = f.actor || "";
  document.getElementById("f-type").value = f.type || "";
  document.getElementById("f-status").value = f.status || "";
  document.getElementById("f-q").value = f.q || "";
  const chips = document.getElementById("chips");
  chips.replaceChildren();
  const add = (label, remove) => chips.append(el("span", { class: "chip" }, label,
    el("button", { type: "button", title: "remove", onclick: remove }, "×")));
  for (const c of f.country || []) add("country: " + c + (state.countries[c] ? " " + state.countries[c] : ""), () => setFilter("country", c, true));
  for (const k of ["since", "until", "actor", "type", "status", "q", "quad_class"]) {
    if (f[k]) add(k.replace("quad_class", "QuadClass") + ": " + f[k], () => setFilter(k, null));
  }
}

function readForm(ev) {
  ev.preventDefault();
  const f = state.filters;
  const val = (id) => document.getElementById(id).value.trim();
  for (const [k, id] of [["since", "f-since"], ["until", "f-until"], ["actor", "f-actor"], ["type", "f-type"], ["status", "f-status"], ["q", "f-q"]]) {
    if (val(id)) f[k] = val(id); else delete f[k];
  }
  const c = val("f-country").toUpperCase();
  if (c) {
    const code = state.countries[c] ? c : Object.keys(state.countries).find((k) => state.countries[k].toUpperCase() === c) || c;
    f.country = Array.from(new Set([...(f.country || []), code]));
  }
  syncForm();
  refresh();
}

// ------------------------------------------------------------------ refresh everything

async function refresh() {
  setStatus("loading…");
  document.body.dataset.loading = "1";
  try {
    await Promise.all([loadStats(), loadMap(), loadTimeline(), loadNetwork(), loadTable(false)]);
    setStatus("");
  } catch (e) {
    setStatus(e.message);
  }
  document.body.dataset.refreshes = Number(document.body.dataset.refreshes || 0) + 1;
  document.body.dataset.loading = "0";
}

async function loadStats() {
  const s = await get("/stats", params());
  const m = s.matching;
  document.getElementById("summary").textContent =
    `${m.events.toLocaleString()} events` + (m.mentions !== m.events ? ` (${m.mentions.toLocaleString()} mentions)` : "") +
    ` · ${s.corpus.articles.toLocaleString()} articles in the store` + (m.first_date ? ` · ${m.first_date} – ${m.last_date}` : "");
  document.getElementById("summary").dataset.events = m.events;
  return s;
}

// ------------------------------------------------------------------ map

async function initMap() {
  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.25 }).setView([25, 10], 1.5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("boundaries: Natural Earth (world-atlas)");
  state.map = map;
  const topo = await fetch("/web/vendor/world-atlas/countries-110m.json").then((r) => r.json());
  const world = topojson.feature(topo, topo.objects.countries);
  world.features = world.features.filter((f) => f.properties.name !== "Antarctica");
  for (const f of world.features) unwrap(f.geometry);
  state.shapes = L.geoJSON(world, {
    style: () => ({ color: "#9aa3ad", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }),
    onEachFeature: (feature, layer) => {
      layer.on("click", () => {
        const code = state.byNumeric[feature.id];
        if (code) setFilter("country", code, true);
      });
      layer.bindTooltip(() => feature.properties.name, { sticky: true });
    },
  }).addTo(map);
  state.cluster = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(state.cluster);
}

function unwrap(geometry) {
  // a ring that crosses the antimeridian (Russia's far east, Fiji) would be drawn across the whole
  // map: move its western half past +180 so Leaflet draws it in one piece
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const poly of polys) {
    for (const ring of poly) {
      const lons = ring.map((p) => p[0]);
      if (Math.max(...lons) - Math.min(...lons) > 180) for (const p of ring) if (p[0] < 0) p[0] += 360;
    }
  }
}

function shadeCountries() {
  if (!state.shapes) return;
  const chosen = new Set(state.filters.country || []);
  state.shapes.eachLayer((layer) => {
    const code = state.byNumeric[layer.feature.id];
    layer.setStyle({ fillColor: chosen.has(code) ? "#ffe7a3" : "#f4f1ea" });
  });
}

async function loadMap() {
  const fields = "uid,article_id,date,trigger_text,plover_type,quad_class,source_name,target_name,country,status,title";
  const data = await get("/events", params({ format: "geojson", limit: 5000, fields, sort: "-date" }));
  const markers = data.features.map((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const m = L.circleMarker([lat, lon], { radius: 6, color: "#fff", weight: 1, fillColor: QCOLOR[p.quad_class] || "#888", fillOpacity: 0.9, className: "ev-point" });
    m.bindTooltip(() => `${p.date || ""} ${p.source_name || "?"} — ${p.trigger_text} (${p.plover_type}) — ${p.target_name || "?"}`);
    m.on("click", () => openArticle(p.article_id, p.uid));
    return m;
  });
  state.cluster.clearLayers();
  state.cluster.addLayers(markers);
  document.getElementById("map").dataset.markers = markers.length;
  shadeCountries();
  const narrowed = Object.keys(state.filters).length > 0;
  if (narrowed && markers.length) state.map.fitBounds(state.cluster.getBounds().pad(0.3), { maxZoom: 5 });
  else if (!narrowed) state.map.setView([25, 10], 1.5);
}

// ------------------------------------------------------------------ timeline (hand-written SVG)

async function loadTimeline() {
  const t = await get("/timeline", params({ group: "quad_class", interval: "auto" }));
  const box = document.getElementById("timeline");
  box.replaceChildren();
  box.dataset.total = t.total.reduce((a, b) => a + b, 0);
  box.dataset.buckets = t.buckets.length;
  document.getElementById("interval").textContent = t.interval;
  if (!t.buckets.length) { box.append(el("div", { class: "empty" }, "no dated events match")); return; }
  const W = box.clientWidth || 500, H = Math.max(box.clientHeight || 200, 140);
  const pad = { l: 34, r: 30, t: 8, b: 22 };
  const iw = W - pad.l - pad.r, ih = H - pad.t - pad.b;
  const max = Math.max(1, ...t.total);
  const bw = iw / t.buckets.length;
  const s = svg("svg", { width: W, height: H, role: "img", "aria-label": "events over time" });
  const series = Object.fromEntries(t.series.map((x) => [x.key, x.values]));
  t.buckets.forEach((b, i) => {
    let y = pad.t + ih;
    for (const q of ["1", "2", "3", "4"]) {
      const v = (series[q] || [])[i] || 0;
      if (!v) continue;
      const h = (v / max) * ih;
      y -= h;
      const rect = svg("rect", { class: "bar", x: pad.l + i * bw + 0.5, y, width: Math.max(1, bw - 1), height: h, fill: QCOLOR[q],
        onclick: () => bucketFilter(t, i) });
      rect.append(svg("title", {}, `${b}: ${v} ${QUAD[q]}`));
      s.append(rect);
    }
  });
  // Goldstein mean on its own axis (-10 .. 10)
  const gy = (g) => pad.t + ih / 2 - (g / 10) * (ih / 2);
  s.append(svg("line", { x1: pad.l, x2: pad.l + iw, y1: gy(0), y2: gy(0), stroke: "#bbb", "stroke-dasharray": "3 3" }));
  let d = "";
  t.goldstein.forEach((g, i) => {
    if (g === null) return;
    d += (d && t.goldstein[i - 1] !== null ? "L" : "M") + (pad.l + (i + 0.5) * bw).toFixed(1) + "," + gy(g).toFixed(1);
  });
  if (d) s.append(svg("path", { d, fill: "none", stroke: "#333", "stroke-width": 1.5, class: "goldstein" }));
  t.goldstein.forEach((g, i) => {
    if (g === null) return;
    const dot = svg("circle", { cx: pad.l + (i + 0.5) * bw, cy: gy(g), r: 2, fill: "#333" });
    dot.append(svg("title", {}, `${t.buckets[i]}: Goldstein mean ${g}`));
    s.append(dot);
  });
  // axes
  s.append(svg("line", { x1: pad.l, x2: pad.l, y1: pad.t, y2: pad.t + ih, stroke: "#999" }));
  s.append(svg("text", { x: pad.l - 4, y: pad.t + 9, "text-anchor": "end" }, max));
  s.append(svg("text", { x: pad.l - 4, y: pad.t + ih, "text-anchor": "end" }, 0));
  s.append(svg("text", { x: W - 2, y: gy(10) + 9, "text-anchor": "end" }, "+10"));
  s.append(svg("text", { x: W - 2, y: gy(-10), "text-anchor": "end" }, "−10"));
  const ticks = Math.min(t.buckets.length, Math.max(2, Math.floor(iw / 90)));
  for (let k = 0; k < ticks; k++) {
    const i = Math.round((k * (t.buckets.length - 1)) / Math.max(1, ticks - 1));
    s.append(svg("text", { x: pad.l + (i + 0.5) * bw, y: H - 6, "text-anchor": "middle" }, t.buckets[i]));
  }
  box.append(s);
  const legend = document.getElementById("timeline-legend");
  legend.replaceChildren(...Object.entries(QUAD).map(([q, name]) =>
    el("span", { class: "f", onclick: () => setFilter("quad_class", q) }, el("i", { style: `background:${QCOLOR[q]}` }), `${q} ${name}`)),
    el("span", {}, el("i", { style: "background:#333;height:2px" }), "Goldstein mean"));
}

function bucketFilter(t, i) {
  const start = new Date(t.buckets[i] + "T00:00:00Z");
  const end = new Date(start);
  if (t.interval === "day") end.setUTCDate(end.getUTCDate() + 0);
  else if (t.interval === "week") end.setUTCDate(end.getUTCDate() + 6);
  else { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
  state.filters.since = t.buckets[i];
  state.filters.until = end.toISOString().slice(0, 10);
  syncForm();
  refresh();
}

// ------------------------------------------------------------------ network (small force layout)

async function loadNetwork() {
  const net = await get("/network", params({ limit: 80 }));
  const box = document.getElementById("network");
  box.replaceChildren();
  box.dataset.nodes = net.nodes.length;
  if (!net.edges.length) { box.append(el("div", { class: "empty" }, "no events with both a source and a target match")); return; }
  const W = box.clientWidth || 500, H = Math.max(box.clientHeight || 260, 160);
  const nodes = net.nodes.map((n, i) => ({ ...n, x: W / 2 + Math.cos(i * 2.4) * W / 4, y: H / 2 + Math.sin(i * 2.4) * H / 4, vx: 0, vy: 0 }));
  const index = Object.fromEntries(nodes.map((n, i) => [n.name, i]));
  const links = net.edges.map((e) => ({ ...e, s: nodes[index[e.source]], t: nodes[index[e.target]] }));
  const maxw = Math.max(...links.map((l) => l.events));
  // Fruchterman-Reingold: repulsion k²/d between all nodes, attraction d²/k along edges, gravity
  // growing with the distance from the centre (so separate pairs stay on screen), a cooling step limit
  const k = 0.6 * Math.sqrt((W * H) / Math.max(1, nodes.length));
  let temp = W / 8;
  for (let it = 0; it < 300; it++) {
    for (const n of nodes) {
      const dx = W / 2 - n.x, dy = H / 2 - n.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      n.vx = (dx * 0.3 * d) / k;
      n.vy = ((dy * 0.3 * d) / k) * (W / H);
    }
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const p = nodes[a], q = nodes[b];
        const dx = p.x - q.x, dy = p.y - q.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const f = (k * k) / d / d;
        p.vx += dx * f; p.vy += dy * f; q.vx -= dx * f; q.vy -= dy * f;
      }
    }
    for (const l of links) {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = d / k;
      l.s.vx += dx * f; l.s.vy += dy * f; l.t.vx -= dx * f; l.t.vy -= dy * f;
    }
    for (const n of nodes) {
      const len = Math.max(Math.sqrt(n.vx * n.vx + n.vy * n.vy), 1e-9);
      const step = Math.min(len, temp);
      n.x = Math.min(W - 70, Math.max(12, n.x + (n.vx / len) * step));
      n.y = Math.min(H - 12, Math.max(12, n.y + (n.vy / len) * step));
    }
    temp = Math.max(0.5, temp * 0.97);
  }
  const maxn = Math.max(...nodes.map((n) => n.events));
  for (const n of nodes) n.r = 4 + 8 * Math.sqrt(n.events / maxn);
  const s = svg("svg", { width: W, height: H, role: "img", "aria-label": "actor network" });
  s.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
    markerUnits: "userSpaceOnUse", orient: "auto" }, svg("path", { d: "M0,0L10,5L0,10z", fill: "#888" }))));
  for (const l of links) {
    const col = l.goldstein < -1 ? QCOLOR[4] : l.goldstein > 1 ? QCOLOR[1] : "#999";
    const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y;
    const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    const line = svg("line", { x1: l.s.x + (dx / d) * l.s.r, y1: l.s.y + (dy / d) * l.s.r,
      x2: l.t.x - (dx / d) * (l.t.r + 2), y2: l.t.y - (dy / d) * (l.t.r + 2), stroke: col, "stroke-opacity": 0.7,
      "stroke-width": 1 + (3 * l.events) / maxw, "marker-end": "url(#arrow)" });
    line.append(svg("title", {}, `${l.source} → ${l.target}: ${l.events} events, mostly ${l.type}, Goldstein ${l.goldstein.toFixed(1)}`));
    s.append(line);
  }
  const labelled = new Set(nodes.slice().sort((a, b) => b.events - a.events).slice(0, 25).map((n) => n.name));
  const chosen = (state.filters.actor || "").toLowerCase();
  for (const n of nodes) {
    const r = n.r;
    const c = svg("circle", { class: "node", cx: n.x, cy: n.y, r, fill: n.name.toLowerCase() === chosen ? "#f2c200" : "#6b7f99",
      onclick: () => setFilter("actor", n.name) });
    c.append(svg("title", {}, `${n.name}${n.code ? " (" + n.code + ")" : ""}: ${n.events} events`));
    s.append(c);
    if (labelled.has(n.name)) s.append(svg("text", { x: n.x + r + 2, y: n.y + 4 }, n.name));
  }
  box.append(s);
}

// ------------------------------------------------------------------ table

async function loadTable(append) {
  const fields = "uid,article_id,date,source_name,source_code,trigger_text,cameo,plover_type,quad_class,target_name,target_code,country,admin1,status,confidence,title";
  const data = await get("/events", params({ limit: 100, fields, sort: "-date", cursor: append ? state.cursor : null }));
  state.cursor = data.next_cursor;
  const body = document.querySelector("#events tbody");
  if (!append) body.replaceChildren();
  const link = (text, onclick, title) => text ? el("span", { class: "f", title: title || "filter", onclick: (e) => { e.stopPropagation(); onclick(); } }, text) : "";
  for (const r of data.events) {
    body.append(el("tr", { "data-uid": r.uid, onclick: () => openArticle(r.article_id, r.uid) },
      el("td", {}, r.date || ""),
      el("td", {}, link(r.source_name, () => setFilter("actor", r.source_name))),
      el("td", { class: "q" + r.quad_class }, link(r.plover_type, () => setFilter("type", r.plover_type)), " ", `${r.trigger_text} (${r.cameo})`),
      el("td", {}, link(r.target_name, () => setFilter("actor", r.target_name))),
      el("td", {}, link(r.country, () => setFilter("country", r.country)), r.admin1 ? " " + r.admin1 : ""),
      el("td", {}, link(r.status, () => setFilter("status", r.status))),
      el("td", {}, r.confidence === null ? "" : r.confidence.toFixed(2)),
      el("td", { class: "title", title: r.title || "" }, r.title || r.article_id)));
  }
  document.getElementById("more").hidden = !state.cursor;
  document.getElementById("events").dataset.rows = body.children.length;
}

// ------------------------------------------------------------------ article reader

async function openArticle(id, uid) {
  setStatus("opening article…");
  try {
    const art = await get("/articles/" + encodeURIComponent(id));
    state.article = art;
    renderArticle(art, uid);
    setStatus("");
  } catch (e) { setStatus(e.message); }
}

function spansOf(art, selected) {
  const out = [];
  const push = (start, end, kind, ref) => { if (end > start) out.push({ start, end, kind, ref }); };
  for (const a of art.actors) for (const [s, e] of a.mentions) push(s, e, "actor", a);
  for (const l of art.locations) for (const [s, e] of l.mentions) push(s, e, "place", l);
  for (const d of art.dates) if (d.field === "text") push(d.start, d.end, "date", d);
  for (const q of art.quotes) push(q.start, q.end, "quote", q);
  for (const c of art.counts) push(c.start, c.end, "count", c);
  for (const ev of art.events) for (const m of ev.mentions) if (m.field === "text") push(m.start, m.end, "event", ev);
  if (selected && selected.evidence) {
    const at = selected.trigger_field === "text" ? selected.trigger_start : 0;
    let from = art.text.lastIndexOf(selected.evidence, at);
    if (from < 0) from = art.text.indexOf(selected.evidence);
    if (from >= 0) push(from, from + selected.evidence.length, "evidence", selected);
  }
  return out;
}

function renderArticle(art, uid) {
  const reader = document.getElementById("reader");
  reader.hidden = false;
  const selected = art.events.find((e) => e.uid === uid) || null;
  document.getElementById("reader-title").textContent = art.title || art.id;
  document.getElementById("reader-meta").textContent = [art.outlet, art.published, art.url].filter(Boolean).join(" · ");
  document.getElementById("reader-legend").replaceChildren(...SPANS.map(([k, label]) => el("span", { class: "hl-" + k }, label)));
  // cut the text at every span boundary; each piece carries the kinds covering it
  const spans = spansOf(art, selected);
  const cuts = new Set([0, art.text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = Array.from(cuts).filter((x) => x >= 0 && x <= art.text.length).sort((a, b) => a - b);
  const box = document.getElementById("reader-text");
  box.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = art.text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { box.append(piece); continue; }
    const node = el("span", { class: Array.from(new Set(covering.map((s) => "hl-" + s.kind))).join(" ") });
    const ev = covering.find((s) => s.kind === "event");
    const actor = covering.find((s) => s.kind === "actor");
    const place = covering.find((s) => s.kind === "place");
    if (ev) {
      node.title = `${ev.ref.plover_type} · CAMEO ${ev.ref.cameo} ${ev.ref.cameo_name || ""} · ${ev.ref.status}`;
      node.dataset.event = ev.ref.uid;
      if (selected && ev.ref.uid === selected.uid) node.classList.add("hl-selected");
      node.addEventListener("click", () => renderArticle(art, ev.ref.uid));
    } else if (actor) {
      node.title = `${actor.ref.name}${actor.ref.code ? " · " + actor.ref.code : ""} — click to filter`;
      node.addEventListener("click", () => setFilter("actor", actor.ref.name));
    } else if (place) {
      node.title = `${place.ref.name}${place.ref.country ? " · " + place.ref.country : ""} — click to filter`;
      if (place.ref.country) node.addEventListener("click", () => setFilter("country", place.ref.country));
    }
    node.textContent = piece;
    box.append(node);
  }
  renderWhy(selected);
  const list = document.getElementById("reader-events");
  list.replaceChildren(...art.events.map((e) => el("li", { class: e.uid === uid ? "sel" : "", onclick: () => renderArticle(art, e.uid) },
    el("b", { class: "q" + e.quad_class }, e.plover_type), ` ${e.source_name || "?"} → ${e.target_name || "?"}: “${e.trigger_text}” (${e.cameo}, ${e.status}${e.date ? ", " + e.date : ""})`)));
  const sel = box.querySelector(".hl-selected");
  if (sel) sel.scrollIntoView({ block: "center" });
}

function renderWhy(ev) {
  const why = document.getElementById("why");
  if (!ev) { why.hidden = true; return; }
  const w = ev.why || {};
  const words = (x) => x ? `“${x.text || x.name}” → ${x.name}${x.code ? " (" + x.code + ")" : ""}` : "—";
  const rows = [
    ["trigger", `“${w.trigger}”`],
    ["CAMEO", `${w.cameo} ${w.cameo_name || ""} (QuadClass ${w.quad_class}: ${QUAD[w.quad_class] || "?"}; Goldstein ${w.goldstein})`],
    ["PLOVER", `${w.plover_type}${w.plover_mode ? " / " + w.plover_mode : ""}`],
    ["source", words(w.source)], ["target", words(w.target)],
    ["status", w.status], ["date", `${ev.date || "—"}${w.date_text ? " (“" + w.date_text + "”)" : ""}`],
    ["place", [ev.country, ev.admin1].filter(Boolean).join(" · ") || "—"],
    ["confidence", ev.confidence === null ? "—" : ev.confidence.toFixed(2)],
  ];
  const dl = el("dl", {});
  for (const [k, v] of rows) dl.append(el("dt", {}, k), el("dd", {}, v));
  why.replaceChildren(el("strong", {}, "Why this event"), dl, el("div", {}, el("em", {}, "evidence: "), w.evidence || ""));
  why.hidden = false;
}

// ------------------------------------------------------------------ start

async function start() {
  document.getElementById("filters").addEventListener("submit", readForm);
  document.getElementById("reset").addEventListener("click", () => { state.filters = {}; syncForm(); refresh(); });
  document.getElementById("more").addEventListener("click", () => loadTable(true).catch((e) => setStatus(e.message)));
  document.getElementById("reader-close").addEventListener("click", () => { document.getElementById("reader").hidden = true; });
  try {
    const [countries, stats] = await Promise.all([get("/countries"), get("/stats"), initMap()]);
    for (const c of countries) { state.countries[c.alpha3] = c.name; state.byNumeric[c.numeric] = c.alpha3; }
    document.getElementById("dl-countries").replaceChildren(...stats.country.filter((c) => c.key).map((c) =>
      el("option", { value: c.key }, `${state.countries[c.key] || c.key} (${c.events})`)));
    document.getElementById("dl-actors").replaceChildren(...stats.actors.map((a) => el("option", { value: a.key }, `${a.events} events`)));
    document.getElementById("f-type").append(...stats.type.filter((t) => t.key).map((t) => el("option", { value: t.key }, t.key)));
    document.getElementById("f-status").append(...stats.status.filter((t) => t.key).map((t) => el("option", { value: t.key }, t.key)));
  } catch (e) { setStatus(e.message); }
  await refresh();
  document.body.dataset.ready = "1";
}

start();
