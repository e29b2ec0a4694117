"""Real-world text: mojibake repaired before any offset exists; all-lowercase text recased for parsing."""

from __future__ import annotations

import csv

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

import eventwire
from eventwire.clean import clean, repair
from eventwire.ingest import RawDoc
from eventwire.pipeline import Pipeline

from conftest import shared

# UTF-8 text read as something else: what archives, old CMSs and mis-configured scrapers hand over.
MISDECODINGS = {
    "latin-1": lambda b: b.decode("latin-1"),
    "cp1252, undefined bytes kept (as browsers and Windows read it)": lambda b: b.decode("sloppy-windows-1252"),
    "cp1252, undefined bytes replaced with U+FFFD": lambda b: b.decode("cp1252", errors="replace"),
    "cp1252, undefined bytes dropped": lambda b: b.decode("cp1252", errors="ignore"),
}
LOSSLESS = list(MISDECODINGS)[:2]

STORY = (
    "Police raid flat in Lyon\n\n"
    "Police in Lyon arrested three men on Tuesday after a raid on a flat in the city’s north, "
    "officials said.\n\n"
    "“Three men were detained overnight,” said Amélie Durand, a spokeswoman for the prefecture — "
    "adding that two officers were wounded. “The operation – planned for weeks – is over.”"
)


def wikinews() -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    rows: list[dict[str, str]] = []
    for year in ("2019", "2020"):
        with open(shared(f"wikinews/wikinews_{year}.csv"), encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f))
    return rows


def record(text: str) -> dict:
    d = eventwire.extract(text=text, published="2020-01-01").to_dict()
    d.pop("id")  # a hash of the text it was given, by design
    return d


@pytest.mark.parametrize("name", MISDECODINGS)
def test_misdecoded_story_gives_the_same_record(name):
    misread = MISDECODINGS[name](STORY.encode("utf-8"))
    assert "Amélie" not in misread and "Ã©" in misread
    clean_record = record(STORY)
    assert clean_record["quotes"] and clean_record["counts"]
    assert record(misread) == clean_record


def test_issue_example_keeps_its_quote():
    text = "Police raided a flat in Lyon on Tuesday.\n\nâ€œThree men were detained overnightâ€\ufffd, he said."
    art = eventwire.extract(text=text, published="2020-01-01")
    assert art.text.endswith("“Three men were detained overnight”, he said.")
    assert [q.text for q in art.quotes] == ["Three men were detained overnight"]
    assert [(c.kind, c.number) for c in art.counts] == [("ARREST", 3)]


def test_curly_quotes_dashes_and_accents_are_left_as_written():
    for text in (STORY, "It’s “fine” — isn’t it? – Zürich, São Paulo, Łódź, naïve café, 5 €, ½.",
                 "The ‘thaw’ … was “real”; Ã is a letter, as is Ð.", "Straight \"quotes\" and 'single' ones."):
        assert repair(text) == text


def test_repair_leaves_every_wikinews_article_unchanged():
    rows = wikinews()
    changed = [r["title"] for r in rows if repair(r["text"]) != r["text"] or repair(r["title"]) != r["title"]]
    assert changed == []


def test_misdecoded_wikinews_cleans_to_the_same_text():
    rows = wikinews()
    for r in rows:
        page = f"{r['title']}\n\n{r['text']}"
        want = clean(page)
        for name in LOSSLESS:
            got = clean(MISDECODINGS[name](page.encode("utf-8")))
            assert (got.title, got.text) == (want.title, want.text), (name, r["title"])


def test_misdecoded_wikinews_records_equal_the_clean_ones():
    # a handful of articles whose text holds non-ASCII characters, so the misreading changes them
    rows = [r for r in wikinews() if not r["text"].isascii() and len(r["text"]) < 4000][:4]
    assert len(rows) == 4
    # every event, whatever its confidence: the records must be equal, not only the confident part
    # (a crash story's only events are low-confidence readings, below the default threshold)
    pipeline = Pipeline(min_confidence=0)
    docs = []
    for i, r in enumerate(rows):
        page = f"{r['title']}\n\n{r['text']}".encode("utf-8")
        for name, misread in MISDECODINGS.items():
            docs.append(RawDoc(source=f"{i}/{name}", text=misread(page), published=r["date"]))
        docs.append(RawDoc(source=f"{i}/clean", text=page.decode("utf-8"), published=r["date"]))
    # the id hashes the input as given (by design) and the source names it: the fields left out
    records = {raw.source: {k: v for k, v in art.to_dict().items() if k not in ("id", "source")}
               for raw, art in zip(docs, pipeline.pipe(docs))}
    for i in range(len(rows)):
        want = records[f"{i}/clean"]
        assert want["actors"] and want["events"]
        for name in MISDECODINGS:
            # a lossy reading can be undone only where the lost byte is knowable (the closing quote)
            text = docs[i * 5 + list(MISDECODINGS).index(name)].text
            if name in LOSSLESS or "\ufffd" not in text.replace("â€\ufffd", ""):
                assert records[f"{i}/{name}"] == want, (rows[i]["title"], name)


def test_misdecoded_html_page_is_repaired():
    html = ("<html><head><title>Police raid flat in Lyon</title></head><body><article><h1>Police raid flat in Lyon</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")[1:]) + "</article></body></html>")
    want = eventwire.extract(html=html, published="2020-01-01")
    got = eventwire.extract(html=html.encode("utf-8").decode("cp1252", errors="replace"), published="2020-01-01")
    assert got.text == want.text and "“Three men were detained overnight,”" in got.text
    assert got.to_dict()["quotes"] == want.to_dict()["quotes"] != []


# ---------------------------------------------------------------- all-lowercase text

from eventwire import actor_lexicon, nlp  # noqa: E402

LOWER_STORY = (
    "putin meets macron in paris\n\n"
    "russian president vladimir putin met french president emmanuel macron in paris on tuesday, "
    "officials said. putin promised support, and the two leaders condemned the attack in latakia.\n\n"
    "police in lyon arrested three men on wednesday, said amélie durand, a spokeswoman for the prefecture. "
    "abaaoud, the suspected organiser, was not among them. mr. smith may appeal the decision.\n\n"
    "\"we will not sign it,\" the kremlin said in a statement carried by the state news agency."
)


def lowered(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def test_lowercase_text_is_detected_and_normal_text_is_left_alone():
    assert nlp.is_lowercase(LOWER_STORY)
    assert not nlp.is_lowercase(STORY)
    assert nlp.recase(STORY, actor_lexicon.lexicon()) is None
    assert not nlp.is_lowercase("a short lowercase caption")  # too short to judge alone


def test_recaser_restores_the_capitals_a_newspaper_prints():
    recased = nlp.recase(LOWER_STORY, actor_lexicon.lexicon())
    assert len(recased) == len(LOWER_STORY) and recased.lower() == LOWER_STORY
    for name in ("Russian president Vladimir Putin", "French president Emmanuel Macron", "Paris on Tuesday",
                 "Latakia", "Police in Lyon", "Wednesday", "Amélie Durand", "Abaaoud", "Mr. Smith may appeal",
                 "Putin promised", "\"We will not sign", "the Kremlin said"):
        assert name in recased, name
    assert " may appeal" in recased and "the state news agency" in recased  # ordinary words stay as they are


def test_titles_make_ordinary_words_names():
    recased = nlp.recase(lowered("President Trump said on Monday that Prime Minister Truss would trump "
                                 "any offer the union may make, officials in London said. " * 3),
                         actor_lexicon.lexicon())
    assert "President Trump said" in recased and "prime minister Truss would trump" in recased
    assert "union may make" in recased


def test_lowercase_article_keeps_its_actors_and_events():
    art = eventwire.extract(text=LOWER_STORY, published="2015-11-18")
    assert art.text == LOWER_STORY.split("\n\n", 1)[1]  # the record keeps the text as written
    assert art.title == "putin meets macron in paris"
    putin = next(a for a in art.actors if a.name == "Vladimir Putin")
    assert putin.code == "RUSGOV"
    assert all(art.text[s:e].lower() == art.text[s:e] for a in art.actors for s, e in a.mentions)
    assert "putin" in {art.text[s:e] for s, e in putin.mentions}
    assert any(e.source == putin.id for e in art.events)
    assert any(a.code and a.code.startswith("FRA") for a in art.actors)
    assert {l.name for l in art.locations} >= {"Paris", "Lyon", "Latakia"}


def test_lowercased_wikinews_keeps_most_actors_and_sources():
    rows = [r for r in wikinews() if 1500 < len(r["text"]) < 4000][:5]
    docs = [RawDoc(source=f"{i}/{kind}", text=t(f"{r['title']}\n\n{r['text']}"), published=r["date"])
            for i, r in enumerate(rows) for kind, t in (("cased", str), ("lower", lowered))]
    got = {d.source: a for d, a in zip(docs, Pipeline().pipe(docs))}
    cased = [got[f"{i}/cased"] for i in range(len(rows))]
    lower = [got[f"{i}/lower"] for i in range(len(rows))]
    assert all(a.text == lowered(c.text) for a, c in zip(lower, cased))
    actors = sum(len(a.actors) for a in lower) / sum(len(a.actors) for a in cased)
    sourced = (sum(1 for a in lower for e in a.events if e.source)
               / max(1, sum(1 for a in cased for e in a.events if e.source)))
    assert actors >= 0.8 and sourced >= 0.8, (actors, sourced)


def test_no_cased_wikinews_article_is_taken_for_lowercase():
    assert [r["title"] for r in wikinews() if nlp.is_lowercase(r["text"])] == []


def test_first_names_and_words_in_other_scripts():
    text = lowered("Senator Elizabeth Warren met David Baker's biographer in Boston on Friday. "
                   "The moon landing was discussed. Officials said the talks went well. " * 2
                   + "Москва и Тегеран ответили. تهران " * 10)
    assert nlp.is_lowercase(text)  # words of scripts without case neither count for nor against
    recased = nlp.recase(text, actor_lexicon.lexicon())
    assert "Elizabeth Warren met David Baker's" in recased and "Boston on Friday" in recased
    assert "ответили" in recased  # a word of another script is no name for not being English
    assert "the moon landing" in recased.lower() and "The moon landing" in recased
