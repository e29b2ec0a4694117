"""Deduplication: stories and event instances on the ECB+ dev split, incremental cost, ingest share.

    python benchmarks/dedup.py ecb [--order file|shuffled] [--sweep]
    python benchmarks/dedup.py incremental [--events 1000000] [--out STORE] [--articles 40] [--seed 1] [--profile N]
    python benchmarks/dedup.py ingest [--limit 400]

``ecb`` runs the real pipeline on every document of ../shared/data/dedup/ecbplus_dev.jsonl
(cached under --cache, by default in the system temp folder, never in the project), then prints:
  - stories: B-cubed P/R/F1 of eventwire's story clustering and, in the same run, of a TF-IDF
    bag-of-words average-link clustering at its best threshold (tuned on the same file);
  - event instances: B-cubed P/R/F1 over the reliable gold action mentions that eventwire
    detects (an eventwire trigger overlapping the gold mention's tokens), next to the
    same-lemma-within-story baseline; the batch relink (`eventwire dedup`) and the greedy linking
    of ingest, each over 6 shuffled orders (the relink should give one partition for all of them).
The ECB+ texts are rebuilt from tokens; the pipeline's clean stage moves a headline-like first
line into the title and adds paragraph breaks, so eventwire's offsets are mapped back to the
file's offsets line by line before aligning.

``incremental`` builds a store of N generated events (DuckDB, in a temp folder) and times the
dedup work of adding one more article, on a copy of the store (each run's articles would otherwise
stay and share story keys with the next run's, which made runs slower one after the other), with
the CPU each kind of statement takes. The generated instances and blocking rows are written in date
order, as ingest writes them (a store filled in hash order put every candidate in another block of
the file: about 10 ms more per article); ``--seed`` draws the same articles in every run, so that
runs of two versions compare like with like. ``ingest`` times pipeline + store on Wikinews articles
with and without dedup.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
ECB = DATA / "dedup" / "ecbplus_dev.jsonl"


# ---------------------------------------------------------------------------------------
# scores


def bcubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of a clustering ``pred`` (item → cluster) against ``gold``."""
    items = [i for i in gold if i in pred]
    pc, gc = defaultdict(set), defaultdict(set)
    for i in items:
        pc[pred[i]].add(i)
        gc[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        both = len(pc[pred[i]] & gc[gold[i]])
        p += both / len(pc[pred[i]])
        r += both / len(gc[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------------------------------
# ECB+ data and the real pipeline


def load_ecb() -> list[dict]:
    if not ECB.exists():
        sys.exit(f"dev data not found at {ECB}; this benchmark needs ../shared/data/dedup")
    return [json.loads(line) for line in ECB.open(encoding="utf-8")]


def pipeline_fingerprint() -> str:
    """A hash of the package's code and resources other than dedup's own: the cache of pipeline
    output is reused only while the pipeline is unchanged (a stale cache gave other figures)."""
    import hashlib

    h = hashlib.sha1()
    pkg = ROOT / "eventwire"
    for path in sorted(pkg.rglob("*")):
        if (path.is_file() and path.suffix in (".py", ".json", ".tsv", ".txt", ".csv")
                and not path.name.startswith("dedup") and path.name != "store.py"):  # the pipeline never uses the store
            h.update(str(path.relative_to(pkg)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:10]


def run_pipeline(docs: list[dict], cache: Path, fresh: bool = False):
    """eventwire's records for every document (cached: the pipeline is the slow part)."""
    from eventwire.ingest import RawDoc
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    if cache.exists() and not fresh:
        arts = [Article.from_json(line) for line in cache.open("rb")]
        if [a.id for a in arts] == [d["id"] for d in docs]:
            return arts
    started = time.perf_counter()
    arts = list(Pipeline().pipe(RawDoc(source=d["id"], id=d["id"], text=d["text"], url=d["url"]) for d in docs))
    print(f"pipeline on {len(docs)} documents: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    with cache.open("wb") as f:
        for a in arts:
            f.write(a.to_json() + b"\n")
    return arts


def offset_map(original: str, cleaned: str) -> list[int | None]:
    """For each character of the cleaned text, its offset in the original (None if added).
    Cleaning only drops lines (a headline, boilerplate) and adds paragraph breaks, so lines
    are found in order."""
    out: list[int | None] = []
    pos = 0
    for line in cleaned.split("\n"):
        at = original.find(line, pos) if line else -1
        if line and at < 0:
            at = original.find(line)
        if at < 0:
            out.extend([None] * len(line))
        else:
            out.extend(range(at, at + len(line)))
            pos = at + len(line)
        out.append(None)  # the newline
    return out[: len(cleaned)]


def align(doc: dict, art) -> dict[int, object]:
    """Gold mention index → the eventwire event whose trigger overlaps it (reliable mentions)."""
    omap = offset_map(doc["text"], art.text)
    spans = []
    for e in art.events:
        chars = [omap[i] for i in range(e.trigger.start, min(e.trigger.end, len(omap))) if omap[i] is not None]
        if chars:
            spans.append((min(chars), max(chars) + 1, e))
    found = {}
    for k, m in enumerate(doc["mentions"]):
        if not m["reliable"]:
            continue
        for s, t, e in spans:
            if s < m["end"] and m["start"] < t:
                found[k] = e
                break
    return found


# ---------------------------------------------------------------------------------------
# the TF-IDF baseline


def tfidf_baseline(docs: list[dict], thresholds) -> list[tuple[float, tuple[float, float, float]]]:
    """Average-link clustering of TF-IDF bag-of-words cosines, cut at each threshold."""
    import re

    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    from eventwire.dedup import _stopwords

    stop = _stopwords()
    toks = [[w for w in re.findall(r"[a-z0-9]+", d["text"].lower()) if w not in stop] for d in docs]
    vocab = {w: i for i, w in enumerate(sorted({w for t in toks for w in t}))}
    m = np.zeros((len(docs), len(vocab)))
    for r, t in enumerate(toks):
        for w in t:
            m[r, vocab[w]] += 1
    df = (m > 0).sum(0)
    m = np.where(m > 0, 1 + np.log(np.maximum(m, 1)), 0) * (np.log((1 + len(docs)) / (1 + df)) + 1)
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-12
    dist = np.clip(1 - m @ m.T, 0, 2)
    np.fill_diagonal(dist, 0)
    tree = linkage(squareform(dist, checks=False), method="average")
    gold = {d["id"]: d["story"] for d in docs}
    out = []
    for th in thresholds:
        labels = fcluster(tree, t=1 - th, criterion="distance")
        out.append((th, bcubed({d["id"]: int(l) for d, l in zip(docs, labels)}, gold)))
    return out


def lemma_baseline(docs, aligned) -> dict:
    """Same lemma (spaCy) of the gold mention's last token, within the gold story."""
    from eventwire import nlp

    keys = [(d["id"], k) for d, found in zip(docs, aligned) for k in found]
    by_id = {d["id"]: d for d in docs}
    texts = [by_id[i]["mentions"][k]["text"] for i, k in keys]
    lemmas = [doc[-1].lemma_.lower() if len(doc) else t.lower() for doc, t in zip(nlp.load().pipe(texts), texts)]
    return {key: (by_id[key[0]]["story"], lem) for key, lem in zip(keys, lemmas)}


# ---------------------------------------------------------------------------------------
# commands


def cmd_ecb(args) -> None:
    from eventwire import dedup

    docs = load_ecb()
    cache = args.cache or str(Path(tempfile.gettempdir())
                              / f"eventwire_ecbplus_dev_articles-{pipeline_fingerprint()}.jsonl")
    arts = run_pipeline(docs, Path(cache), args.fresh)
    order = list(range(len(docs)))
    if args.order == "shuffled":
        random.Random(args.seed).shuffle(order)
    started = time.perf_counter()
    online = dedup.MemoryState()
    dedup.Deduper(online).add(arts[i] for i in order)
    seconds_online = time.perf_counter() - started
    started = time.perf_counter()
    state = dedup.MemoryState()
    batch = dedup.cluster_stories([dedup.story_sig(a) for a in arts])
    dedup.Deduper(state).add((arts[i] for i in order), stories=batch)
    seconds = time.perf_counter() - started
    gold_story = {d["id"]: d["story"] for d in docs}
    story = {a: link.story_id for a, link in state.links.items()}
    copies = {a: link.duplicate_of for a, link in state.links.items() if link.duplicate_of}
    print(f"ECB+ dev: {len(docs)} documents, {len(set(gold_story.values()))} stories; order {args.order}; "
          f"dedup {seconds:.2f} s (batch stories), {seconds_online:.2f} s (online)")
    print(f"copies: {len(copies)} articles marked as copies; "
          f"{sum(gold_story[a] == gold_story[b] for a, b in copies.items())} of them in the same gold story")
    p, r, f = bcubed(story, gold_story)
    print(f"stories   eventwire batch (words+actors+places+types+dates): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  "
          f"({len(set(story.values()))} clusters)")
    p, r, f = bcubed({a: link.story_id for a, link in online.links.items()}, gold_story)
    print(f"stories   eventwire online, as on ingest (same features): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.online_seeds:  # online assignment depends on arrival order: one shuffle is a noisy figure
        runs = []
        for seed in range(args.online_seeds):
            shuffled = list(range(len(docs)))
            random.Random(seed).shuffle(shuffled)
            st = dedup.MemoryState()
            dedup.Deduper(st).add(arts[i] for i in shuffled)
            runs.append(bcubed({a: link.story_id for a, link in st.links.items()}, gold_story))
        mp, mr, mf = (sum(x[k] for x in runs) / len(runs) for k in range(3))
        print(f"stories   eventwire online, mean over {len(runs)} shuffles (seeds 0-{len(runs) - 1}): B3 P {mp:.3f} "
              f"R {mr:.3f} F1 {mf:.3f} (F1 {min(x[2] for x in runs):.3f}-{max(x[2] for x in runs):.3f})")
    ths = [round(0.02 * i, 2) for i in range(2, 40)]
    base = tfidf_baseline(docs, ths)
    th, (bp, br, bf) = max(base, key=lambda x: x[1][2])
    print(f"stories   TF-IDF bag of words, average link, best threshold {th}: B3 P {bp:.3f} R {br:.3f} F1 {bf:.3f}")
    # event instances over the detected reliable gold mentions
    aligned = [align(d, a) for d, a in zip(docs, arts)]
    gold, pred = {}, {}
    n_rel = sum(m["reliable"] for d in docs for m in d["mentions"])
    for d, found in zip(docs, aligned):
        for k, e in found.items():
            gold[(d["id"], k)] = d["mentions"][k]["chain"]
            pred[(d["id"], k)] = state.instance_of[f"{d['id']}:{e.id}"]
    print(f"event mentions: {len(gold)} of {n_rel} reliable gold action mentions detected by eventwire "
          f"({len(set(gold.values()))} gold instances among them)")
    p, r, f = bcubed(pred, gold)
    print(f"instances eventwire batch relink (`eventwire dedup`): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  "
          f"({len(set(pred.values()))} instances)")
    if args.online_seeds:  # the batch relink should not depend on the order; greedy linking does
        uids = {k: f"{d['id']}:{e.id}" for d, found in zip(docs, aligned) for k, e in
                (((d["id"], k2), e2) for k2, e2 in found.items())}
        for label, greedy in (("batch relink", False), ("greedy, as on ingest (batch stories)", True)):
            runs, partitions = [], set()
            for seed in range(args.online_seeds):
                shuffled = list(range(len(docs)))
                random.Random(seed).shuffle(shuffled)
                st = dedup.MemoryState()
                dedup.Deduper(st).add((arts[i] for i in shuffled), stories=batch, greedy=greedy)
                runs.append(bcubed({k: st.instance_of[u] for k, u in uids.items()}, gold))
                groups: dict[str, list[str]] = defaultdict(list)
                for u, iid in st.instance_of.items():
                    groups[iid].append(u)
                partitions.add(frozenset(frozenset(g) for g in groups.values()))
            mp, mr, mf = (sum(x[k] for x in runs) / len(runs) for k in range(3))
            print(f"instances eventwire {label}, mean over {len(runs)} shuffles (seeds 0-{len(runs) - 1}): "
                  f"B3 P {mp:.3f} R {mr:.3f} F1 {mf:.3f} (F1 {min(x[2] for x in runs):.3f}-"
                  f"{max(x[2] for x in runs):.3f}; {len(partitions)} distinct partition(s) of all "
                  f"{len(st.instance_of)} mentions)")
    lemma = lemma_baseline(docs, aligned)
    lp, lr, lf = bcubed(lemma, gold)
    print(f"instances same lemma within gold story: B3 P {lp:.3f} R {lr:.3f} F1 {lf:.3f}")
    lp, lr, lf = bcubed({k: (story[k[0]], lem) for k, (_, lem) in lemma.items()}, gold)
    print(f"instances same lemma within eventwire's stories: B3 P {lp:.3f} R {lr:.3f} F1 {lf:.3f}")
    with_gold = dedup.MemoryState()
    dedup.Deduper(with_gold).add((arts[i] for i in order), stories=gold_story)
    p, r, f = bcubed({k: with_gold.instance_of[f"{k[0]}:{e.id}"] for d, found in zip(docs, aligned)
                      for k, e in ((((d["id"], k2)), e2) for k2, e2 in found.items())}, gold)
    print(f"instances eventwire batch relink given the gold stories (story errors excluded): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if not args.no_split:
        split_check(docs, arts, order, aligned, gold)
    if args.sweep:
        sweep(args, docs, arts, order, gold_story, gold, aligned)


def _with(overrides: dict, fn):
    """Run ``fn()`` with some of dedup.params() replaced ("stories.threshold": 0.2, ...)."""
    from eventwire import dedup

    p, old = dedup.params(), {}
    for key, value in overrides.items():
        sec, name = key.split(".", 1)
        d = p[sec] if "." not in name else p[sec][name.split(".")[0]]
        name = name.split(".")[-1]
        old[key] = (d, name, d[name])
        d[name] = value
    try:
        return fn()
    finally:
        for d, name, value in old.values():
            d[name] = value


def split_check(docs, arts, order, aligned, gold) -> None:
    """How much of the result is fitted to these 21 topics: the topics are split in two halves
    (alternating by topic number); the story parameters (threshold, focus-person penalty,
    small-cluster attachment) and the instances' (link threshold, consensus cut) are chosen on one half and
    scored on the other, and vice versa. The TF-IDF baseline's threshold gets the same
    treatment, so the comparison stays fair. Lexical knowledge (trigger families) and the later
    reports of a story are not chosen per half: each half is scored with and without them."""
    import itertools

    from eventwire import dedup

    topics = sorted({d["topic"] for d in docs})
    halves = [set(topics[0::2]), set(topics[1::2])]
    idx = [[i for i, d in enumerate(docs) if d["topic"] in h] for h in halves]
    shipped_p = dedup.params()["stories"]
    timing = [{"stories.w_when": 0.0, "stories.same_lead_day": 0.0, "stories.other_lead_day": 0.0},  # off
              {k: shipped_p[k.split(".")[1]] for k in ("stories.w_when", "stories.same_lead_day",
                                                        "stories.other_lead_day")}]  # the days named, as shipped
    grid = [{"stories.threshold": t, "stories.focus_penalty": f, "stories.attach_size": a, **d}
            for t, f, a, d in itertools.product([0.15, 0.2, 0.25, 0.3], [0.0, 0.05, 0.1], [0, 4], timing)]
    ths = [round(0.02 * i, 2) for i in range(2, 40)]
    story_f, base_f = [], []
    for ids in idx:
        sub = [docs[i] for i in ids]
        gold_story = {d["id"]: d["story"] for d in sub}
        sigs = [dedup.story_sig(arts[i]) for i in ids]
        story_f.append([_with(g, lambda: bcubed(dedup.cluster_stories(sigs), gold_story))[2] for g in grid])
        base_f.append([f for _, (_, _, f) in tfidf_baseline(sub, ths)])
    chosen = {k: dedup.params()[k.split(".")[0]][k.split(".")[1]] for k in grid[0]}  # the shipped values
    at = grid.index(chosen) if chosen in grid else None
    print("topic-split check (choose on one half of the topics, score on the other):")
    for a, b in ((0, 1), (1, 0)):
        best = max(range(len(grid)), key=lambda g: story_f[a][g])
        bt = max(range(len(ths)), key=lambda t: base_f[a][t])
        own = max(story_f[b])
        print(f"  stories, chosen on topics {sorted(halves[a])}: {grid[best]} -> F1 {story_f[a][best]:.3f} there, "
              f"{story_f[b][best]:.3f} on the other half (its own best {own:.3f}"
              + (f", shipped values {story_f[b][at]:.3f}" if at is not None else "") + ")")
        print(f"  TF-IDF baseline, threshold chosen there ({ths[bt]}): F1 {base_f[a][bt]:.3f} there, "
              f"{base_f[b][bt]:.3f} on the other half (its own best {max(base_f[b]):.3f})")
    links = [0.8, 1.0, 1.2]
    shipped = dedup.params()["instances"]["link_threshold"]
    if shipped not in links:
        links = sorted([*links, shipped])
    cuts = sorted({0.3, 0.7, dedup.params()["instances"]["consensus_cut"]})
    inst_grid = [(th, c) for c in cuts for th in links]

    def half_f1(ids: list[int], overrides: dict) -> float:
        """Instance F1 of one half of the topics, relinked in batch under ``overrides``."""
        in_half = set(ids)
        sub_arts = [arts[i] for i in order if i in in_half]
        stories = dedup.cluster_stories([dedup.story_sig(a) for a in sub_arts])
        keys = {(docs[i]["id"], k): f"{docs[i]['id']}:{e.id}" for i in ids for k, e in aligned[i].items()}
        state = dedup.MemoryState()
        _with(overrides, lambda: dedup.Deduper(state).add(sub_arts, stories=stories))
        return bcubed({k: state.instance_of[u] for k, u in keys.items()}, {k: gold[k] for k in keys})[2]

    inst_f = [[half_f1(ids, {"instances.link_threshold": th, "instances.consensus_cut": c}) for th, c in inst_grid]
              for ids in idx]
    at = inst_grid.index((shipped, dedup.params()["instances"]["consensus_cut"]))
    for a, b in ((0, 1), (1, 0)):
        best = max(range(len(inst_grid)), key=lambda t: inst_f[a][t])
        print(f"  instances (batch relink), (link threshold, consensus cut) chosen on topics {sorted(halves[a])}: {inst_grid[best]} "
              f"-> F1 {inst_f[a][best]:.3f} there, {inst_f[b][best]:.3f} on the other half "
              f"(its own best {max(inst_f[b]):.3f}, shipped {inst_grid[at]} {inst_f[b][at]:.3f})")
    # lexical knowledge is not chosen per half, so show each half with and without it: a signal that
    # helps only the topics whose reports use its words should at least cost the other half nothing
    w = dedup.params()["instances"]["weights"]
    variants = {"shipped": {},
                "without trigger families": {"instances.weights.same_family": -w["other_trigger"]},
                "later reports of a story blocked (no 'recalled')": {"instances.weights.recalled": None}}
    for name, overrides in variants.items():
        scores = [half_f1(ids, overrides) for ids in idx]
        print(f"  instances (batch relink), {name}: F1 {scores[0]:.3f} on topics {sorted(halves[0])[:2]}..., "
              f"{scores[1]:.3f} on topics {sorted(halves[1])[:2]}...")


def sweep(args, docs, arts, order, gold_story, gold, aligned) -> None:
    """Story threshold and instance link threshold around the chosen values."""
    from eventwire import dedup

    batch = dedup.cluster_stories([dedup.story_sig(a) for a in arts])
    base = json.loads(json.dumps(dedup.params()))
    for th in [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]:
        dedup.params()["stories"]["threshold"] = th
        state = dedup.MemoryState()
        dedup.Deduper(state).add((arts[i] for i in order), stories=dedup.cluster_stories([dedup.story_sig(a) for a in arts]))
        story = {a: link.story_id for a, link in state.links.items()}
        pred = {(d["id"], k): state.instance_of[f"{d['id']}:{e.id}"] for d, f in zip(docs, aligned) for k, e in f.items()}
        print(f"  story threshold {th}: stories F1 {bcubed(story, gold_story)[2]:.3f}  instances F1 {bcubed(pred, gold)[2]:.3f}")
    dedup.params()["stories"]["threshold"] = base["stories"]["threshold"]
    for th in [0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8]:
        dedup.params()["instances"]["link_threshold"] = th
        state = dedup.MemoryState()
        dedup.Deduper(state).add((arts[i] for i in order), stories=batch)
        pred = {(d["id"], k): state.instance_of[f"{d['id']}:{e.id}"] for d, f in zip(docs, aligned) for k, e in f.items()}
        print(f"  link threshold {th}: instances B3 P/R/F1 " + " ".join(f"{x:.3f}" for x in bcubed(pred, gold)))
    dedup.params()["instances"]["link_threshold"] = base["instances"]["link_threshold"]


def cmd_incremental(args) -> None:
    """Dedup work of adding one article to a generated store of N events whose instances and
    blocking table are filled (instances grouped from the events by type, place, day and actors)."""
    import statistics

    import eventwire
    from eventwire.model import Actor, Article, Event, Location, Plover, Trigger

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_store import PHRASES, build

    path = Path(args.out)
    if not path.exists() or args.fresh or args.relink:
        started = time.perf_counter()
        if not args.relink:
            build(path, args.events)
            print(f"generated {args.events:,} events in {time.perf_counter() - started:.0f} s -> {path}")
        started = time.perf_counter()
        st = eventwire.open(path)
        st.dedup_on_add = False
        con = st.con
        from eventwire.store import _BLK_TERM, DedupState, _row_cap

        for table in ("dedup_kv", "dedup_blocks", "dedup_copy_keys"):
            con.execute(f"DROP TABLE IF EXISTS {table}")
        DedupState(st)  # the dedup tables
        con.execute("SET memory_limit = '3GB'")
        con.execute("""
            CREATE TEMP TABLE g AS SELECT uid, article_id, cameo, cameo_root, quad_class, country, admin1, lat, lon,
                   date, source_code, target_code, source_name, target_name, confidence, published,
                   'i' || left(md5(concat_ws('|', cameo, country, admin1, date, source_code, target_code)), 12) AS iid
            FROM events""")
        con.execute("""
            INSERT INTO dedup_kv
            SELECT 'i:' || iid, CAST(json_object('instance_id', iid,
                   'cameo', json_object(any_value(cameo), count(*)), 'roots', json_object(any_value(cameo_root), count(*)),
                   'quad_class', any_value(quad_class),
                   'source', CASE WHEN any_value(source_code) IS NULL THEN json_object() ELSE json_object('c:' || any_value(source_code), count(*)) END,
                   'target', CASE WHEN any_value(target_code) IS NULL THEN json_object() ELSE json_object('c:' || any_value(target_code), count(*)) END,
                   'days', json_object(strftime(any_value(date), '%Y-%m-%d'), count(*)),
                   'places', json_array(json_array(any_value(country), any_value(admin1), any_value(lat), any_value(lon), count(*))),
                   'n_articles', count(DISTINCT article_id), 'n_sources', count(DISTINCT article_id), 'n_mentions', count(*),
                   'first_seen', strftime(min(published), '%Y-%m-%dT%H:%M:%S'), 'confidences', list(confidence)[:50]) AS VARCHAR),
                   NULL, NULL
            FROM g GROUP BY iid ORDER BY min(published), iid""")
        con.execute("INSERT INTO dedup_kv SELECT 'u:' || uid, NULL, iid, NULL FROM g ORDER BY published, uid")
        con.execute("INSERT INTO dedup_kv SELECT 'o:' || iid || chr(9) || article_id, NULL, iid, NULL FROM g "
                    "GROUP BY iid, article_id ORDER BY min(published), iid, article_id")
        # blocking rows as the store files them: per region and week of the instance's day, the latest
        # instances per CAMEO root, each with its filing order and its day (an ordinal, as date.toordinal)
        cap = _row_cap()
        con.execute("""
            INSERT INTO dedup_kv
            SELECT 'b:' || key, string_agg(concat(iid, chr(9), seq, chr(9), root, chr(9), day, chr(10)), ''
                                           ORDER BY seq), NULL, NULL
            FROM (SELECT *, row_number() OVER (ORDER BY d, iid) AS seq FROM (
                    SELECT 't:' || any_value(quad_class) || ':' || any_value(country) || ':' ||
                           coalesce(any_value(admin1), '-') || ':' || strftime(any_value(date), '%G') || 'W' ||
                           strftime(any_value(date), '%V') AS key, iid, any_value(cameo_root) AS root,
                           min(date) AS d, date_diff('day', DATE '0001-01-01', min(date)) + 1 AS day
                    FROM g WHERE country IS NOT NULL GROUP BY iid)
                  QUALIFY row_number() OVER (PARTITION BY key, root ORDER BY d DESC, iid DESC) <= ?)
            GROUP BY key""", [cap])
        con.execute("INSERT INTO dedup_kv SELECT 'd:' || ?, NULL, NULL, count(DISTINCT iid) + 1 FROM g", [_BLK_TERM])
        con.execute("UPDATE events SET instance_id = g.iid FROM g WHERE events.uid = g.uid")
        con.execute("DROP TABLE g")
        con.execute("CHECKPOINT")
        print(f"instances and blocking table built in {time.perf_counter() - started:.0f} s")
        st.close()
    import shutil

    eventwire.open(path).close()  # a store of an older schema is upgraded once, not in every copy
    # the run works on a copy: the articles it adds share words and names with every other run's
    # (their story keys), so runs on the store itself got slower one after the other
    work = Path(tempfile.mkdtemp(prefix="eventwire-incremental-")) / path.name
    shutil.copyfile(path, work)
    if Path(str(path) + ".fts").exists():
        shutil.copyfile(str(path) + ".fts", str(work) + ".fts")
    st = eventwire.open(work)
    st.dedup_on_add = False
    n_events, n_inst, n_blocks = st.sql("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM dedup_kv "
                                        "WHERE key LIKE 'i:%'), "
                                        "(SELECT coalesce(sum(length(value) - length(replace(value, chr(10), ''))), 0) FROM dedup_kv "
                                        "WHERE key LIKE 'b:%')").fetchall()[0]
    run = f"{random.getrandbits(32):08x}"
    times, warm, cpu, warm_cpu, statements = [], [], [], [], []
    joined = repeated = 0
    import os

    class Counted:
        """The store's connection, counting the statements dedup sends (a statement costs milliseconds)
        and the CPU time each kind takes (the statement's first words and tables)."""

        def __init__(self, con):
            self.con, self.n, self.cpu = con, 0, defaultdict(float)

        def execute(self, sql, *args):
            self.n += 1
            started = time.process_time()
            try:
                return self.con.execute(sql, *args)
            finally:
                kind = " ".join(w for w in sql.split()[:8] if "?" not in w and "(" not in w)[:60]
                self.cpu[kind] += time.process_time() - started

        def __getattr__(self, name):
            return getattr(self.con, name)

    counted = st.con = Counted(st.con)
    by_kind: dict[str, list[float]] = defaultdict(list)  # statement kind -> CPU s in each cold dedup
    sql_cpu: list[float] = []  # CPU s in statements, each cold dedup
    load = os.getloadavg()[0]
    # the same articles in every run with the same --seed: runs of different code compare like with like
    picks = st.sql(f"SELECT article_id FROM (SELECT DISTINCT article_id FROM events) "
                   f"USING SAMPLE reservoir({int(args.articles)} ROWS) REPEATABLE ({int(args.seed)})").fetchall()
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
    for k, (aid,) in enumerate(picks):
        rows = st.sql("SELECT cameo, cameo_root, quad_class, country, admin1, lat, lon, CAST(date AS VARCHAR), "
                      "source_code, source_name, target_code, target_name, instance_id FROM events "
                      "WHERE article_id = ? ORDER BY uid", [aid]).fetchall()
        # ids and URLs new to the store in every run: a run on a store an earlier run added to would otherwise
        # skip the article as stored already (same id) and link it as a copy of the earlier one (same URL)
        # each event told in a sentence of its own, with a verb of its type (the generator's phrases)
        sentences = [f"{r[9] or 'Officials'} {PHRASES.get(r[1], ['acted against'])[i % 2]} {r[11] or 'civilians'} "
                     f"in {r[4] or r[3]}." for i, r in enumerate(rows)]
        art = Article(id=f"new{run}-{k}", text=" ".join(sentences),
                      url=f"https://bench.example/{run}/{k}", outlet="Bench", published=rows[0][7] + "T12:00:00")
        at = 0
        for i, r in enumerate(rows):
            verb = PHRASES.get(r[1], ["acted against"])[i % 2].split()[0]
            start = art.text.index(f" {verb} ", at) + 1
            at = start + len(sentences[i]) // 2
            art.actors += [Actor(id=f"a{2 * i}", name=r[9] or "x", code=r[8]), Actor(id=f"a{2 * i + 1}", name=r[11] or "y", code=r[10])]
            art.locations.append(Location(id=f"l{i}", name=r[4] or r[3] or "", country=r[3], admin1=r[4], lat=r[5], lon=r[6]))
            art.events.append(Event(id=f"e{i}", sentence=i, trigger=Trigger(verb, start, start + len(verb)), cameo=r[0],
                                    cameo_root=r[1], quad_class=r[2], goldstein=0.0, plover=Plover("ASSAULT"),
                                    source=f"a{2 * i}", target=f"a{2 * i + 1}", date=r[7], date_precision="day",
                                    location=f"l{i}", confidence=0.7, evidence=sentences[i]))
        st.add([art])
        counted.n = 0
        before = dict(counted.cpu)
        if prof is not None and k:  # not the first: it imports what dedup needs
            prof.enable()
        started, started_cpu = time.perf_counter(), time.process_time()
        st.dedup([art])
        if prof is not None:
            prof.disable()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        statements.append(counted.n)
        # each event repeats one stored event (same code, place, day and actors): it should join that one's instance
        got = dict(st.sql("SELECT id, instance_id FROM events WHERE article_id = ?", [art.id]).fetchall())
        joined += sum(got.get(f"e{i}") == r[12] for i, r in enumerate(rows))
        repeated += len(rows)
        for kind, c in counted.cpu.items():
            by_kind[kind].append(c - before.get(kind, 0.0))
        sql_cpu.append(sum(counted.cpu.values()) - sum(before.values()))
        # another report of the same events (other outlet, other words) right after: the same blocks, now cached
        again = Article.from_json(art.to_json())
        again.id, again.url, again.outlet = again.id + "b", f"https://other.example/{run}/{k}", "Other"
        again.text = " ".join(reversed(art.text.split(". ")))
        st.add([again])
        started, started_cpu = time.perf_counter(), time.process_time()
        st.dedup([again])
        warm.append(time.perf_counter() - started)
        warm_cpu.append(time.process_time() - started_cpu)
    load = max(load, os.getloadavg()[0])
    st.con = counted.con
    st.close()
    shutil.rmtree(work.parent, ignore_errors=True)
    print(f"store: {n_events:,} events, {n_inst:,} instances, {n_blocks:,} blocking rows")
    print(f"dedup of one added article ({len(rows)} events): median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms over {len(times)} articles (blocks read from disk); CPU median "
          f"{statistics.median(cpu) * 1000:.1f} ms; {statistics.median(statements):.0f} DuckDB statements")
    print(f"events that joined the instance of the stored event they repeat: {joined}/{repeated} "
          f"({joined / max(1, repeated):.1%}; the others started an instance or joined another)")
    print(f"dedup of a second report of the same events right after: median {statistics.median(warm) * 1000:.1f} ms, "
          f"max {max(warm) * 1000:.1f} ms (blocks in DuckDB's cache, as in a running ingest); CPU median "
          f"{statistics.median(warm_cpu) * 1000:.1f} ms")
    print(f"1-min load average up to {load:.1f} on {os.cpu_count()} cores (wall time includes waiting for a core; "
          f"CPU time counts every DuckDB thread)")
    print(f"CPU of a cold dedup in DuckDB statements: median {statistics.median(sql_cpu) * 1000:.1f} ms (the rest is "
          f"Python); "
          f"by statement, mean over the {len(times)} articles:")
    for kind, v in sorted(((k, v) for k, v in by_kind.items() if sum(v) > 0), key=lambda kv: -sum(kv[1])):
        print(f"  {1000 * sum(v) / len(times):5.2f} ms  {kind}")
    if prof is not None:
        import pstats

        print("\nPython profile of the cold dedups but the first (profiling slows Python down):")
        pstats.Stats(prof, stream=sys.stdout).sort_stats(args.profile_sort).print_stats(args.profile)


def cmd_ingest(args) -> None:
    """Pipeline + store on Wikinews articles, with and without dedup after each batch."""
    import csv

    import eventwire
    from eventwire.ingest import RawDoc
    from eventwire.pipeline import Pipeline

    docs = []
    for path in sorted((DATA / "wikinews").glob("wikinews_*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                docs.append(RawDoc(source=row["url"], text=row["text"], url=row["url"], published=row["date"],
                                   title=row["title"]))
    docs = docs[: args.limit]
    started = time.perf_counter()
    arts = list(Pipeline().pipe(docs))
    extract = time.perf_counter() - started
    out = {}
    for dedup_on in (False, True):
        with tempfile.TemporaryDirectory() as tmp:
            st = eventwire.open(Path(tmp) / "w.duckdb")
            st.dedup_on_add = False
            store_s = dedup_s = 0.0
            for i in range(0, len(arts), args.batch):
                t = time.perf_counter()
                st.add(arts[i:i + args.batch])
                store_s += time.perf_counter() - t
                if dedup_on:
                    t = time.perf_counter()
                    st.dedup(arts[i:i + args.batch])
                    dedup_s += time.perf_counter() - t
            st.close()
        out[dedup_on] = (store_s, dedup_s)
    store_s, dedup_s = out[True]
    base = extract + out[False][0]
    print(f"Wikinews: {len(arts)} articles; pipeline {extract:.1f} s, store {out[False][0]:.1f} s, "
          f"dedup (incremental, after each batch of {args.batch}) {dedup_s:.1f} s = "
          f"{100 * dedup_s / base:.1f}% of ingest time (pipeline + store)")


def cmd_feed(args) -> None:
    """Dedup cost per 1,000 articles as a store fills, on the generated feed of ``benchmarks/store.py
    memory`` (short items, 13 actors, 12 predicates, 20 cities, ``--per-day`` a day). The pipeline runs
    once (its records are cached in the temp folder under a hash of the pipeline's code); then the
    records are stored and linked in batches of 64 as ``eventwire ingest`` does, in this process, and
    the CPU time of the store writes and of dedup is printed for every 1,000 articles, with the number
    of instances and the mean and largest size of the instance states linking reads."""
    import os
    import random as _random
    import statistics

    import orjson

    import eventwire
    from eventwire.ingest import read
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from store import news_item

    made = max(args.docs, 5000)  # the first N items of a longer feed are the N items of a shorter one
    cache = Path(tempfile.gettempdir()) / f"eventwire-feed-{made}-{args.per_day}-{pipeline_fingerprint()}.jsonl"
    if not cache.exists():
        rnd = _random.Random(11)
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "docs.jsonl"
            src.write_bytes(b"".join(orjson.dumps(news_item(rnd, i, args.per_day)) + b"\n" for i in range(made)))
            started = time.perf_counter()
            arts = list(Pipeline().pipe(read([str(src)])))
            print(f"pipeline on {len(arts)} generated items: {time.perf_counter() - started:.0f} s -> {cache}")
        part = cache.with_suffix(".part")
        with part.open("wb") as f:
            for a in arts:
                f.write(a.to_json() + b"\n")
        part.rename(cache)
    arts = [Article.from_json(line) for line in cache.open("rb")][: args.docs]
    load = os.getloadavg()[0]
    rows = []
    # the work done, counted (CPU seconds move with the machine's load; these do not): link scores, story
    # similarities and instance states read from the store, since the last mark
    from eventwire import dedup as _dedup
    from eventwire.store import DedupState

    work = {"link_score": 0, "story_similarity": 0, "_parse": 0}

    def counted(owner, name):
        fn = getattr(owner, name)

        def wrapper(*a, **k):
            work[name] += 1
            return fn(*a, **k)
        setattr(owner, name, wrapper)

    counted(_dedup, "link_score")
    counted(_dedup, "story_similarity")
    counted(DedupState, "_parse")
    prof = None
    if args.profile_from is not None:
        import cProfile

        prof = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        st = eventwire.open(Path(tmp) / "feed.duckdb")
        st.dedup_on_add = False
        add_cpu = dedup_cpu = dedup_wall = 0.0
        for i in range(0, len(arts), args.batch):
            batch = arts[i:i + args.batch]
            t = time.process_time()
            st.add(batch)
            add_cpu += time.process_time() - t
            if prof is not None and i >= args.profile_from:
                prof.enable()
            t, w = time.process_time(), time.perf_counter()
            st.dedup(batch)
            dedup_cpu += time.process_time() - t
            if prof is not None:
                prof.disable()
            dedup_wall += time.perf_counter() - w
            done = i + len(batch)
            if done // 1000 > (done - len(batch)) // 1000 or done == len(arts):
                sizes = [s for s, in st.sql(args.state_sql).fetchall()]
                rows.append((done, add_cpu, dedup_cpu, dedup_wall, len(sizes),
                             statistics.mean(sizes) if sizes else 0, max(sizes, default=0),
                             *(work[k] / (done - (rows[-1][0] if rows else 0)) for k in work)))
                work.update(dict.fromkeys(work, 0))
                print(f"  {done:,} articles: dedup {dedup_cpu:.1f} s CPU since the last mark", flush=True)
                add_cpu = dedup_cpu = dedup_wall = 0.0
        st.close()
    load = max(load, os.getloadavg()[0])
    print(f"\ngenerated feed, {len(arts):,} articles ({args.per_day} a day), batches of {args.batch}; "
          f"1-min load average up to {load:.1f} on {os.cpu_count()} cores\n")
    print("| articles | store writes CPU | dedup CPU | dedup elapsed | instances | state bytes mean | max "
          "| per article: link scores | story similarities | states read |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for done, a, d, w, n, mean, mx, ls, ss, sr in rows:
        print(f"| {done:,} | {a:.1f} s | {d:.1f} s | {w:.1f} s | {n:,} | {mean:,.0f} | {mx:,} | {ls:.0f} | {ss:.0f} "
              f"| {sr:.1f} |")
    if prof is not None:
        import pstats

        print(f"\nPython profile of dedup from the {args.profile_from:,}th article on:")
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(40)
    per = [r[2] * 1000 / (r[0] - p[0]) for p, r in zip([(0,)] + rows, rows)]
    if len(per) >= 2:
        print(f"\ndedup CPU per 1,000 articles: {per[0]:.1f} s for the 1st thousand, {per[-1]:.1f} s for the last "
              f"({100 * (per[-1] - per[0]) / per[0]:+.0f}%)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("ecb")
    e.add_argument("--cache", default=None, help="pipeline output cache (default: the temp folder, named by "
                   "a hash of the pipeline's code and resources)")
    e.add_argument("--fresh", action="store_true", help="rerun the pipeline even if a cache exists")
    e.add_argument("--order", choices=["file", "shuffled"], default="shuffled")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--sweep", action="store_true")
    e.add_argument("--no-split", action="store_true", help="skip the topic-split check")
    e.add_argument("--online-seeds", type=int, default=6, help="shuffles the online figure is averaged over (0: none)")
    i = sub.add_parser("incremental")
    i.add_argument("--events", type=int, default=1_000_000)
    i.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "eventwire-dedup-1m.duckdb"))
    i.add_argument("--fresh", action="store_true")
    i.add_argument("--relink", action="store_true", help="rebuild only the instances and blocking tables")
    i.add_argument("--profile", type=int, default=0, metavar="N", help="profile the cold dedups, print the top N")
    i.add_argument("--profile-sort", default="cumulative", help="the profile's order (pstats: cumulative, tottime)")
    i.add_argument("--articles", type=int, default=40, help="articles added, one at a time")
    i.add_argument("--seed", type=int, default=1, help="which articles (the same seed, the same articles)")
    g = sub.add_parser("ingest")
    g.add_argument("--limit", type=int, default=400)
    g.add_argument("--batch", type=int, default=64)
    f = sub.add_parser("feed")
    f.add_argument("--docs", type=int, default=5000)
    f.add_argument("--per-day", type=int, default=40)
    f.add_argument("--batch", type=int, default=64)
    f.add_argument("--profile-from", type=int, default=None, metavar="N", help="profile dedup from the Nth article on")
    f.add_argument("--state-sql", default="SELECT strlen(value) FROM dedup_kv WHERE key LIKE 'i:%'",
                   help=argparse.SUPPRESS)
    args = ap.parse_args()
    {"ecb": cmd_ecb, "incremental": cmd_incremental, "ingest": cmd_ingest, "feed": cmd_feed}[args.cmd](args)


if __name__ == "__main__":
    main()
