"""Recall, round 11 (issue 10), on invented sentences: words derived from verb triggers
(derivations.tsv: gerunds tagged as nouns, "critical of"), families of judging words shared by the
verbs of saying and naming (wordsets.tsv), and the rows added for favouring, arguing for or
against, contacting, concern about, support of, and tearing or taking down."""

from __future__ import annotations

import pytest

from eventwire import events, nlp

from conftest import events_of as run, found_event as found


@pytest.mark.parametrize(
    "text,trigger,plover,source,target",
    [
        # a gerund tagged as a noun takes its verb's rows
        ("The junta's banning of the Freedom Party shocked observers.", "banning", "COERCE", "junta", "Freedom Party"),
        ("Witnesses described the toppling of the governor by the army.", "toppling", "COERCE", "army", "governor"),
        # an adjective derived from a verb trigger, with its "of" phrase
        ("Senator Marta Quill, long critical of the Kenyan government, resigned on Friday.", "critical", "ACCUSE",
         "Marta Quill", "Kenyan government"),
        # favouring, arguing for or against
        ("Senator Ilse Varga favored the new treaty with Canada.", "favored", "SUPPORT", "Ilse Varga", None),
        ("Governor Ned Hollis argued against the tax plan of the mayor.", "argued", "ACCUSE", "Ned Hollis", None),
        ("The Swedish minister argued for the peace plan.", "argued", "SUPPORT", "Swedish", None),
        # concern about, support of
        ("The European Union expressed deep concerns about the Iranian government.", "expressed", "ACCUSE",
         "European Union", None),
        ("Thousands of farmers marched in support of Senator Paul Okafor.", "support", "SUPPORT", None, None),
        # a family of judging words reaches every verb of naming
        ("The opposition leader described the president as a horrible tyrant.", "described", "ACCUSE",
         "opposition leader", "president"),
        ("The mayor termed the chief of police a traitor and a liar.", "termed", "ACCUSE", "mayor", None),
        ("The premier described the envoy as a true patriot.", "described", "SUPPORT", "premier", "envoy"),
        # contacting, tearing down
        ("The ministry contacted the French embassy on Monday.", "contacted", "CONSULT", "ministry", "French"),
        ("Protesters tore down the statue of the former governor.", "tore", "COERCE", "Protesters", None),
    ],
)
def test_recall11_found(text, trigger, plover, source, target):
    e, names = found(text, trigger)
    assert e.plover.type == plover
    if source is not None:
        assert source.lower() in (names.get(e.source) or "").lower(), (e.source, names)
    if target is not None:
        assert target.lower() in (names.get(e.target) or "").lower(), (e.target, names)


@pytest.mark.parametrize(
    "text,word",
    [
        ("It is not career destroying.", "destroying"),  # a gerund with no article, owner or "of" phrase
        ("The sentencing guidelines were published.", "sentencing"),
        ("Critical infrastructure was damaged by the storm.", "Critical"),  # no "of": no judgement
        ("The critical vote is on Tuesday.", "critical"),
    ],
)
def test_recall11_not_events(text, word):
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == word)
    assert events.match(tok) is None


def test_copula_codes_the_predicative_adjective():
    # "was critical of": the rows of "be" code it once; the adjective adds no second event
    doc = nlp.load()("The minister was deeply critical of the government.")
    assert events.match(next(t for t in doc if t.text == "critical")) is None
    assert events.match(next(t for t in doc if t.text == "was")) is not None


def test_wordsets_expand_into_rows():
    sets = events.wordsets()
    assert {"condemn", "acclaim", "epithet", "accolade"} <= set(sets)
    rows = events.lexicon()["V", "say"]
    assert any("unacceptable" in r.pred and r.cameo == "111" for r in rows)
    with pytest.raises(ValueError):
        events._parse_rule(["V", "say", "pred:@nosuchset", "111"])


def test_derived_rows_follow_the_verb():
    derived = events.derivations()
    assert derived["A", "critical"] and all(r.prep == "of" and r.kind == "V" for r in derived["A", "critical"])
    # the verb's object becomes the noun's "of" phrase; rows needing the verb's own clause do not carry
    rule = events.Rule("V", "remove", "172", obj=frozenset({"minister"}), weight=1)
    noun = events._derive(rule, "N", "removal", None)
    assert noun is not None and noun.prep == "of" and "minister" in noun.prep_obj and noun.kind == "N"
    assert events._derive(events.Rule("V", "refuse", "125", xcomp=frozenset({"meet"}), weight=1), "N", "refusal", None) is None


@pytest.mark.parametrize(
    "text,trigger,cameo",
    [
        # a named person is as much an object as "the official" or "the suspect"
        ("The governor dismissed Tomas Brenner on Tuesday.", "dismissed", "172"),
        ("Police charged Pedro Alvarado.", "charged", "173"),
        ("The king welcomed Maria Sandoval to the palace.", "welcomed", "043"),
        # names one calls someone by reach every verb of saying
        ("The senator said the governor was a liar.", "said", "111"),
    ],
)
def test_recall11_named_objects_and_insults(text, trigger, cameo):
    doc = nlp.load()(text)
    rule = events.match(next(t for t in doc if t.text == trigger))
    assert rule is not None and rule.cameo == cameo


def test_person_class_needs_a_person():
    doc = nlp.load()("The governor dismissed the report on Tuesday.")
    rule = events.match(next(t for t in doc if t.text == "dismissed"))
    assert rule is None or rule.cameo != "172"


def test_every_verb_of_opinion_judges_with_the_shared_sets():
    # "thinks/believes/insists the X is a disgrace": as "said ... was a disgrace"
    for text, trigger in [("The senator believes the new tax is a disgrace.", "believes"),
                          ("The mayor insisted the ruling was unfair.", "insisted")]:
        doc = nlp.load()(text)
        rule = events.match(next(t for t in doc if t.text == trigger))
        assert rule is not None and rule.cameo == "111", text
    doc = nlp.load()("I think it will rain tomorrow.")
    assert events.match(next(t for t in doc if t.text == "think")) is None
