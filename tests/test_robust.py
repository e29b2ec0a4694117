"""No input ends a batch (issue 15): the five inputs that once did, and property tests that
throw random and mutated input at every reader, at ``extract`` and at every export.

Hypothesis runs a bounded, derandomized set of examples per property (the same in every CI
run; no deadline: spaCy's first call is slow), so the file stays within a minute or two;
``benchmarks/fuzz.py`` explores at random for longer.
"""

from __future__ import annotations

import gzip
import io
import time

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import Pipeline, export, extract
from eventwire.pipeline import STAGES, Stage
from eventwire.ingest import FORMATS, RawDoc, detect, read_bytes
from eventwire.model import Article
from test_ingest import ATOM, PAGE, RSS, STORY, jsonl_bytes, make_warc

QUICK = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
READERS = FORMATS[1:]


def corrupt_gzip(payload: bytes = STORY.encode() * 4) -> bytes:
    """A gzip stream whose deflate data is damaged (the header and trailer are intact)."""
    z = gzip.compress(payload)
    return z[:20] + bytes(b ^ 0x55 for b in z[20:40]) + z[40:]


def _check(docs: list[RawDoc]) -> None:
    assert docs, "every input yields at least one document or error record"
    for d in docs:
        assert isinstance(d, RawDoc) and d.source
        assert d.error or d.text is not None or d.html is not None


# --- the five inputs that ended a whole batch -----------------------------------------------------------


@pytest.mark.parametrize("fmt", READERS)
def test_corrupt_gzip_is_an_error_record_in_every_format(fmt):
    data = corrupt_gzip()
    assert detect.sniff(data, "story.txt.gz") == "text"  # the name decides what the damaged content cannot
    (doc,) = read_bytes(data, "story.gz", fmt)
    assert doc.error and ("corrupt gzip" in doc.error or "WARC" in doc.error)


def test_cut_short_gzip_says_so():
    (doc,) = read_bytes(gzip.compress(STORY.encode())[:60], "story.txt.gz", "text")
    assert doc.error == "gzip data is cut short (truncated file)"


@pytest.mark.parametrize("ref", [b"&#xD800;", b"&#55296;", b"&#xDFFF;", b"&#x110000;", b"&#0;", b"&#99999999999;"])
def test_feed_with_an_impossible_character_reference_is_read(ref):
    docs = list(read_bytes(RSS.replace(b"Daily Courier", b"Daily " + ref + b" Courier"), "feed.xml", "rss"))
    assert [d.source for d in docs] == ["feed.xml#1", "feed.xml#2"] and not any(d.error for d in docs)
    assert docs[0].outlet.startswith("Daily") and docs[0].outlet.endswith("Courier")


@pytest.mark.parametrize("encoding", [b"x-no-such-codec", b"utf\x00-8", b"\x00", b"utf-32", b"cp037", b"utf-16",
                                      b"rot13", b"hex", b"zlib"])
def test_feed_declaring_an_unusable_encoding_is_read(encoding):
    body = RSS.split(b"?>", 1)[1].replace(b"Daily Courier", "Daily Courier – café".encode())
    docs = list(read_bytes(b'<?xml version="1.0" encoding="' + encoding + b'"?>' + body, "feed.xml", "rss"))
    _check(docs)
    assert any(d.html or d.text for d in docs) or all(d.error for d in docs)


def test_lone_surrogates_do_not_sink_a_python_batch():
    good = RawDoc(source="good", text=STORY)
    bad = RawDoc(source="bad\udc80", text=STORY.replace("capital", "capital \ud800"), title="Raid \udfff")
    arts = list(Pipeline().pipe([good, bad, RawDoc(source="good2", text=STORY)]))
    assert [a.source for a in arts] == ["good", "bad\ufffd", "good2"]
    assert all(a.events and not a.errors for a in arts)
    assert "\ufffd" in arts[1].text and arts[1].title == "Raid \ufffd"
    for a in arts:
        assert orjson.loads(a.to_json())["id"] == a.id


def test_to_json_repairs_surrogates_without_moving_offsets():
    art = Article(id="x", text="bad \udc80 text \ud83d\ude00")
    record = orjson.loads(art.to_json())
    assert record["text"] == "bad \ufffd text \ufffd\ufffd" and len(record["text"]) == len(art.text)


def test_a_feed_link_that_is_no_url_exports():
    """Found by benchmarks/fuzz.py: an entry link with an unclosed IPv6 bracket."""
    feed = RSS.replace(b"<link>https://courier.example/raid</link>", b"<link>http://[courier.example/raid</link>")
    arts = list(Pipeline().pipe(read_bytes(feed, "feed.xml", "rss")))
    assert arts[0].url == "http://[courier.example/raid"
    for fmt in export.FORMATS:
        export.write(arts, fmt, io.BytesIO())


def test_truncated_feed_says_so():
    docs = list(read_bytes(RSS[: int(len(RSS) * 0.6)], "feed.xml", "rss"))
    assert docs[-1].source == "feed.xml" and docs[-1].error.startswith("feed is cut short")
    assert docs[0].html and not docs[0].error


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_warc_says_so(gzipped):
    from warcio.archiveiterator import ArchiveIterator

    data = make_warc(gzipped)
    archive = ArchiveIterator(io.BytesIO(data))
    ends = [archive.offset for _ in archive]  # a cut exactly between records leaves a valid, shorter archive
    for cut in range(200, len(data), 97):
        docs = list(read_bytes(data[:cut], "crawl.warc", "warc"))
        _check(docs)
        if any(0 <= cut - end <= 4 for end in ends):
            continue
        # an archive cut inside a record always ends in an error record that says so
        assert docs[-1].error and ("cut short" in docs[-1].error or "unreadable" in docs[-1].error), (cut, docs[-1])


def test_bomless_utf16_is_decoded():
    for codec in ("utf-16-le", "utf-16-be"):
        (doc,) = read_bytes(STORY.encode(codec), "story.txt", "text")
        assert doc.text == STORY and doc.error is None


def test_short_text_is_too_short_not_foreign():
    art = extract(text="Hi there")
    assert [e.stage for e in art.errors] == ["clean"] and "too short to analyse" in art.errors[0].message
    assert "English" not in art.errors[0].message and "cut" not in art.errors[0].message


def test_a_runaway_stage_becomes_an_error_record_and_the_batch_goes_on():
    def stuck(parsed):  # a stage caught in a loop on this one document
        if "stuck" in parsed.article.text:
            while True:
                time.sleep(0.01)

    names = list(STAGES)
    # generous enough for a loaded machine to parse the three
    pipe = Pipeline(stages=[names[0], Stage("stuck", stuck, requires=("actors",)), *names[1:]], doc_timeout=5)
    started = time.monotonic()
    first, runaway, last = pipe.pipe([RawDoc(source="a", text=STORY), RawDoc(source="b", text=STORY + " It got stuck."),
                                      RawDoc(source="c", text=STORY)])
    assert time.monotonic() - started < 60
    assert [e.stage for e in runaway.errors] == ["stuck"] and "--doc-timeout" in runaway.errors[0].message
    assert runaway.actors and not runaway.events  # what was found before it stopped is kept
    assert not first.errors and not last.errors and last.events


def test_a_failing_spacy_batch_is_parsed_one_by_one(monkeypatch):
    from eventwire import nlp

    real = nlp.parse_many

    def picky(texts, *args, **kwargs):  # spaCy raising on one document of a batch
        texts = list(texts)
        if any("poison" in t for t in texts) and len(texts) > 1:
            raise RuntimeError("batch failed")
        if any("poison" in t for t in texts):
            raise RuntimeError("this document cannot be parsed")
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(nlp, "parse_many", picky)
    arts = list(Pipeline().pipe([RawDoc(source="a", text=STORY), RawDoc(source="b", text=STORY + " poison"),
                                 RawDoc(source="c", text=STORY)]))
    assert [bool(a.events) for a in arts] == [True, False, True]
    assert [e.stage for e in arts[1].errors] == ["nlp"] and "cannot be parsed" in arts[1].errors[0].message


# --- property tests: random and mutated input -----------------------------------------------------------

SEEDS = {
    "text": STORY.encode(), "html": PAGE.encode(), "jsonl": jsonl_bytes(), "rss": RSS + b"\n" + ATOM[:0],
    "atom": ATOM, "warc": make_warc(False), "warc.gz": make_warc(True), "html.gz": gzip.compress(PAGE.encode()),
}
MUTATION = st.tuples(st.sampled_from(["flip", "cut", "insert", "delete", "repeat"]), st.floats(0, 1),
                     st.binary(min_size=1, max_size=12))


def mutate(data: bytes, ops: list[tuple[str, float, bytes]]) -> bytes:
    """``data`` with each operation applied at a relative position: a flipped byte, a cut tail,
    inserted or deleted bytes, a repeated stretch."""
    buf = bytearray(data)
    for kind, where, payload in ops:
        i = int(where * len(buf))
        if kind == "flip" and buf:
            buf[min(i, len(buf) - 1)] ^= payload[0] or 1
        elif kind == "cut":
            del buf[i:]
        elif kind == "insert":
            buf[i:i] = payload
        elif kind == "delete":
            del buf[i : i + len(payload)]
        elif kind == "repeat":
            buf[i:i] = buf[i : i + 4 * len(payload)]
    return bytes(buf)


@QUICK
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(READERS))
def test_every_reader_survives_random_bytes(data, fmt):
    _check(list(read_bytes(data, "random", fmt)))
    detect.sniff(data, "random")


@QUICK
@given(seed=st.sampled_from(sorted(SEEDS)), ops=st.lists(MUTATION, min_size=1, max_size=6))
def test_every_reader_survives_mutated_input(seed, ops):
    data = mutate(SEEDS[seed], ops)
    fmt = detect.sniff(data, f"input.{seed}")
    _check(list(read_bytes(data, f"input.{seed}", fmt)))
    for other in READERS:  # and read as every other format, as a wrong --input-format would
        _check(list(read_bytes(data, f"input.{seed}", other)))


ANY_CHAR = st.characters(blacklist_categories=())  # surrogates and control characters included
WORDS = st.sampled_from(["Police", "arrested", "seven", "people", "in", "Paris", "on", "Tuesday", "said", "“", "”",
                         '"', "Obama", "met", "Putin", "last", "week", ",", ".", "\n\n", "2,000", "killed", "\ud800",
                         "\x00", "ISIL", "November", "24", "and", "26", "at", "6.10am", "according", "to", "he"])


@SLOW
@given(text=st.one_of(st.text(ANY_CHAR, max_size=400), st.lists(WORDS, max_size=120).map(" ".join)),
       published=st.one_of(st.none(), st.text(max_size=20), st.dates().map(str)))
def test_extract_survives_any_text(text, published):
    art = extract(text=text, published=published)
    assert isinstance(art, Article)
    orjson.loads(art.to_json())
    for e in art.errors:
        assert e.stage and e.message


@SLOW
@given(ops=st.lists(MUTATION, min_size=1, max_size=8))
def test_extract_survives_mutated_news(ops):
    text = mutate(STORY.encode() * 2, ops).decode("utf-8", "surrogateescape")  # may hold lone surrogates
    art = extract(text=text, published="2015-11-18")
    orjson.loads(art.to_json())


@SLOW
@given(ops=st.lists(MUTATION, min_size=1, max_size=8))
def test_extract_survives_mutated_html(ops):
    art = extract(html=mutate(PAGE.encode(), ops).decode("utf-8", "replace"))
    orjson.loads(art.to_json())


# records with anything in them: dangling ids, odd dates and codes, empty and surrogate strings
IDS = st.sampled_from(["a1", "a2", "l1", "e1", "zz", ""]) | st.none()
ODD = st.text(ANY_CHAR, max_size=12)
DATES = st.sampled_from(["2015-11-17", "2015-W47", "2015-W46-WE", "2015-11", "2015", "0000-00-00", "2015-13-45",
                         "9999-W99", "", "x"]) | st.none() | ODD
OFFSETS = st.lists(st.lists(st.integers(-5, 500), min_size=0, max_size=3), max_size=3)


def _article(draw) -> Article:
    from eventwire.model import Actor, Count, DateMention, Event, Location, Plover, Quote, Ref, Tone, Trigger

    text = draw(st.text(ANY_CHAR, max_size=200))
    actors = [Actor(id=f"a{i}", name=draw(ODD), code=draw(st.none() | ODD), country=draw(st.none() | ODD),
                    sectors=draw(st.lists(ODD, max_size=2)), mentions=draw(OFFSETS),
                    other_mentions=[Ref(draw(st.sampled_from(["title", "captions/0", "captions/9", "x"])),
                                        draw(st.integers(-3, 50)), draw(st.integers(-3, 50)))])
              for i in range(1, draw(st.integers(0, 3)) + 1)]
    locations = [Location(id=f"l{i}", name=draw(ODD), country=draw(st.none() | ODD), admin1=draw(st.none() | ODD),
                          lat=draw(st.none() | st.floats(allow_nan=True)), lon=draw(st.none() | st.floats()),
                          geonameid=draw(st.none() | st.integers(-10, 10**12)),
                          feature=draw(st.none() | st.sampled_from(["city", "country", "admin1", "sea", "x"])),
                          mentions=draw(OFFSETS)) for i in range(1, draw(st.integers(0, 2)) + 1)]
    events = [Event(id=f"e{i}", sentence=draw(st.integers(-2, 30)),
                    trigger=Trigger(draw(ODD), draw(st.integers(-5, 300)), draw(st.integers(-5, 300))),
                    cameo=draw(st.sampled_from(["0312", "190", "14", "", "x"])), cameo_root=draw(ODD),
                    quad_class=draw(st.integers(-1, 5)), goldstein=draw(st.floats(allow_nan=True)),
                    plover=Plover(draw(ODD), draw(st.none() | ODD)), source=draw(IDS), target=draw(IDS),
                    date=draw(DATES), date_precision=draw(st.none() | st.sampled_from(["day", "week", "month", "year",
                                                                                        "publication", "x"])),
                    location=draw(IDS), status=draw(st.sampled_from(["occurred", "intended", "negated", "hypothetical"])),
                    evidence=draw(ODD),
                    mentions=[Ref(draw(st.sampled_from(["text", "title", "captions/0", "y"])), draw(st.integers(-3, 300)),
                                  draw(st.integers(-3, 300)))] * draw(st.integers(0, 2)))
              for i in range(1, draw(st.integers(0, 3)) + 1)]
    return Article(
        id=draw(st.text(max_size=16)), text=text,
        url=draw(st.none() | ODD | st.sampled_from(["https://x.example/a?b#c", "http://[broken/a", "https://[::1]:99999/",
                                                    "//no-scheme", "https://www.x.example"])),
        source=draw(st.none() | ODD), outlet=draw(st.none() | ODD), title=draw(st.none() | ODD),
        published=draw(DATES | st.sampled_from(["2015-11-18T13:43:00", "2015-11-18T25:00:00"])),
        captions=draw(st.lists(ODD, max_size=2)), actors=actors, events=events, locations=locations,
        dates=[DateMention(draw(ODD), draw(st.integers(-3, 99)), draw(st.integers(-3, 99)), draw(DATES) or "",
                           field=draw(st.sampled_from(["text", "title", "captions/3"])))] * draw(st.integers(0, 1)),
        quotes=[Quote(draw(ODD), 0, 3, speaker=draw(IDS), speaker_text=draw(st.none() | ODD))] * draw(st.integers(0, 1)),
        counts=[Count(draw(st.sampled_from(["KILL", "ARREST", "x"])), draw(st.integers(-5, 10**15)), -1, 400,
                      object=draw(st.none() | ODD), event=draw(IDS), location=draw(IDS))] * draw(st.integers(0, 1)),
        tone=draw(st.none() | st.builds(Tone, st.floats(), st.floats(), st.floats(), st.integers(-1, 10**6))),
        themes=draw(st.lists(ODD, max_size=2)),
    )


articles = st.composite(lambda draw: _article(draw))()


@QUICK
@given(batch=st.lists(articles, max_size=3), fmt=st.sampled_from(export.FORMATS), header=st.booleans())
def test_every_export_survives_any_record(batch, fmt, header):
    out = io.BytesIO()
    export.write(batch, fmt, out, header=header)
    data = out.getvalue().decode("utf-8")
    lines = data.split("\n")[:-1] if data else []  # records end in "\n"; other line breaks are data
    if fmt in ("jsonl", "plover"):
        for line in lines:
            orjson.loads(line)
    elif fmt in export.TABLES:
        width = len(export.TABLES[fmt][0])
        assert all(line.count("\t") == width - 1 for line in lines)


@SLOW
@given(batch=st.lists(articles, min_size=1, max_size=2))
def test_records_survive_a_json_round_trip(batch):
    for art in batch:
        again = Article.from_json(art.to_json())
        assert again.id == art.id and len(again.events) == len(art.events)
