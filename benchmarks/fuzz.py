"""A longer fuzz run than the test suite's property tests: nothing may escape.

    python benchmarks/fuzz.py [--minutes 10] [--seed N] [--out /tmp/eventwire-fuzz]

Loops until time is up over random and mutated inputs (text, HTML, JSON Lines, RSS/Atom,
WARC, gzipped, UTF-16, surrogate and control characters) and sends each one the whole way:
format detection, the reader (auto and every forced format), the pipeline in batches of
eight, every export of the records, ``to_json``. Prints inputs tried per kind and every
exception that escaped (the input is saved under --out to reproduce it); also counts the
documents the readers' last-resort guard caught, which a reader should have handled itself.
"""

from __future__ import annotations

import argparse
import gzip
import io
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def seeds() -> dict[str, bytes]:
    from test_ingest import ATOM, PAGE, RSS, STORY, jsonl_bytes, make_warc


    sample = (ROOT / "eventwire" / "samples" / "sample_article.txt").read_bytes()
    return {"text": STORY.encode(), "sample": sample, "html": PAGE.encode(), "jsonl": jsonl_bytes(), "rss": RSS,
            "atom": ATOM, "warc": make_warc(False), "warc.gz": make_warc(True), "html.gz": gzip.compress(PAGE.encode()),
            "utf16": sample.decode("utf-8").encode("utf-16-le")}


NASTY = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"&#xD800;", b"&#0;", b"\xed\xa0\x80", b"<", b"]]>", b"\r\n\r\n",
         b"WARC/1.0\r\n", b"<?xml version='1.0' encoding='x-bad'?>", b'{"text": "\\ud800"}', b"\x1f\x8b", "“”".encode(),
         b"<item>", b"</channel>", b"Content-Length: 999999\r\n", b"\n" * 50, b" " * 200]


def mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randint(0, len(buf)) if buf else 0
        kind = rng.choice(["flip", "cut", "insert", "nasty", "delete", "repeat", "splice"])
        if kind == "flip" and buf:
            buf[min(i, len(buf) - 1)] ^= rng.randint(1, 255)
        elif kind == "cut":
            del buf[i:]
        elif kind == "insert":
            buf[i:i] = rng.randbytes(rng.randint(1, 16))
        elif kind == "nasty":
            buf[i:i] = rng.choice(NASTY)
        elif kind == "delete":
            del buf[i : i + rng.randint(1, 64)]
        elif kind == "repeat":
            buf[i:i] = buf[i : i + rng.randint(1, 400)] * rng.randint(1, 5)
        elif kind == "splice":
            j = rng.randint(0, len(buf))
            buf[i:i] = buf[j : j + rng.randint(1, 200)]
    return bytes(buf)


def random_text(rng: random.Random) -> bytes:
    n = rng.randint(0, 3000)
    if rng.random() < 0.5:
        return rng.randbytes(n)
    chars = [chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0xD7FF), rng.randint(0xD800, 0xDFFF),
                             rng.randint(0xE000, 0x10FFFF)])) for _ in range(n)]
    return "".join(chars).encode("utf-8", "surrogatepass")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--out", default="/tmp/eventwire-fuzz", help="folder for inputs that made something escape")
    args = ap.parse_args()

    from eventwire import Pipeline, export
    from eventwire.ingest import FORMATS, detect, read_bytes

    rng = random.Random(args.seed)
    base = seeds()
    pipe = Pipeline(batch_size=8, doc_timeout=120)
    out = Path(args.out)
    tried, escaped, guarded, docs_seen = Counter(), [], 0, 0
    stop = time.monotonic() + 60 * args.minutes
    started = time.monotonic()
    while time.monotonic() < stop:
        kind = rng.choice([*base, "random"])
        data = random_text(rng) if kind == "random" else mutate(rng, base[kind])
        tried[kind] += 1
        stage = "detect"
        try:
            name = f"input.{kind}"
            fmt = detect.sniff(data, name)
            stage = "read"
            raws = list(read_bytes(data, name, fmt))
            for other in rng.sample(FORMATS[1:], 2):
                raws += list(read_bytes(data, name, other))
            guarded += sum(bool(r.error and r.error.startswith("unreadable ") and " input (" in r.error) for r in raws)
            stage = "pipeline"
            arts = list(pipe.pipe(raws))
            docs_seen += len(arts)
            stage = "export"
            for f in export.FORMATS:
                export.write(arts, f, io.BytesIO(), header=True)
            for a in arts:
                a.to_json()
        except Exception:
            out.mkdir(parents=True, exist_ok=True)
            path = out / f"escape-{len(escaped)}-{kind}.bin"
            path.write_bytes(data)
            escaped.append((kind, stage, traceback.format_exc(limit=6), path))
            print(f"ESCAPED at {stage} on {kind} input (saved {path}):\n{escaped[-1][2]}", flush=True)
    seconds = time.monotonic() - started
    total = sum(tried.values())
    print(f"fuzz seed {args.seed}: {total:,} inputs in {seconds / 60:.1f} min ({total / seconds:.1f}/s), "
          f"{docs_seen:,} documents through the pipeline and every export")
    print("inputs per kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(tried.items())))
    print(f"documents caught by the readers' last-resort guard: {guarded:,}")
    print(f"exceptions that escaped: {len(escaped)}")
    sys.exit(1 if escaped else 0)


if __name__ == "__main__":
    main()
