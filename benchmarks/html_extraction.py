"""HTML extraction against trafilatura's evaluation pages: body snippets, title and date.

Reads ../shared/data/html/ (pages/*.html.gz + gold.json). For every page the
reader and extractor run as in the pipeline; reported: the share of `with`
snippets found in the body (target ≥ 0.95), of `without` snippets leaking into
it (≤ 0.05), and exact title and date (≥ 0.9 each). `-v` lists the misses.

    python benchmarks/html_extraction.py [-v]
"""

from __future__ import annotations

import gzip
import html as htmllib
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html"


def norm(s: str | None) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", htmllib.unescape(s or ""))).strip()


def main(verbose: bool = False) -> None:
    if not (DATA / "gold.json").exists():
        sys.exit(f"dev data not found: {DATA} (benchmarks need ../shared/data beside the repo)")
    from eventwire.ingest import html

    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    found = wanted = leaked = unwanted = titles = dates = dated = dates_when_dated = 0
    started = time.perf_counter()
    for url, g in gold.items():
        raw = next(html.read(gzip.decompress((DATA / "pages" / f"{g['file']}.gz").read_bytes()), g["file"]))
        page = html.extract(raw.html or "", url)
        body = norm(page.text)
        miss = [s for s in g["with"] if norm(s) not in body]
        leak = [s for s in g["without"] if norm(s) in body]
        found += len(g["with"]) - len(miss)
        wanted += len(g["with"])
        leaked += len(leak)
        unwanted += len(g["without"])
        title_ok = norm(page.title) == norm(g["title"])
        date_ok = (page.published or "")[:10] == (g["date"] or "")
        titles += title_ok
        dates += date_ok
        dated += bool(g["date"])
        dates_when_dated += date_ok and bool(g["date"])
        if verbose and (miss or leak or not title_ok or not date_ok or page.error):
            print(f"{g['file']}: error={page.error} missing={miss} leaked={leak}")
            if not title_ok:
                print(f"    title {page.title!r} != {g['title']!r}")
            if not date_ok:
                print(f"    date {page.published!r} != {g['date']!r}")
    n = len(gold)
    seconds = time.perf_counter() - started
    print(f"pages                  {n}")
    print(f"with snippets found    {found / wanted:.3f}  ({found}/{wanted}; target >= 0.95)")
    print(f"without snippets leak  {leaked / unwanted:.3f}  ({leaked}/{unwanted}; target <= 0.05)")
    print(f"title exact            {titles / n:.3f}  ({titles}/{n}; target >= 0.9)")
    print(f"date exact             {dates_when_dated / dated:.3f}  ({dates_when_dated}/{dated} pages with a gold date;"
          " target >= 0.9)")
    print(f"date exact, all pages  {dates / n:.3f}  ({dates}/{n}; a page without a gold date counts as right"
          " only if none is found)")
    print(f"seconds per page       {seconds / n:.3f}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
