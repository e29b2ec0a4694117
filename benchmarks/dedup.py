"""Deduplication: stories and event instances on the ECB+ dev split, incremental cost, ingest share.

    python benchmarks/dedup.py ecb [--order file|shuffled] [--sweep]
    python benchmarks/dedup.py incremental [--events 1000000]
    python benchmarks/dedup.py ingest [--limit 400]

``ecb`` runs the real pipeline on every document of ../shared/data/dedup/ecbplus_dev.jsonl
(cached under --cache, by default in the system temp folder, never in the project), then prints:
  - stories: B-cubed P/R/F1 of eventwire's story clustering and, in the same run, of a TF-IDF
    bag-of-words average-link clustering at its best threshold (tuned on the same file);
  - event instances: B-cubed P/R/F1 over the reliable gold action mentions that eventwire
    detects (an eventwire trigger overlapping the gold mention's tokens), next to the
    same-lemma-within-story baseline.
The ECB+ texts are rebuilt from tokens; the pipeline's clean stage moves a headline-like first
line into the title and adds paragraph breaks, so eventwire's offsets are mapped back to the
file's offsets line by line before aligning.

``incremental`` builds a store of N generated events (DuckDB, in a temp folder) and times the
dedup work of adding one more article. ``ingest`` times pipeline + store on Wikinews articles
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
    arts = run_pipeline(docs, Path(args.cache), args.fresh)
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
    print(f"instances eventwire: B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  ({len(set(pred.values()))} instances)")
    lp, lr, lf = bcubed(lemma_baseline(docs, aligned), gold)
    print(f"instances same lemma within gold story: B3 P {lp:.3f} R {lr:.3f} F1 {lf:.3f}")
    if args.sweep:
        sweep(args, docs, arts, order, gold_story, gold, aligned)


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("ecb")
    e.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "eventwire_ecbplus_dev_articles.jsonl"))
    e.add_argument("--fresh", action="store_true", help="rerun the pipeline even if a cache exists")
    e.add_argument("--order", choices=["file", "shuffled"], default="shuffled")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--sweep", action="store_true")
    args = ap.parse_args()
    {"ecb": cmd_ecb}[args.cmd](args)


if __name__ == "__main__":
    main()
