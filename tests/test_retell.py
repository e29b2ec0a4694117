"""A bare re-mention of an event in a sentence of its own ("The raid lasted three hours") is an event
of that sentence, as a coder codes each telling (ICEWS's sentence unit), and names the event it
tells again (``same_as``): the GDELT export, the store's instances and SQL count the happening once.
Invented sentences."""

from __future__ import annotations

import duckdb

import eventwire
from eventwire import export, store

RAID = ("Police raided the offices of the opposition newspaper in Harare on Monday. "
        "The raid lasted three hours, witnesses said.")


def _raid():
    return eventwire.extract(RAID, published="2022-05-03", url="https://example.org/raid")


def test_a_retelling_is_an_event_of_its_own_sentence_that_names_the_first():
    art = _raid()
    first, again = [e for e in art.events if e.plover.type == "COERCE"]
    assert (first.trigger.text, first.same_as, first.sentence) == ("raided", None, 0)
    assert (again.trigger.text, again.same_as, again.sentence) == ("raid", first.id, 1)
    assert again.evidence.startswith("The raid lasted")
    assert first.source_name(art) == "police" and again.source is None


def test_what_the_retold_act_did_stays_with_its_telling():
    art = eventwire.extract("Gunmen attacked a police post in the north on Monday. Officials said the attack had "
                            "killed twelve.", published="2022-05-03")
    first, told = [e for e in art.events if e.plover.type == "ASSAULT"]
    assert told.same_as == first.id and first.source_name(art) == "gunmen"
    assert [(c.kind, c.number, c.event) for c in art.counts] == [("KILL", 12, told.id)]


def test_the_act_a_retold_event_failed_at_keeps_its_agent():
    art = eventwire.extract("French police raided a flat in Paris on Wednesday. But the raid failed to capture "
                            "the suspected organiser.", published="2022-05-03")
    capture = next(e for e in art.events if e.trigger.text == "capture")
    assert capture.status == "negated" and capture.source_name(art) == "French police"


def test_the_act_of_the_verb_tells_the_verb_again():
    art = eventwire.extract("Police in Lagos arrested the opposition leader on Monday. The arrest sparked "
                            "protests. Soldiers shot two demonstrators in Ikeja. The shooting drew condemnation.",
                            published="2022-05-03", min_confidence=0)
    by_trigger = {e.trigger.text: e for e in art.events}
    assert by_trigger["arrest"].same_as == by_trigger["arrested"].id  # the same word
    assert by_trigger["shooting"].same_as == by_trigger["shot"].id  # the act of the verb


def test_a_noun_of_another_family_or_type_tells_nothing_again():
    art = eventwire.extract("The two ministers met in Geneva on Monday. The attack on the embassy came a day "
                            "later. The talks resumed on Friday.", published="2022-05-03", min_confidence=0)
    assert all(e.same_as is None for e in art.events if e.trigger.text in ("attack", "talks"))


def test_told_again_in_the_same_sentence_it_stays_one_event():
    art = eventwire.extract("Police raided the offices of the newspaper on Monday, and the raid lasted three hours.",
                            published="2022-05-03")
    coerce = [e for e in art.events if e.plover.type == "COERCE"]
    assert len(coerce) == 1 and coerce[0].same_as is None and len(coerce[0].mentions) == 2


def test_gdelt_counts_the_happening_once_with_both_mentions():
    art = _raid()
    first = next(e for e in art.events if e.trigger.text == "raided")
    gid = str(export.global_event_id(art.id, first.id))
    rows = [r for r in export.gdelt_events([art]) if r[26].startswith("17")]
    assert [r[0] for r in rows] == [gid]
    assert rows[0][31] == "2"  # NumMentions: the raid and its re-telling
    mentions = [r for r in export.gdelt_mentions([art]) if r[0] == gid]
    assert len(mentions) == 2


def test_the_store_keeps_the_link_and_one_instance(tmp_path):
    db = tmp_path / "s.duckdb"
    with eventwire.open(db) as st:
        st.add([_raid()])
        rows = st.sql("SELECT id, trigger_text, same_as, instance_id FROM events WHERE cameo_root = '17' "
                      "ORDER BY trigger_start").fetchall()
        assert [r[1:3] for r in rows] == [("raided", None), ("raid", rows[0][0])]
        assert rows[0][3] is not None and rows[0][3] == rows[1][3]
        (happenings,), = st.sql("SELECT count(*) FROM events WHERE cameo_root = '17' AND same_as IS NULL").fetchall()
        assert happenings == 1


def test_a_store_of_the_schema_before_gains_the_columns_from_its_records(tmp_path):
    db = tmp_path / "old.duckdb"
    arrest = eventwire.extract("Three protesters were arrested in Minsk on Sunday.", published="2022-05-03",
                               url="https://example.org/arrest")
    assert any(e.source_implied for e in arrest.events)
    with eventwire.open(db) as st:
        st.add([_raid(), arrest])
        want = st.sql("SELECT uid, source_implied, same_as FROM events ORDER BY uid").fetchall()
    assert ("e1" in {r[2] for r in want}) and any(r[1] for r in want)
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE events DROP COLUMN same_as")
    con.execute("ALTER TABLE events DROP COLUMN source_implied")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(store.SCHEMA_VERSION - 1)])
    con.close()
    with eventwire.open(db) as st:
        assert st.meta()["schema_version"] == str(store.SCHEMA_VERSION)
        assert st.sql("SELECT uid, source_implied, same_as FROM events ORDER BY uid").fetchall() == want


def test_counts_before_dedup_take_each_happening_once_in_memory_and_in_duckdb(tmp_path):
    """The API's counts when dedup has filled no instance: the events held in memory (columns.py) and
    DuckDB agree, a re-telling one more mention but no more events."""
    from fastapi.testclient import TestClient

    from eventwire import api

    db = tmp_path / "s.duckdb"
    with eventwire.open(db) as st:
        st.add([_raid()])
        st.con.execute("UPDATE events SET instance_id = NULL")
    for memory in (None, 0):
        with TestClient(api.create_app(db, read_only=True, memory_events=memory)) as c:
            got = c.get("/stats", params={"type": "COERCE"}).json()["matching"]
            assert (got["mentions"], got["events"]) == (2, 1)
            row = c.get("/events", params={"type": "COERCE", "fields": "id,same_as,source_implied"}).json()
            assert sorted((r["id"], r["same_as"]) for r in row["events"]) == [("e1", None), ("e2", "e1")]


def test_a_bare_retelling_is_as_sure_as_its_first_telling_says():
    # the first telling settled the sense: "the raid lasted three hours" keeps the raid's confidence (times the
    # factor "retold" of confidence.tsv), where on its own, with no one named, it would fall under the threshold
    from eventwire import senses
    art = eventwire.extract(
        "Kenyan police raided the offices of the Daily Nation newspaper in Nairobi on Monday, arresting two editors. "
        "The raid lasted three hours, witnesses said.", published="2016-11-10", min_confidence=0)
    first, again = [e for e in art.events if e.plover.type == "COERCE" and e.trigger.text.startswith("raid")]
    assert again.same_as == first.id and (again.source, again.target) == (None, None)
    assert again.confidence >= round(first.confidence * senses.weights()["retold"], 2) >= senses.default_min_confidence()
