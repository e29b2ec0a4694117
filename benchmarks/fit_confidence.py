"""Fit a logistic confidence on the pooled dev sets and compare it with the hand-set one (issue 10, prec11).

    python benchmarks/dyads.py --gold benchmarks/annotations/dyads_dev*.json --features OUT.jsonl
        # (dev and validation sets only: with --split all the dump still holds no held-out event, but the
        #  table printed would score the held-out set)
    python benchmarks/fit_confidence.py OUT.jsonl [--features SET] [--write]

Reads the per-event dump of ``benchmarks/dyads.py --features`` (every system body event at
min_confidence 0, its senses.Evidence and whether it matched a gold event). Builds each event's
feature vector with ``eventwire.senses.model_features`` (the same function the pipeline would use),
fits an L2-regularised logistic regression with plain numpy (Newton steps) on the pooled DEV sets
(every gold set of benchmarks/dyads.py but its VALIDATION sets and the held-out set, which never enter a
fit: since the tenth round dev..dev7, validation dev8 and dev9), and reports:

- leave-one-dev-set-out: for each dev set, the model fitted on the others against the hand-set
  confidence on it: log-loss, and at the threshold keeping as many events as the hand-set one keeps at
  its default threshold, precision and type recall;
- each validation set (aggregates only): the model fitted on all dev sets, same comparison, and precision / type
  recall at the model threshold chosen on the pooled out-of-fold dev predictions (the one keeping pooled
  dev type recall where the hand-set default keeps it).

``--write`` writes the weights fitted on all dev sets to
eventwire/resources/events/confidence_model.tsv with a header naming this script, the files and the date.
Type recall here counts gold events matched with the right type among the events kept (matching is done
once, at min_confidence 0), as ``--calibration`` does; the benchmark itself re-matches after filtering.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import defaultdict
from dataclasses import fields
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire import senses  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dyads  # noqa: E402  (benchmarks/dyads.py: its gold files and which of them are held back)

VALIDATIONS = tuple(sorted(dyads.VALIDATION, key=lambda s: (len(s), s)))  # dev8, dev9, dev11  # every set judged, never fitted (dev8 and dev9 since the tenth round)
VALIDATION = VALIDATIONS[0]  # the first of them (the one reported before there were several)
DEV = tuple(s for s in dyads.GOLD_FILES if s != "heldout" and s not in dyads.VALIDATION)  # pooled for the fit
OUT = ROOT / "eventwire" / "resources" / "events" / "confidence_model.tsv"
# feature sets compared (names of senses.model_features; a name ending in ":" takes every feature of that prefix)
SETS = {
    "recal": ["bias", "hand_logit"],
    "recal+context": ["bias", "hand_logit", "situated", "generic", "political_share", "few_political"],
    "recal+situated": ["bias", "hand_logit", "situated"],
    "recal+generic": ["bias", "hand_logit", "generic"],
    "recal+article": ["bias", "hand_logit", "political_share", "few_political"],
    "recal+context2": ["bias", "hand_logit", "situated", "generic", "political_share", "few_political", "quoted",
                       "pronoun", "lead", "off_topic", "dep:"],
    "hand": ["bias", "constraints", "nominal", "source", "target", "both", "root", "political", "embedded",
             "background", "attributive", "log_sense", "log_type", "status:"],
    "hand+context": ["bias", "constraints", "nominal", "source", "target", "both", "root", "political", "embedded",
                     "background", "attributive", "log_sense", "log_type", "status:", "situated", "quoted",
                     "pronoun", "generic", "short_text", "political_share", "few_political", "off_topic"],
    "all": ["bias", "constraints", "nominal", "source", "target", "both", "root", "political", "embedded",
            "background", "attributive", "log_sense", "log_type", "status:", "situated", "quoted", "pronoun",
            "generic", "dep:", "position", "lead", "long_sentence", "short_text", "political_share",
            "few_political", "off_topic"],
    "all+types": ["bias", "constraints", "nominal", "source", "target", "both", "root", "political", "embedded",
                  "background", "attributive", "log_sense", "status:", "situated", "quoted", "pronoun", "generic",
                  "dep:", "position", "lead", "long_sentence", "short_text", "political_share", "few_political",
                  "off_topic", "type:"],
}
# fp13: sentence and word features the fitted confidence did not see (senses.Evidence, cues in model_cues.tsv),
# each tried alone on top of "hand+context" and all together
FP13 = ["present", "modal", "speaker", "definite", "named", "measured", "offtopic_words", "fragment", "person_subject",
        "political_density", "offtopic_density"]
for _f in FP13:
    SETS[f"hand+context+{_f}"] = SETS["hand+context"] + [_f]
SETS["hand+context+fp13"] = SETS["hand+context"] + FP13
# chosen by --select hand+context (min gain 0.0005) on the dump of 2026-12-02 with dev10 pooled (dev..dev7, dev10): mean
# leave-one-dev-set-out log-loss 0.4352 -> 0.4342 (offtopic_density) -> 0.4335 (speaker) -> 0.4328 (present); the rest
# gain < 0.0005. (On dev..dev7 alone the same search took speaker, offtopic_words, political_density: 0.4041 -> 0.4011;
# small gains that change with the sets pooled: the candidates carry little the fitted features do not.)
SETS["fp13"] = SETS["hand+context"] + ["offtopic_density", "speaker", "present"]
# twenty-third round: how many other acts of the article's body share the act's CAMEO root (the article's own subject)
SETS["fp13+repeats"] = SETS["fp13"] + ["repeats"]
# twenty-fourth round: the same as a share of the body's other acts, and per 100 words of the body
SETS["fp13+repeats_share"] = SETS["fp13"] + ["repeats_share"]
SETS["fp13+repeats_density"] = SETS["fp13"] + ["repeats_density"]
# ... and whether a state or its agent does the act (senses.is_state)
SETS["fp13+state"] = SETS["fp13"] + ["state_source"]
SETS["fp13+repeats+state"] = SETS["fp13"] + ["repeats", "state_source"]
SETS["fp13+repeats_density+state"] = SETS["fp13"] + ["repeats_density", "state_source"]
SETS["fp13+repeats_density-fewstate"] = [f if f != "few_political" else "few_political_nonstate"
                                         for f in SETS["fp13"]] + ["repeats_density"]
SETS["fp13+repeats-fewstate"] = [f if f != "few_political" else "few_political_nonstate" for f in SETS["fp13"]] + ["repeats"]
EVIDENCE_FIELDS = {f.name for f in fields(senses.Evidence)}


def load(path: Path) -> tuple[dict[str, list[dict]], dict[str, int]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    gold: dict[str, int] = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["split"] == "heldout":
            continue  # never
        if "gold_events" in r:
            gold[r["split"]] = r["gold_events"]
        elif "constraints" in r:  # events the pipeline made (a few from other stages carry no evidence)
            rows[r["split"]].append(r)
    return rows, gold


def vectorise(rows: list[dict], names: list[str]) -> np.ndarray:
    X = np.zeros((len(rows), len(names)))
    col = {n: i for i, n in enumerate(names)}
    for i, r in enumerate(rows):
        ev = senses.Evidence(**{k: r[k] for k in EVIDENCE_FIELDS if k in r})
        for k, v in senses.model_features(ev).items():
            if k in col:
                X[i, col[k]] = v
    return X


def names_for(spec: list[str], rows: list[dict]) -> list[str]:
    seen: list[str] = []
    for r in rows:
        ev = senses.Evidence(**{k: r[k] for k in EVIDENCE_FIELDS if k in r})
        for k in senses.model_features(ev):
            if k not in seen:
                seen.append(k)
    out = []
    for s in spec:
        if s.endswith(":"):
            out += sorted(k for k in seen if k.startswith(s) and k != "status:occurred")
        elif s in seen:
            out.append(s)
    return out


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """L2-regularised logistic regression (bias, column 0, not penalised) by Newton steps."""
    w = np.zeros(X.shape[1])
    pen = np.full(X.shape[1], lam)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + pen * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def predict(X: np.ndarray, w: np.ndarray, rows: list[dict]) -> np.ndarray:
    """As the pipeline would report it: capped like the hand-set score, +0.03 per merged mention (events._absorb)."""
    p = 1 / (1 + np.exp(-X @ w))
    bump = np.array([0.03 * max(0, r.get("mentions", 1) - 1) for r in rows])
    return np.round(np.minimum(0.98, np.minimum(p, 0.95) + bump), 3)


def hand_scores(rows: list[dict]) -> np.ndarray:
    """The hand-set score (senses.hand_confidence) of each event as the pipeline would report it (merge bump),
    whichever confidence the dump was made with."""
    out = []
    for r in rows:
        h = senses.hand_confidence(senses.Evidence(**{k: r[k] for k in EVIDENCE_FIELDS if k in r}))
        out.append(min(0.98, h + 0.03 * max(0, r.get("mentions", 1) - 1)))
    return np.array(out)


def logloss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 0.01, 0.99)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def at_count(p: np.ndarray, y: np.ndarray, ok: np.ndarray, n: int, gold: int) -> tuple[float, float]:
    """Precision and type recall of the ``n`` highest-scored events."""
    order = np.argsort(-p, kind="stable")[:n]
    return float(y[order].mean()) if n else 0.0, float(ok[order].sum() / gold) if gold else 0.0


def at_threshold(p: np.ndarray, y: np.ndarray, ok: np.ndarray, thr: float, gold: int) -> tuple[int, float, float]:
    kept = p >= thr
    return int(kept.sum()), float(y[kept].mean()) if kept.any() else 0.0, float(ok[kept].sum() / gold)


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve: how well the score ranks real events above the others (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def bootstrap(rows: list[dict], p: np.ndarray, h: np.ndarray, y: np.ndarray, ok: np.ndarray, thr: float,
              hand_thr: float, gold: int, n: int = 2000) -> tuple[tuple[float, float], tuple[float, float]]:
    """Paired bootstrap over articles: 90% intervals of (model - hand) precision and type recall at their thresholds.
    (Gold events are resampled with their articles only in proportion: recall uses the set's gold count.)"""
    rng = np.random.default_rng(0)
    arts = sorted({r["article"] for r in rows})
    idx = {a: np.array([i for i, r in enumerate(rows) if r["article"] == a]) for a in arts}
    dp, dr = [], []
    for _ in range(n):
        pick = np.concatenate([idx[a] for a in rng.choice(arts, len(arts))])
        km, kh = pick[p[pick] >= thr], pick[h[pick] >= hand_thr]
        if not len(km) or not len(kh):
            continue
        dp.append(y[km].mean() - y[kh].mean())
        dr.append((ok[km].sum() - ok[kh].sum()) / gold)
    q = lambda v: (round(float(np.quantile(v, 0.05)), 3), round(float(np.quantile(v, 0.95)), 3))
    return q(dp), q(dr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--features", default=None,
                    help="feature sets to compare, comma-separated (default: all of them; --write takes one): "
                         + ", ".join(SETS))
    ap.add_argument("--lambdas", default="0.3,1,3,10,30", help="L2 strengths tried (chosen by leave-one-set-out log-loss)")
    ap.add_argument("--write", action="store_true", help="write the weights fitted on all dev sets (needs --features)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="the model's default threshold instead of the rule's (when the rule's is within noise of it: "
                         "a stable threshold); the 'short:' rows map the hand-set default onto it")
    ap.add_argument("--select", default=None,
                    help="greedy forward selection of the fp13 candidates (FP13) on top of this feature set, by mean "
                         "leave-one-dev-set-out log-loss; prints the set and stops")
    ap.add_argument("--min-gain", type=float, default=0.0005, help="--select: smallest log-loss gain that adds a feature")
    args = ap.parse_args(argv)

    rows, gold = load(args.dump)
    dev = [s for s in DEV if rows.get(s)]
    hand_thr = senses.weights()["min_confidence"]  # the hand-set score's own default, whichever is in use
    lam_grid = [float(x) for x in args.lambdas.split(",")]
    y_of = {s: np.array([float(r["real"]) for r in rows[s]]) for s in rows}
    ok_of = {s: np.array([float(r["type_right"]) for r in rows[s]]) for s in rows}
    hand_of = {s: hand_scores(rows[s]) for s in rows}
    every_dev = [r for s in dev for r in rows[s]]
    chosen = {}
    if args.select:
        # greedy forward selection: add the candidate of FP13 with the best mean leave-one-dev-set-out log-loss
        # while it gains at least --min-gain (the L2 strength chosen anew for each try)
        names = names_for(SETS[args.select], every_dev)

        def score(cols: list[str], grid: list[float]) -> tuple[float, float]:
            X_of = {s: vectorise(rows[s], cols) for s in dev}
            out = []
            for lam in grid:
                lls = []
                for held in dev:
                    train = [s for s in dev if s != held]
                    w = fit(np.vstack([X_of[s] for s in train]), np.concatenate([y_of[s] for s in train]), lam)
                    lls.append(logloss(predict(X_of[held], w, rows[held]), y_of[held]))
                out.append((float(np.mean(lls)), lam))
            return min(out)

        best, lam = score(names, lam_grid)
        print(f"select from {args.select!r}: mean log-loss {best:.4f} (L2 {lam}, kept for every try)")
        left = [f for f in FP13 if f not in names]
        while left:
            tried = sorted((score(names + [f], [lam]) + (f,) for f in left))
            ll, lam, f = tried[0]
            print("  tried: " + ", ".join(f"{g} {v:.4f}" for v, _, g in tried))
            if best - ll < args.min_gain:
                break
            names, best = names + [f], ll
            left.remove(f)
            print(f"  + {f}: {ll:.4f}")
        print("selected: " + ", ".join(names))
        return 0
    wanted = args.features.split(",") if args.features else list(SETS)
    for name in wanted:
        if name not in SETS:
            raise SystemExit(f"unknown feature set {name!r}: one of {', '.join(SETS)}")
    for set_name in wanted:
        names = names_for(SETS[set_name], every_dev)
        X_of = {s: vectorise(rows[s], names) for s in rows}
        best = None
        for lam in lam_grid:
            oof = {}
            for out in dev:
                train = [s for s in dev if s != out]
                w = fit(np.vstack([X_of[s] for s in train]), np.concatenate([y_of[s] for s in train]), lam)
                oof[out] = predict(X_of[out], w, rows[out])
            ll = np.mean([logloss(oof[s], y_of[s]) for s in dev])
            if best is None or ll < best[0]:
                best = (ll, lam, oof)
        ll, lam, oof = best
        print(f"\n## feature set {set_name!r}: {len(names)} weights, L2 {lam} (chosen by leave-one-dev-set-out log-loss, "
              f"mean {ll:.4f})")
        print("| set | events | log-loss hand | log-loss model | kept (hand >= %.2f) | precision hand | precision model "
              "| type recall hand | type recall model |" % hand_thr)
        print("| --- |" + " --- |" * 8)
        for s in dev:
            n = int((hand_of[s] >= hand_thr).sum())
            ph, rh = at_count(hand_of[s], y_of[s], ok_of[s], n, gold.get(s, 0))
            pm, rm = at_count(oof[s], y_of[s], ok_of[s], n, gold.get(s, 0))
            print(f"| {s} (left out) | {len(rows[s])} | {logloss(hand_of[s], y_of[s]):.3f} | {logloss(oof[s], y_of[s]):.3f} "
                  f"| {n} | {ph:.3f} | {pm:.3f} | {rh:.3f} | {rm:.3f} |")
        print("AUC left out, hand / model: " + ", ".join(f"{s} {auc(hand_of[s], y_of[s]):.3f}/{auc(oof[s], y_of[s]):.3f}"
                                                          for s in dev))
        # default threshold on the pooled out-of-fold predictions: keep pooled dev type recall where the hand-set keeps it
        P = np.concatenate([oof[s] for s in dev])
        Y = np.concatenate([y_of[s] for s in dev])
        OK = np.concatenate([ok_of[s] for s in dev])
        H = np.concatenate([hand_of[s] for s in dev])
        G = sum(gold.get(s, 0) for s in dev)
        target = OK[H >= hand_thr].sum()
        thr = max((t for t in np.arange(0.05, 0.95, 0.01) if OK[P >= t].sum() >= target), default=0.05)
        thr = round(float(thr), 2)
        if args.threshold is not None:
            print(f"(the rule picks {thr}; --threshold {args.threshold}: pooled dev out-of-fold type recall there "
                  f"{OK[P >= args.threshold].sum() / G:.3f}, at the rule's {OK[P >= thr].sum() / G:.3f}, hand-set {target / G:.3f})")
            thr, rule_thr = args.threshold, thr
        else:
            rule_thr = thr
        n_h, p_h, r_h = at_threshold(H, Y, OK, hand_thr, G)
        n_m, p_m, r_m = at_threshold(P, Y, OK, thr, G)
        print(f"pooled dev out-of-fold: hand >= {hand_thr}: {n_h} kept, precision {p_h:.3f}, type recall {r_h:.3f}; "
              f"model >= {thr}: {n_m} kept, precision {p_m:.3f}, type recall {r_m:.3f}")
        w = fit(np.vstack([X_of[s] for s in dev]), np.concatenate([y_of[s] for s in dev]), lam)
        for s in (v for v in VALIDATIONS if rows.get(v)):
            p = predict(X_of[s], w, rows[s])
            n = int((hand_of[s] >= hand_thr).sum())
            ph, rh = at_count(hand_of[s], y_of[s], ok_of[s], n, gold.get(s, 0))
            pm, rm = at_count(p, y_of[s], ok_of[s], n, gold.get(s, 0))
            n_m, p_m, r_m = at_threshold(p, y_of[s], ok_of[s], thr, gold.get(s, 0))
            print(f"{s} (never fitted): log-loss hand {logloss(hand_of[s], y_of[s]):.3f} model {logloss(p, y_of[s]):.3f}; "
                  f"at {n} kept: precision hand {ph:.3f} model {pm:.3f}, type recall hand {rh:.3f} model {rm:.3f}; "
                  f"model >= {thr}: {n_m} kept, precision {p_m:.3f}, type recall {r_m:.3f}")
            bands = [0, .3, .4, .5, .6, .7, .8, .9, 1.01]
            cells = []
            for lo, hi in zip(bands, bands[1:]):
                m = (p >= lo) & (p < hi)
                cells.append(f"{lo:.1f}: {int(m.sum())} {y_of[s][m].mean():.2f}" if m.any() else f"{lo:.1f}: 0")
            print(f"{s} model bands (events, share real): " + "; ".join(cells))
            ci_p, ci_r = bootstrap(rows[s], p, hand_of[s], y_of[s], ok_of[s], thr, hand_thr, gold.get(s, 1))
            print(f"{s}: AUC hand {auc(hand_of[s], y_of[s]):.3f} model {auc(p, y_of[s]):.3f}; model >= {thr} minus hand >= "
                  f"{hand_thr}, 90% article-bootstrap interval: precision {ci_p}, type recall {ci_r}")
        print("weights: " + ", ".join(f"{n} {v:+.2f}" for n, v in zip(names, w)))
        chosen[set_name] = (names, w, lam, thr, rule_thr)
    if args.write:
        if len(wanted) != 1 or not args.features:
            raise SystemExit("--write needs --features SET (one)")
        names, w, lam, thr, rule_thr = chosen[args.features]
        files = ", ".join(f"dyads_{s}.json ({len(rows[s])} events)" for s in dev)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(f"# Logistic confidence weights (eventwire.senses.model_features). Authored for eventwire; MIT.\n"
                    f"# Fitted by benchmarks/fit_confidence.py --features {args.features} on {dt.date.today().isoformat()}, "
                    f"L2 {lam}, on every system body event\n# (min_confidence 0) of the pooled dev sets: {files}.\n"
                    f"# {', '.join(sorted(dyads.VALIDATION))} and the held-out set never entered the fit. Threshold keeping pooled dev type recall: {thr}"
                    f"{'' if thr == rule_thr else f' (--threshold; the highest keeping it: {rule_thr})'}.\n"
                    f"# Columns: feature <TAB> weight (log-odds; absent features weigh 0)\n")
            for n, v in zip(names, w):
                f.write(f"{n}\t{v:.4f}\n")
            # a text too short for an article-level judgement (none among the fitted events) keeps the hand-set
            # score's order: its log-odds mapped onto this model's scale by a two-weight fit on the same events
            short = names_for(SETS["recal"], every_dev)
            ws = fit(np.vstack([vectorise(rows[s], short) for s in dev]), np.concatenate([y_of[s] for s in dev]), 0.3)
            # ... raised, if need be, so that the hand-set default threshold maps onto this model's one: a short text
            # reports at least what the hand-set score reported ("short:" rows fitted on long texts only)
            ws[0] = max(ws[0], math.log(thr / (1 - thr)) - ws[1] * math.log(hand_thr / (1 - hand_thr)) + 1e-4)
            f.write("# a text too short to judge (senses.confidence): sigmoid(short:bias + short:hand_logit * logit(hand-set))\n")
            for n, v in zip(short, ws):
                f.write(f"short:{n}\t{v:.4f}\n")
        print(f"\nwritten: {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
