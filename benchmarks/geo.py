"""Toponym recognition and resolution on GeoVirus and TR-News (../shared/data/geoparsing/).

For each dataset: found = share of gold toponyms overlapped by one of our location mentions;
acc@161 = share of those found resolved within 161 km of the gold coordinates; median error km.
Each article's text is analysed as given (no cleaning), so gold offsets stay valid; the stages
up to and including geo run as in the pipeline. Also prints the time the geo stage takes.

``--errors`` lists the found toponyms resolved more than 161 km from the gold point, grouped:
- reference: the right place, whose point the dataset puts elsewhere (our place is among the
  gazetteer's entries for the gold name, or has the gold GeoNames id);
- span: our mention names something else than the gold toponym (part of a longer name, a name
  inside an organisation's, or a longer name around it), so the place is another entity;
- wrong: the same name resolved to another entity than the gold one.

    python benchmarks/geo.py [--limit N] [--speed] [--errors]
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "geoparsing"
sys.path.insert(0, str(ROOT))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _align(text: str, name: str, start: int, window: int = 40) -> int:
    """Gold offsets drift by a few characters in some articles: take the occurrence of the
    annotated name nearest them."""
    if text[start : start + len(name)] == name:
        return start
    near = [i for i in range(max(0, start - window), start + window) if text[i : i + len(name)] == name]
    return min(near, key=lambda i: abs(i - start)) if near else start


def geovirus(path: Path):
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for loc in art.iter("location"):
            name, start = loc.findtext("name") or "", int(loc.findtext("start"))
            start = _align(text, name, start)
            page = urllib.parse.unquote((loc.findtext("page") or "").rsplit("/", 1)[-1]).replace("_", " ")
            title = re.sub(r"\s*\(.*\)$", "", page.split(",")[0]).strip()
            gold.append((start, start + len(name), float(loc.findtext("lat")), float(loc.findtext("lon")),
                         title or name, None))
        yield text, gold


def trnews(path: Path):
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None or g.findtext("lat") is None:
                continue
            phrase = t.findtext("phrase") or ""
            start = _align(text, phrase, int(t.findtext("start")))
            gold.append((start, start + len(phrase), float(g.findtext("lat")), float(g.findtext("lon")),
                         g.findtext("name") or phrase, int(g.get("geonameid") or 0) or None))
        yield text, gold


def _kind(text: str, s: int, e: int, gold: tuple, loc) -> str:
    """Which of the three groups of the module docstring a miss falls in: "reference" when our
    place has the gold GeoNames id or is, of the gazetteer's entries for the gold name, the
    one nearest the gold point (no other entity of that name fits better)."""
    from eventwire import gazetteer

    gs, ge, glat, glon, gname, gid = gold
    if gazetteer.key(text[s:e]) != gazetteer.key(text[gs:ge]):
        return "span"
    same = [p for p in gazetteer.lookup(gname) if p.kind != gazetteer.DEMONYM]
    nearest = min(same, key=lambda p: km(p.lat, p.lon, glat, glon), default=None)
    if gid and loc.geonameid == gid or nearest and (nearest.lat, nearest.lon) == (loc.lat, loc.lon):
        return "reference"
    return "wrong"


def evaluate(name: str, items, limit: int | None, show_errors: bool = False) -> None:
    from eventwire import pipeline
    from eventwire.model import Article

    items = list(items)[:limit]
    pipe = pipeline.Pipeline(until="geo")
    total = found = 0
    errors: list[float] = []
    by_kind: dict[str, list[float]] = {"towns": [], "areas": []}
    misses: list[tuple[str, str]] = []
    for text, gold in items:
        (art,) = pipe.annotate([Article(id="x", text=text)], [None])
        for err in art.errors:  # another stage's bug must not hide ours
            if err.stage == "geo":
                raise RuntimeError(f"geo failed: {err.message}")
            print(f"  ({err.stage} failed: {err.message})", file=sys.stderr)
        spans = [(s, e, loc) for loc in art.locations for s, e in loc.mentions]
        for g in gold:
            gs, ge, glat, glon = g[:4]
            total += 1
            hits = [(s, e, loc) for s, e, loc in spans if s < ge and gs < e]
            if hits:
                found += 1
                s, e, loc = hits[0]
                errors.append(km(loc.lat, loc.lon, glat, glon))
                town = loc.feature in ("city", "capital", "admin2")
                by_kind["towns" if town else "areas"].append(errors[-1])
                if errors[-1] > 161 and show_errors:
                    misses.append((_kind(text, s, e, g, loc),
                                   f"{errors[-1]:6.0f} km  {text[gs:ge]!r} (gold {g[4]} {glat:.1f},{glon:.1f}) "
                                   f"→ {text[s:e]!r} {loc.name}, {loc.admin1 or '-'}, {loc.country} "
                                   f"[{loc.feature}] {loc.lat:.1f},{loc.lon:.1f}  …{_context(text, gs, ge)}…"))
    acc = sum(d <= 161 for d in errors) / len(errors) if errors else 0.0
    print(f"{name}: articles {len(items)}  gold toponyms {total}  found {found / max(total, 1):.3f}  "
          f"acc@161 {acc:.3f}  median error {statistics.median(errors) if errors else float('nan'):.1f} km  "
          f"mean error {statistics.fmean(errors) if errors else float('nan'):.0f} km  "
          f"geo stage {1000 * pipe.seconds['geo'] / max(len(items), 1):.1f} ms/article")
    for kind, errs in by_kind.items():  # areas: the point a dataset gives a country or region is a convention
        print(f"  resolved to {kind}: {len(errs)}  acc@161 {sum(d <= 161 for d in errs) / max(len(errs), 1):.3f}")
    if show_errors:
        counts = Counter(k for k, _ in misses)
        print(f"  misses > 161 km: {len(misses)}  "
              + "  ".join(f"{k} {counts[k]}" for k in ("reference", "span", "wrong"))
              + f"  (acc@161 with only the reference misses left: {1 - counts['reference'] / max(len(errors), 1):.3f})")
        for group in ("reference", "span", "wrong"):
            print(f"  -- {group} ({counts[group]})")
            for line in sorted(m for k, m in misses if k == group):
                print("    " + line)


def _context(text: str, s: int, e: int, width: int = 40) -> str:
    return " ".join(text[max(0, s - width) : e + width].split())


def speed(n: int = 50) -> None:
    """Time the geo stage against clean + parse + the other stages on Wikinews 2019 articles."""
    import csv

    from eventwire import pipeline
    from eventwire.ingest import RawDoc

    path = DATA.parent / "wikinews" / "wikinews_2019.csv"
    if not path.exists():
        sys.exit(f"dev data {path} not present")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:n]
    pipe = pipeline.Pipeline()
    t = time.perf_counter()
    n = sum(1 for _ in pipe.pipe(RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["date"])
                                 for r in rows))
    geo_time = pipe.seconds["geo"]
    rest = time.perf_counter() - t - geo_time
    print(f"Wikinews 2019, {n} articles: geo stage {1000 * geo_time / n:.1f} ms/article, "
          f"+{100 * geo_time / rest:.1f}% over clean + parse + the other stages")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of each dataset")
    ap.add_argument("--speed", action="store_true", help="also time the stage on 50 Wikinews articles")
    ap.add_argument("--errors", action="store_true", help="list and group the misses beyond 161 km")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"dev data {DATA} not present; this benchmark needs ../shared/data/geoparsing")
    from eventwire import gazetteer

    if not gazetteer.path().exists():
        gazetteer.connection()  # a first build is not load time
    t = time.perf_counter()
    gazetteer.connection()
    gazetteer.lookup("Paris")
    print(f"gazetteer open + first lookup: {1000 * (time.perf_counter() - t):.1f} ms")
    if args.speed:
        speed()
    evaluate("GeoVirus", geovirus(DATA / "GeoVirus.xml"), args.limit, args.errors)
    evaluate("TR-News", trnews(DATA / "TR-News.xml"), args.limit, args.errors)


if __name__ == "__main__":
    main()
