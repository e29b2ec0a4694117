"""Readers (text, HTML, JSON Lines, RSS/Atom, WARC), format detection, and the bad-input list of issue 2.

Every fixture is built here: invented pages, feeds and archives (WARCs written with warcio).
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import time

import orjson
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire import pipeline
from eventwire.ingest import detect, html, jsonl, read, read_bytes, rss, text, warc

STORY = (
    "Police arrested seven people in a northern suburb of the capital on Wednesday after a raid that "
    "lasted several hours, officials said. Two suspects were killed and four officers were wounded. "
    "The interior minister said the operation had prevented a new attack and thanked the security forces."
)

PAGE = f"""<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Suburb raid ends with seven arrests | Daily Courier</title>
<meta property="og:site_name" content="Daily Courier">
<meta property="og:title" content="Suburb raid ends with seven arrests">
<meta name="author" content="Jane Roe">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Suburb raid ends with seven arrests",
 "datePublished": "2015-11-18T13:43:00+01:00"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Suburb raid ends with seven arrests</h1>
<p>{STORY}</p>
<p>Residents described hearing explosions before dawn and said the streets were sealed off for most of the day.</p>
</article>
<footer><p>Subscribe to our newsletter for the latest headlines every morning.</p></footer>
</body></html>"""

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Daily Courier</title><link>https://courier.example/</link>
<item><title>Suburb raid ends</title><link>https://courier.example/raid</link><guid>raid-1</guid>
<pubDate>Wed, 18 Nov 2015 13:43:00 +0100</pubDate><author>jane@courier.example (Jane Roe)</author>
<description>&lt;p&gt;Police arrested seven people on Wednesday.&lt;/p&gt;</description></item>
<item><title>Match cancelled</title><link>https://courier.example/match</link>
<pubDate>Tue, 17 Nov 2015 20:00:00 +0100</pubDate><description>German police called off the football match in
Hanover on Tuesday evening, ninety minutes before kick-off, after a warning of a bomb threat.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Leaders meet</title><link href="https://wire.example/1"/><id>urn:wire:1</id>
<published>2015-11-17T09:30:00+01:00</published><updated>2015-11-18T10:00:00Z</updated>
<author><name>John Doe</name></author><summary>Short summary.</summary>
<content type="html">&lt;p&gt;Leaders met in Manila on Tuesday and agreed to share intelligence.&lt;/p&gt;</content>
</entry></feed>"""

FRENCH = ("La police a arrêté sept personnes mercredi dans une banlieue du nord de la capitale après un raid "
          "qui a duré plusieurs heures, selon les autorités. Deux suspects ont été tués.")

NO_DATE_PAGE = f"<html><body><article><p>{STORY}</p></article></body></html>"


def make_warc(gzipped: bool = True) -> bytes:
    """A crawl: a request, the page, an image, a 404, a dateless page and a metadata record."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)

    def response(uri: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8", **warc):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                         warc_headers_dict=warc or None)

    request = StatusAndHeaders("GET /raid HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
    for record in (
        writer.create_warc_record("https://courier.example/raid", "request", payload=io.BytesIO(b""),
                                  http_headers=request),
        response("https://courier.example/raid", PAGE.encode()),
        response("https://courier.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", ctype="image/png"),
        response("https://courier.example/gone", b"<html>gone</html>", status="404 Not Found"),
        response("https://courier.example/nodate", NO_DATE_PAGE.encode(), **{"WARC-Date": "2019-03-04T05:06:07Z"}),
        writer.create_warc_record("https://courier.example/raid", "metadata", payload=io.BytesIO(b"via: test"),
                                  warc_content_type="application/warc-fields"),
    ):
        writer.write_record(record)
    return buf.getvalue()


def jsonl_bytes() -> bytes:
    lines = [
        json.dumps({"id": "a1", "text": STORY, "url": "https://x.example/a", "published": "2015-11-18",
                    "title": "Raid", "outlet": "Courier"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"html": PAGE}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no body"}),
    ]
    return "\n".join(lines).encode()


# --- detection and decoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize("data, fmt", [
    (PAGE.encode(), "html"), (RSS, "rss"), (ATOM, "rss"), (make_warc(True), "warc"), (make_warc(False), "warc"),
    (jsonl_bytes(), "jsonl"), (STORY.encode(), "text"), (gzip.compress(PAGE.encode()), "html"),
], ids=["html", "rss", "atom", "warc.gz", "warc", "jsonl", "text", "html.gz"])
def test_sniff_by_content_not_name(data, fmt):
    assert detect.sniff(data, "download.bin") == fmt


def test_sniff_falls_back_on_the_name_only_for_mute_content():
    assert detect.sniff(b"", "empty.jsonl") == "jsonl"
    assert detect.sniff(b"\x00\x01", "blob.warc.gz") == "warc"


def test_decode():
    assert text.decode("café".encode("utf-8-sig")) == ("café", None)
    assert text.decode("café".encode("cp1252")) == ("café", None)
    assert text.decode("新闻".encode("gb2312"), ("gb2312",)) == ("新闻", None)
    assert text.decode("news".encode("utf-16")) == ("news", None)
    assert text.decode(gzip.compress(b"zipped story")) == ("zipped story", None)
    assert text.decode(b"  \n ")[1] == "empty document"
    assert text.decode(bytes(range(256)) * 40)[1] == "binary content, not text"


def test_html_reader_uses_the_declared_charset():
    page = '<html><head><meta charset="gb2312"><title>新闻</title></head><body><p>新闻报道</p></body></html>'
    assert next(html.read(page.encode("gb2312"), "p.html")).html == page


# --- HTML -----------------------------------------------------------------------------------------------------


def test_html_body_and_metadata():
    page = html.extract(PAGE, "https://courier.example/raid")
    assert page.error is None
    assert STORY in page.text and "Residents described" in page.text
    assert "Subscribe to our newsletter" not in page.text and "Sport" not in page.text
    assert page.title == "Suburb raid ends with seven arrests"  # the <h1>, not the <title> with the outlet
    assert page.outlet == "Daily Courier"
    assert page.author == "Jane Roe"
    assert page.published == "2015-11-18T13:43:00"  # the JSON-LD time, as the page wrote it


def test_html_page_states_its_own_address_but_not_a_home_page():
    """A saved page keeps the address it gives itself (canonical link), which says its outlet's country; a
    home page given as every page's canonical link is no article's address."""
    own = PAGE.replace("<head>", '<head><link rel="canonical" href="https://www.courier.co.uk/news/suburb-raid">')
    assert html.extract(own).url == "https://www.courier.co.uk/news/suburb-raid"
    home = PAGE.replace("<head>", '<head><link rel="canonical" href="https://www.courier.co.uk/">')
    assert html.extract(home).url is None
    assert html.extract(PAGE).url is None


def test_html_title_ignores_a_logo_h1():
    page = html.extract(f'<html><head><meta property="og:title" content="Seven held after raid"></head><body>'
                        f'<h1>Courier</h1><article><p>{STORY}</p></article></body></html>')
    assert page.title == "Seven held after raid"


def test_html_fragment_and_truncated_page():
    assert html.extract(f"<p>{STORY}</p>").text == STORY
    cut = PAGE[: PAGE.index("Two suspects")]
    page = html.extract(cut)
    assert page.error is None and page.text == STORY[: STORY.index(" Two suspects")]
    assert page.title == "Suburb raid ends with seven arrests"


def test_html_script_rendered_page_falls_back_on_the_json_ld_body():
    ld = json.dumps({"@type": "NewsArticle", "headline": "Raid", "articleBody": STORY})
    head = f'<head><script type="application/ld+json">{ld}</script></head>'
    page = html.extract(f'<html>{head}<body><div id="app"></div></body></html>')
    assert page.text == STORY and page.error is None


@pytest.mark.parametrize("markup", [
    "", "<html><body></body></html>", "<html><head><title>Empty</title></head></html>", "<div><script>x()</script></div>",
])
def test_html_without_text_reports_instead_of_raising(markup):
    page = html.extract(markup)
    assert page.error and not page.text


# --- JSON Lines, feeds, WARC ----------------------------------------------------------------------------------


def test_jsonl_reader_goes_on_after_bad_lines():
    docs = list(jsonl.read(jsonl_bytes(), "batch.jsonl"))
    assert [d.source for d in docs] == [f"batch.jsonl#{n}" for n in range(1, 6)]
    good, broken, page, array, empty = docs
    assert (good.id, good.text, good.url, good.published, good.title, good.outlet, good.error) == (
        "a1", STORY, "https://x.example/a", "2015-11-18", "Raid", "Courier", None)
    assert broken.error.startswith("malformed JSON line")
    assert page.html == PAGE and page.error is None
    assert "expected a JSON object" in array.error
    assert "no non-empty 'text' or 'html'" in empty.error


def test_jsonl_keeps_line_separators_inside_strings():
    docs = list(jsonl.read(json.dumps({"text": "one\u2028two"}, ensure_ascii=False).encode(), "s.jsonl"))
    assert len(docs) == 1 and docs[0].text == "one\u2028two"


def test_rss_reader():
    first, second = rss.read(RSS, "feed.xml")
    assert first.html == "<p>Police arrested seven people on Wednesday.</p>" and first.text is None
    assert (first.id, first.url, first.title, first.outlet) == (
        "raid-1", "https://courier.example/raid", "Suburb raid ends", "Daily Courier")
    assert first.published == "2015-11-18T13:43:00+01:00"
    assert second.text.startswith("German police called off") and second.html is None  # no markup: plain text


def test_atom_reader_prefers_content_and_the_published_date():
    (entry,) = rss.read(ATOM, "wire.atom")
    assert entry.html.startswith("<p>Leaders met in Manila")
    assert (entry.id, entry.url, entry.outlet, entry.author) == (
        "urn:wire:1", "https://wire.example/1", "Atom Wire", "John Doe")
    assert entry.published == "2015-11-17T09:30:00+01:00"


def test_rss_reader_on_a_broken_feed():
    entry, cut = rss.read(b"<rss><channel><title>x</title><item><title>y", "bad.xml")
    assert entry.source == "bad.xml#1" and entry.error == "feed entry has neither content nor summary"
    assert cut.source == "bad.xml" and cut.error.startswith("feed is cut short") and "read 1 entry," in cut.error


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_reader_keeps_html_200_responses_only(gzipped, caplog):
    with caplog.at_level(logging.INFO, logger="eventwire.ingest.warc"):
        docs = list(warc.read(make_warc(gzipped), "crawl.warc"))
    assert [d.url for d in docs] == ["https://courier.example/raid", "https://courier.example/nodate"]
    assert all(d.error is None and d.html for d in docs)
    raid, nodate = docs
    assert raid.published is None  # the page states its date: the capture date must not win
    assert nodate.published == "2019-03-04T05:06:07Z"  # no date in the page: the capture date stands in
    reasons = caplog.text
    assert "skipped request record" in reasons and "skipped metadata record" in reasons
    assert "skipped image/png content" in reasons and "skipped HTTP 404 response" in reasons


def test_corrupt_warc_yields_an_error_document():
    data = make_warc(False)
    page, broken = warc.read(data[: len(data) // 2], "cut.warc")  # the archive ends inside the image record
    assert page.url == "https://courier.example/raid" and page.error is None
    assert broken.error.startswith("unreadable WARC record")


def test_read_dispatches_on_detected_format(tmp_path):
    (tmp_path / "feed.bin").write_bytes(ATOM)
    (tmp_path / "missing.txt").unlink(missing_ok=True)
    docs = list(read([str(tmp_path / "feed.bin"), str(tmp_path / "missing.txt")]))
    assert docs[0].outlet == "Atom Wire"
    assert docs[1].error.startswith("cannot read file")


# --- bad input through the pipeline and the command -----------------------------------------------------------


@pytest.fixture(scope="module")
def articles():
    """Good and bad documents together, through one Pipeline: bad ones come back with errors."""
    from eventwire import Pipeline

    batch = {
        "text": list(read_bytes(STORY.encode(), "story.txt", "text")),
        "cp1252": list(read_bytes(("Café owners said " + STORY).encode("cp1252"), "latin.txt", "text")),
        "html": list(read_bytes(PAGE.encode(), "page.html", "html")),
        "truncated": list(read_bytes(PAGE[: PAGE.index("<p>Residents")].encode(), "cut.html", "html")),
        "empty": list(read_bytes(b"", "empty.txt", "text")),
        "binary": list(read_bytes(bytes(range(256)) * 40, "blob.bin", "text")),
        "undecodable": list(read_bytes(b"\x81\x8d\x8f\x90\x9d" * 20, "odd.txt", "text")),
        "french": list(read_bytes(FRENCH.encode(), "fr.txt", "text")),
        "jsonl": list(read_bytes(jsonl_bytes(), "batch.jsonl", "jsonl")),
        "warc": list(read_bytes(make_warc(), "crawl.warc.gz", "warc")),
        "feed": list(read_bytes(RSS, "feed.xml", "rss")),
    }
    docs = [d for group in batch.values() for d in group]
    out = list(Pipeline().pipe(docs))
    assert len(out) == len(docs)
    it = iter(out)
    return {name: [next(it) for _ in group] for name, group in batch.items()}


def _stages(article) -> set[str]:
    return {e.stage for e in article.errors}


def test_good_documents_come_through_clean(articles):
    for name in ("text", "cp1252", "html", "truncated", "feed"):
        for art in articles[name]:
            assert not art.errors, (name, art.errors)
            assert art.text and art.language == "en"
    (page,) = articles["html"]
    assert page.title == "Suburb raid ends with seven arrests" and page.outlet == "Daily Courier"
    assert page.published == "2015-11-18T13:43:00"
    assert articles["cp1252"][0].text.startswith("Café owners")


def test_bad_documents_yield_records_with_errors(articles):
    assert "empty document" in articles["empty"][0].errors[0].message
    assert "binary content" in articles["binary"][0].errors[0].message
    assert "undecodable bytes" in articles["undecodable"][0].errors[0].message
    assert _stages(articles["french"][0]) == {"language"}
    good, broken, page, array, empty = articles["jsonl"]
    assert not good.errors and not page.errors and good.id == "a1" and good.published == "2015-11-18T00:00:00"
    assert all(_stages(a) == {"ingest"} for a in (broken, array, empty))
    assert len({a.id for a in articles["jsonl"]}) == 5  # distinct records, not one merged failure


def test_warc_documents(articles):
    raid, nodate = articles["warc"]
    assert not raid.errors and raid.url == "https://courier.example/raid" and raid.published == "2015-11-18T13:43:00"
    assert not nodate.errors and nodate.published == "2019-03-04T05:06:07"


def big_text(size: int = 50_000_000) -> bytes:
    """A 50 MB 'article' of distinct lines (repeated lines would be dropped as boilerplate)."""
    parts, n, i = [], 0, 0
    while n < size:
        line = f"Police arrested {i} people in the suburb on Wednesday after raid number {i * 7}, officials said.\n"
        parts.append(line)
        n += len(line)
        i += 1
    return "".join(parts).encode()[:size]


@pytest.mark.slow
def test_50_mb_text_is_cut_with_an_error_not_a_crash():
    started = time.perf_counter()
    (raw,) = read_bytes(big_text(), "huge.txt", "text")
    assert raw.error is None and len(raw.text) == 50_000_000
    art, _, ok = pipeline.prepare(raw)
    assert ok and len(art.text) == pipeline.MAX_CHARS
    assert any(e.stage == "clean" and "cut to its first" in e.message for e in art.errors)
    assert time.perf_counter() - started < 90


def test_long_text_is_cut_with_an_error_in_the_pipeline():
    from eventwire import Pipeline

    (raw,) = read_bytes(big_text(60_000), "long.txt", "text")
    (art,) = Pipeline(max_chars=20_000).pipe([raw])
    assert len(art.text) == 20_000 and art.language == "en"
    assert [e.stage for e in art.errors] == ["clean"]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "story.txt").write_text(STORY)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "batch.jsonl").write_bytes(jsonl_bytes())
    (folder / "crawl.warc.gz").write_bytes(make_warc())
    return folder


def _extract(*args: str):
    from eventwire.cli import app

    return CliRunner().invoke(app, ["extract", *args])


def test_cli_keeps_going_and_reports_every_document(files):
    paths = [str(files / n) for n in ("story.txt", "empty.txt", "blob.bin", "batch.jsonl", "crawl.warc.gz")]
    result = _extract(*paths)
    assert result.exit_code == 0, result.output
    records = [orjson.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(records) == 1 + 1 + 1 + 5 + 2
    failed = [r for r in records if r["errors"]]
    assert len(failed) == 5  # empty, binary, and three bad JSON lines
    assert all({"stage", "message"} <= set(e) for r in failed for e in r["errors"])
    assert _extract("--strict", *paths).exit_code == 2


def test_cli_strict_passes_when_nothing_failed(files):
    assert _extract("--strict", str(files / "story.txt")).exit_code == 0


def test_a_headline_without_function_words_is_english_and_a_foreign_one_is_not():
    # headline style drops "the", "a", "of": its lowercase words are still English ones
    from eventwire import Pipeline
    from eventwire.ingest import RawDoc

    heads = ["Saudi Crown Prince Mohammed bin Salman met Biden.", "Kenyan police arrest 12 protesters in Nairobi.",
             "Polizei nimmt zwölf Demonstranten in Berlin fest.", "La police arrête douze manifestants à Paris."]
    met, arrest, german, french = Pipeline().pipe([RawDoc(source=f"h{i}", text=t) for i, t in enumerate(heads)])
    assert met.language == "en" and not met.errors and [e.plover.type for e in met.events] == ["CONSULT"]
    assert arrest.language == "en" and [e.plover.type for e in arrest.events] == ["COERCE"]
    assert _stages(german) == {"language"} and _stages(french) == {"language"} and not german.events
