"""What the exports cost, and whether real output reads back as GDELT readers expect.

    python benchmarks/export.py [--limit N]

Runs the pipeline over the first N Wikinews 2019 articles, then times each export
on the whole batch and reads the GDELT tables back with pandas and DuckDB
(every line has the codebook's column count; numeric columns come back numeric).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019.csv"
sys.path.insert(0, str(ROOT))

NUMERIC = {
    "gdelt-events": ("GLOBALEVENTID", "SQLDATE", "FractionDate", "GoldsteinScale", "NumMentions", "AvgTone",
                     "ActionGeo_Lat", "DATEADDED"),
    "gdelt-mentions": ("GLOBALEVENTID", "SentenceID", "Actor1CharOffset", "ActionCharOffset", "Confidence",
                       "MentionDocTone"),
    "gdelt-gkg": ("DATE", "SourceCollectionIdentifier"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"dev data {DATA} not present (only the development checkout has ../shared/data)")

    import duckdb
    import pandas as pd

    from eventwire import export
    from eventwire.ingest import RawDoc
    from eventwire.pipeline import Pipeline

    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[: args.limit]
    docs = [RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["date"], title=r["title"]) for r in rows]
    pipeline = Pipeline()
    started = time.perf_counter()
    articles = list(pipeline.pipe(docs))
    took = time.perf_counter() - started
    print(f"pipeline: {len(articles)} articles, {sum(len(a.events) for a in articles)} events, {took:.2f} s")
    for fmt in ("gdelt-events", "gdelt-mentions", "gdelt-gkg", "plover"):
        buf = io.BytesIO()
        started = time.perf_counter()
        n = export.write(articles, fmt, buf, header=fmt != "plover")
        spent = time.perf_counter() - started
        line = f"{fmt:15s} {n:5d} records  {spent * 1000:7.1f} ms  ({spent / took:.2%} of pipeline time)"
        if fmt in export.TABLES:
            columns = export.TABLES[fmt][0]
            text = buf.getvalue().decode("utf-8")
            widths = {len(x.split("\t")) for x in text.splitlines()}
            df = pd.read_csv(io.StringIO(text), sep="\t", quoting=3)
            numeric = all(pd.api.types.is_numeric_dtype(df[c]) for c in NUMERIC[fmt])
            with tempfile.NamedTemporaryFile("wb", suffix=".tsv") as tmp:
                tmp.write(buf.getvalue())
                tmp.flush()
                rel = duckdb.read_csv(tmp.name, delimiter="\t", header=True, quotechar="", escapechar="")
                duck = dict(zip(rel.columns, map(str, rel.types)))
            duck_ok = all(duck[c] in ("BIGINT", "DOUBLE", "INTEGER") for c in NUMERIC[fmt])
            line += f"  columns {sorted(widths)} (want {len(columns)}), numeric in pandas {numeric}, duckdb {duck_ok}"
        print(line)


if __name__ == "__main__":
    main()
