"""spaCy access: one model per process, batches, and long texts in bounded chunks."""

from eventwire import nlp
from eventwire.model import Article

PARA = "The council met on Monday. It voted to close the harbour bridge after engineers found cracks.\n\n"


def test_model_loads_once():
    assert nlp.load() is nlp.load()


def test_chunks_are_bounded_and_lossless():
    text = PARA * 400
    pieces = nlp.chunks(text, size=2_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 2_000 for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:-1])  # cut at paragraph breaks


def test_chunks_cut_at_sentences_without_paragraphs():
    text = "The council met. " * 300
    pieces = nlp.chunks(text, size=1_000)
    assert "".join(pieces) == text and all(p.endswith(". ") for p in pieces[:-1])


def test_long_text_parses_to_one_doc_with_exact_text(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    text = PARA * 20
    (doc,) = nlp.parse_many([text])
    assert doc.text == text
    assert any(ent.text == "Monday" for ent in doc.ents)
    assert len(list(doc.sents)) == 40


def test_parse_gives_body_title_and_caption_docs():
    art = Article(id="1", text=PARA, title="Council shuts bridge", captions=["The bridge [AP]"])
    (parsed,) = nlp.parse([art], [None])
    assert parsed.body.text == PARA
    assert [name for name, _ in parsed.zones] == ["title", "captions/0"]
    assert parsed.sentence_index(PARA.index("It voted")) == 1


def test_headline_case_is_read_in_sentence_case_with_names_kept():
    title = "Activists Decry Kabul Bombings as Saint Vincent and the Grenadines Condemns Violence"
    assert nlp.sentence_case(title, "") == (
        "Activists decry Kabul bombings as Saint Vincent and the Grenadines condemns violence")
    assert nlp.sentence_case("Rebels seize a town in the north", "") is None  # already sentence case


def test_the_body_decides_between_name_and_word():
    body = "Mr Rose told reporters that the Bush administration would not fall."
    assert nlp.sentence_case("Rose Says Bush Will Not Fall", body) == "Rose says Bush will not fall"
    assert nlp.sentence_case("Storm Damages Rose Gardens Across Town", "The rose gardens were hit.") == (
        "Storm damages rose gardens across town")


def test_a_headline_cased_title_keeps_its_words_and_gets_a_sentence_case_parse():
    title = "Belarus Makes Concessions to the EU"
    (p,) = nlp.parse([Article(id="h", title=title, text="Belarus gave ground.")], [None])
    doc = dict(p.zones)["title"]
    assert doc.text == title
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "make" and doc[2].head.i == 1
    assert not any("Makes" in e.text for e in doc.ents)


def test_text_of_is_the_docs_own_text_for_every_parsed_field():
    """The text the stages read once per Doc is what spaCy would build: body, a sentence-cased
    title, captions, and an all-lowercase article parsed recased."""
    plain = Article(id="a", text=PARA * 3 + "Tabs\tand  double spaces  stay.", title="Council Votes To Close Bridge",
                    captions=["The harbour bridge (Photo: AP)"])
    lower = Article(id="b", text=("the council in london met on monday and voted to close the bridge. " * 4).strip(),
                    title="council closes bridge")
    for parsed in nlp.parse([plain, lower], [None, None]):
        for _, doc in parsed.all_docs:
            assert nlp.text_of(doc) == doc.text
    assert parsed.body.user_data.get("recased")


def test_a_caption_run_into_the_body_ends_its_sentence_before_a_capitalised_opener():
    # page text whose photo captions the extractor glued to the body, no full stop between them
    text = ("The minister greeted the delegation at the airport in March 2019 When the talks began "
            "the next day, the envoy thanked her. Reporters waited outside the hall He said the mood was good.")
    doc = nlp.load()(text)
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["The", "When", "Reporters", "He"]
    # a title or name is no new sentence: "Her Majesty", after a capitalised word, after a word no sentence ends with
    for kept in ("The judge said the advice to Her Majesty was unlawful.",
                 "He starred in The Thick of It before the election.",
                 "Mourners wrote Rest In Peace on the wall."):
        assert len(list(nlp.load()(kept).sents)) == 1, kept
