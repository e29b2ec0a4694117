"""speed11: the fast doc scans give exactly the tokens a walk over the doc would (invented sentences)."""

from __future__ import annotations

from eventwire import actor_lexicon, events, nlp, syntax

TEXTS = [
    "The state sued the company. They said it was unfair, and the country's president agreed.",
    "Mr. Okonkwo met the federation; OKONKWO later told the pair that the nation would wait.",
    "",
    "Rain.",
]


def test_tokens_among_matches_a_walk():
    words = {"the", "they", "it", "country", "pair", "nation", "state"}
    for text in TEXTS:
        doc = nlp.load()(text)
        assert [t.i for t in syntax.tokens_among(doc, words)] == [t.i for t in doc if t.lower_ in words]
        table = {w: 1 for w in words}  # a dict: its keys
        assert [t.i for t in syntax.tokens_among(doc, table)] == [t.i for t in doc if t.lower_ in table]


def test_tokens_among_exact_is_case_sensitive():
    doc = nlp.load()(TEXTS[1])
    assert [t.text for t in syntax.tokens_among(doc, {"Okonkwo"}, exact=True)] == ["Okonkwo"]
    assert [t.text for t in syntax.tokens_among(doc, {"okonkwo"})] == ["Okonkwo", "OKONKWO"]
    assert syntax.tokens_among(doc, set()) == []


def test_tokens_among_sees_a_changed_collection():
    doc = nlp.load()(TEXTS[0])
    words = {"state"}
    assert [t.text for t in syntax.tokens_among(doc, words)] == ["state"]
    other = {"company"}
    assert [t.text for t in syntax.tokens_among(doc, other)] == ["company"]


def test_trigger_candidates_lose_no_token_a_walk_would_match():
    # events.candidates skips, on the doc's arrays, the words no trigger row is keyed by: the same rules as
    # matching every token of a matchable part of speech
    found = 0
    for text in TEXTS + ["Police arrested 30 protesters and the army shelled the town; talks with Iran collapsed."]:
        doc = nlp.load()(text)
        walk = {t.i: r for t in doc if t.pos_ in events.MATCHABLE and (r := events.match(t)) is not None}
        assert {t.i: r for t in events.candidates(doc) if (r := events.match(t)) is not None} == walk
        found += len(walk)
    assert found


def test_match_only_needs_the_matchable_tags():
    for text in TEXTS:
        doc = nlp.load()(text)
        assert all(events.match(t) is None for t in doc if t.pos_ not in events.MATCHABLE)


def test_pronoun_classes_read_once():
    assert actor_lexicon.pronoun_classes() is actor_lexicon.pronoun_classes()


WALK_TEXTS = TEXTS + [
    "Thousands marched in Lagos.\n\nPolice arrested 30 protesters and wounded dozens more; 12 others fled.\n  \nMr Smith said "
    "Hundreds of refugees were in the camps when the army shelled a refugee camp.\n\n\nDr. Jones",
]


def test_tokens_where_matches_a_walk():
    for text in WALK_TEXTS:
        doc = nlp.load()(text)
        walk = [t.i for t in doc if t.lower_ == "others" or t.lemma_.lower() in actors_crowd() or t.tag_ == "CD"]
        assert [t.i for t in syntax.tokens_where(doc, lower=("others",), lemmas=actors_crowd(), tags=("CD",))] == walk
        nouns = [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in {"camp", "refugee"}]
        assert [t.i for t in syntax.tokens_where(doc, lemmas={"camp", "refugee"}, pos=("NOUN",))] == nouns
    assert syntax.tokens_where(nlp.load()(WALK_TEXTS[-1]), tags=("CD",))  # the test reads something


def actors_crowd():
    from eventwire.actors import CROWD_NUMBERS

    return CROWD_NUMBERS


def test_words_after_line_breaks_match_a_walk():
    seen = 0
    for text in WALK_TEXTS:
        doc = nlp.load().make_doc(text)  # (the paragraph component reads this, before the parser)
        walk, after_break = [], False
        for tok in doc:
            if tok.is_space:
                after_break = after_break or "\n" in tok.text
            elif after_break:
                walk.append(tok.i)
                after_break = False
        assert [t.i for t in syntax.after_line_breaks(doc)] == walk
        seen += len(walk)
    assert seen >= 3


def test_tone_shares_match_a_walk():
    from eventwire import tone

    lex = tone.lexicon()
    for text in WALK_TEXTS + ["We love peace. They hate the brutal war, and I fear it; you won't win."]:
        doc = nlp.load()(text)
        words = [t for t in doc if t.is_alpha]
        walk = (len(words), sum(lex.get(t.lower_, 0) > 0 for t in words), sum(lex.get(t.lower_, 0) < 0 for t in words),
                sum(t.pos_ == "VERB" for t in words),
                sum(t.pos_ == "PRON" and "Prs" in t.morph.get("PronType") for t in words))
        assert tone._shares(doc[:]) == walk
    assert walk[1] and walk[2] and walk[4]
