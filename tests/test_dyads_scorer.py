"""The dyads scorer (benchmarks/dyads.py) on invented gold and invented records: matching,
actor judgement and the figures, so the benchmark's numbers can be trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.model import Actor, Article, Event, Plover, Trigger
from conftest import benchmark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dyads():
    return benchmark("dyads")


TEXT = ("Kenyan police arrested three protesters in Nairobi on Monday. "
        "Governor Amina Odhiambo said she would meet the union leaders. "
        "Rebels attacked a convoy near the border. "
        "The storm closed roads.")


def spans(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    return out


def at(word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def event(eid, word, typ, sentence, source=None, target=None, status="occurred", **extra):
    s, e = at(word)
    ev = Event(id=eid, sentence=sentence, trigger=Trigger(word, s, e), cameo="", cameo_root="",
               quad_class=0, goldstein=0.0, plover=Plover(typ), source=source, target=target, status=status)
    for k, v in extra.items():
        setattr(ev, k, v)
    return ev


def actors() -> list[Actor]:
    return [
        Actor("a1", "Kenyan police", "KENCOP", "KEN", ["COP"], "organization", [list(at("Kenyan police"))]),
        Actor("a2", "protesters", "KENCVL", "KEN", ["CVL"], "group", [list(at("three protesters"))]),
        Actor("a3", "Amina Odhiambo", "KENGOV", "KEN", ["GOV"], "person", [list(at("Amina Odhiambo"))]),
        Actor("a4", "union leaders", "KENLAB", "KEN", ["LAB"], "group", [list(at("the union leaders"))]),
        Actor("a5", "rebels", "REB", None, ["REB"], "group", [list(at("Rebels"))]),
        Actor("a6", "Nairobi", "KEN", "KEN", [], "country", [list(at("Nairobi"))]),
    ]


GOLD = [
    {"anchor": "police arrested three protesters", "trigger": "arrested", "type": "COERCE", "status": "occurred",
     "source": {"text": "Kenyan police", "name": "Kenyan police", "code": "KENCOP"},
     "target": {"text": "three protesters", "name": "protesters", "code": "KENCVL|---CVL"}},
    {"anchor": "she would meet the union leaders", "trigger": "meet", "type": "CONSULT", "status": "intended",
     "source": {"text": "she", "name": "Amina Odhiambo", "code": "KENGOV"},
     "target": {"text": "the union leaders", "name": "union leaders", "code": "KENLAB"}},
    {"anchor": "Rebels attacked a convoy near", "trigger": "attacked", "type": "ASSAULT", "status": "occurred",
     "source": {"text": "Rebels", "name": "rebels", "code": "---REB"}, "target": None},
]


def test_locate_gives_trigger_offsets_and_sentence(dyads):
    starts = [s for s, _ in spans(TEXT)]
    gold = dyads.locate(GOLD + [{"anchor": "not in this text at all", "trigger": "text", "type": "ACCUSE"}], TEXT, starts)
    assert (gold[0].start, gold[0].end) == at("arrested")
    assert [g.sentence for g in gold[:3]] == [0, 1, 2]
    assert gold[3].start == -1  # an anchor the cleaning lost is reported, not guessed
    # spacing is no word: an anchor copied with two spaces is found in a text with one, and the other way round
    spaced = dyads.locate([{**GOLD[0], "anchor": "police  arrested three protesters"}], TEXT, starts)
    assert (spaced[0].start, spaced[0].end) == at("arrested")
    wide = TEXT.replace("police arrested", "police   arrested")
    found = dyads.locate(GOLD[:1], wide, [s for s, _ in spans(wide)])[0]
    assert wide[found.start:found.end] == "arrested"


def test_perfect_system_scores_one_everywhere(dyads):
    art = Article(id="x", text=TEXT, actors=actors(), events=[
        event("e1", "arrested", "COERCE", 0, "a1", "a2"),
        event("e2", "meet", "CONSULT", 1, "a3", "a4", status="intended"),
        event("e3", "attacked", "ASSAULT", 2, "a5", None),
    ])
    t = dyads.Tally()
    dyads.score_article(t, "x", art, GOLD, spans(TEXT))
    f = dyads.figures(t)
    assert f["event precision"] == 1.0 and f["type accuracy"] == 1.0 and f["status accuracy"] == 1.0
    assert f["source right"] == 1.0 and f["target right"] == 1.0  # '---REB' accepts any REB code
    assert f["recall: type+source+target"] == 1.0


def test_errors_are_classified(dyads):
    """A wrong code, a null, a spurious target, a wrong type, a false positive and a title event."""
    acts = actors()
    acts[0].code = "KENGOV"  # police read as government: right actor, wrong code
    art = Article(id="x", text=TEXT, actors=acts, events=[
        event("e1", "arrested", "COERCE", 0, "a1", None),          # target null where gold names one
        event("e2", "meet", "CONSULT", 1, "a3", "a6", status="occurred"),  # wrong target actor, wrong status
        event("e3", "attacked", "PROTEST", 2, "a5", "a4"),         # wrong type, target where gold has none
        event("e4", "closed", "COERCE", 3),                        # no real event
        event("e5", "Governor", "CONSULT", -1),                    # title-only: not a body event
    ])
    t = dyads.Tally()
    dyads.score_article(t, "x", art, GOLD, spans(TEXT))
    f = dyads.figures(t)
    assert t.system == 4 and t.matched == 3
    assert f["event precision"] == 0.75
    assert t.roles["source"]["wrong_code"] == 1 and t.roles["source"]["right"] == 2
    assert t.roles["target"] == {"null": 1, "wrong_actor": 1, "spurious": 1}
    assert f["type accuracy"] == round(2 / 3, 3) and f["status accuracy"] == round(2 / 3, 3)
    assert f["recall: type"] == round(2 / 3, 3) and f["recall: type+source"] == round(1 / 3, 3)
    assert f["recall: type+source+target"] == 0.0
    assert t.false_positives == {"COERCE": {"closed": 1}}
    assert len(t.errors["wrong type"]) == 1 and "ASSAULT -> PROTEST" in t.errors["wrong type"][0]


def test_matching_prefers_overlap_then_same_type_and_is_one_to_one(dyads):
    """A nominal trigger elsewhere in the sentence matches by type; a second system event for
    the same gold event is a false positive; another sentence never matches."""
    text = "The army shelled the town, and the shelling killed two. Later the army withdrew."
    gold = [{"anchor": "The army shelled the town", "trigger": "shelled", "type": "ASSAULT",
             "source": {"text": "The army", "name": "army", "code": "---MIL"}, "target": None}]
    army = Actor("m", "army", "MIL", None, ["MIL"], "organization", [[0, 8], [57, 65]])
    s = spans(text)

    def ev(eid, word, typ, sent):
        i = text.index(word)
        return Event(id=eid, sentence=sent, trigger=Trigger(word, i, i + len(word)), cameo="", cameo_root="",
                     quad_class=0, goldstein=0.0, plover=Plover(typ), source="m")

    art = Article(id="y", text=text, actors=[army], events=[ev("n", "shelling", "ASSAULT", 0), ev("k", "killed", "ASSAULT", 0), ev("w", "withdrew", "ASSAULT", 1)])
    located = dyads.locate(gold, text, [a for a, _ in s])
    pairs = dyads.match(located, dyads.body_events(art), art, s)
    assert [e.id for _, e in pairs] == ["n"]  # nearest same-type trigger in the same sentence
    art.events.append(ev("v", "shelled", "ASSAULT", 0))
    pairs = dyads.match(located, dyads.body_events(art), art, s)
    assert [e.id for _, e in pairs] == ["v"]  # an overlapping trigger wins over distance


def test_coordinated_actors_pair_with_their_own_gold_event(dyads):
    """Two gold events on one anchor (one per actor): each system event goes to the gold
    event of its own actor, even when the codes are missing."""
    text = "Polish and Czech diplomats met the envoy."
    gold = [{"anchor": "Polish and Czech diplomats met", "trigger": "met", "type": "CONSULT",
             "source": {"text": n, "name": n, "code": c}, "target": None}
            for n, c in (("Polish", "POLGOV"), ("Czech", "CZEGOV"))]
    acts = [Actor("p", "Polish diplomats", None, mentions=[[0, 6]]), Actor("c", "Czech diplomats", None, mentions=[[11, 16]])]
    i = text.index("met")
    evs = [Event(id=x, sentence=0, trigger=Trigger("met", i, i + 3), cameo="", cameo_root="", quad_class=0,
                 goldstein=0.0, plover=Plover("CONSULT"), source=x) for x in ("c", "p")]
    art = Article(id="z", text=text, actors=acts, events=evs)
    pairs = dyads.match(dyads.locate(gold, text, [0]), evs, art, [(0, len(text))])
    assert sorted((g.source["text"], e.source) for g, e in pairs) == [("Czech", "c"), ("Polish", "p")]


def test_same_actor_by_name_surname_and_pronoun(dyads):
    text = "She met him. President Ruto visited Peru."
    ruto = Actor("r", "William Ruto", "KENGOV", "KEN", ["GOV"], "person", [])
    gold = {"text": "President Ruto", "name": "William Ruto", "code": "KENGOV"}
    assert dyads.judge_role(gold, ruto, text, (13, len(text))) == "right"
    other = Actor("o", "Ruth Ruto-Smith", "KENGOV", "KEN", ["GOV"], "person", [])
    assert dyads.judge_role(gold, other, text, (13, len(text))) == "wrong_actor"
    surname = Actor("r2", "Ruto", "KENGOV", "KEN", ["GOV"], "person", [])
    assert dyads.judge_role(gold, surname, text, (13, len(text))) == "right"
    # a generational suffix is no surname: "he" resolved to "Comeaux" is "Arcade Joseph Comeaux Jr"
    jr = {"text": "he", "name": "Arcade Joseph Comeaux Jr.", "code": "USACRM"}
    assert dyads.judge_role(jr, Actor("j", "Comeaux", "USACRM", "USA", ["CRM"], "person", []), text, (0, 12)) == "right"
    brother = Actor("r3", "Samuel Ruto", "KENGOV", "KEN", ["GOV"], "person", [])
    assert dyads.judge_role({"text": "William Ruto", "name": "William Ruto", "code": "KENGOV"}, brother, text, (0, 12)) == "wrong_actor"
    # a pronoun in the gold is judged by its antecedent's name, not by the word "she"
    she = {"text": "She", "name": "Amina Odhiambo", "code": "KENGOV"}
    shelby = Actor("s", "Shelby", "USAGOV", "USA", ["GOV"], "person", [])
    assert dyads.judge_role(she, shelby, text, (0, 12)) == "wrong_actor"
    # resolving "She" to the wrong person is the wrong actor, even when the codes happen to agree
    assert dyads.judge_role(she, Actor("s", "Shelby", "KENGOV", mentions=[[0, 3]]), text, (0, 12)) == "wrong_actor"
    amina = Actor("a", "Amina Odhiambo", "KENGOV", "KEN", ["GOV"], "person", [[0, 3]])
    assert dyads.judge_role(she, amina, text, (0, 12)) == "right"
    assert dyads.judge_role(None, None, text, (0, 12)) == "right"
    assert dyads.judge_role(None, ruto, text, (0, 12)) == "spurious"
    assert dyads.judge_role(gold, None, text, (0, 12)) == "null"


def test_code_alternatives_and_unknown_country(dyads):
    cop = Actor("c", "police", "FRACOP", "FRA", ["COP"])
    assert dyads.code_ok("FRAGOV|FRACOP", cop)
    assert dyads.code_ok("---COP", cop)
    assert not dyads.code_ok("---GOV", cop)
    assert not dyads.code_ok("FRA", cop)
    assert dyads.code_ok("YEMREB", Actor("h", "Houthis", "YEMREBHOU"))  # a refinement of the gold code
    assert not dyads.code_ok("USA", Actor("v", "voters", "USACVL"))  # a bare country takes no sector
    assert not dyads.code_ok("YEMREB", Actor("h", "Houthis", "YEMREBH"))
    assert dyads.code_ok("---IGO", Actor("u", "United Nations", "IGOUNO"))
    assert not dyads.code_ok("FRACOP", Actor("n", "police", None))


def test_implied_source_counts_as_null_unless_it_matches(dyads):
    acts = actors()
    gold = [dict(GOLD[0], source=None)]
    art = Article(id="x", text=TEXT, actors=acts, events=[event("e1", "arrested", "COERCE", 0, "a1", "a2", source_implied=True)])
    t = dyads.Tally()
    dyads.score_article(t, "x", art, gold, spans(TEXT))
    assert t.roles["source"]["right"] == 1 and t.implied == 1  # implied police, gold null: right
    acts[0].code = "KENGOV"
    art = Article(id="x", text=TEXT, actors=acts, events=[event("e1", "arrested", "COERCE", 0, "a1", "a2", source_implied=True)])
    t = dyads.Tally()
    dyads.score_article(t, "x", art, GOLD[:1], spans(TEXT))
    assert t.roles["source"]["null"] == 1  # gold names the police; a wrong implied guess counts as null


def test_missing_dev_data_is_a_clear_exit(dyads, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(dyads, "DATA", tmp_path / "absent")
    assert dyads.main(["--split", "dev"]) == 2
    assert "dev data not found" in capsys.readouterr().err


def test_gold_files_name_their_articles_in_the_shared_data(dyads):
    """A gold file's "file" reference reads the article it names: a TR-News or GeoVirus article by its place in the
    archive (GeoVirus has no date and no title), an ECB+ document by its id."""
    from conftest import shared
    shared("geoparsing/GeoVirus.xml")
    docs = dyads.raw_docs({"g": {"file": "GeoVirus.xml#0"}, "t": {"file": "TR-News.xml#0"}})
    assert [d.id for d in docs] == ["g", "t"]
    assert docs[0].text.startswith("The Philippine Department of Agriculture") and docs[0].published is None
    assert docs[0].title is None and docs[1].text and docs[1].published
