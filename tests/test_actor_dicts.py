"""Importing users' PETRARCH/Phoenix dictionaries: every entry read, every unreadable line named, wrong files refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from conftest import shared
from eventwire import actor_dicts

ROOT = Path(__file__).resolve().parents[1]

# An invented actor dictionary written the ways real ones are: spaced date ranges, codes with
# slashes, acronyms in parentheses, a synonym line missing its '+', glued synonyms, the null code.
ACTORS = """\
# invented actors
RURITANIA_ [RUR]
+RURITANIAN_
RUDOLF_RASSENDYLL_
+KING_RUDOLF_
\t[RURGOV 19950601 - 19990815]
\t[RURELI > 990816]
\t[RURGOV < 950531]
RUPERT_OF_HENTZAU_
BLACK_MICHAEL_
\t[RURREB 940101-980101]
ZENDA_LIBERATION_ARMY_(ZLA)_ [RURREB]
+ARMY_OF_ZENDA_+_ZENDA_FRONT_
STRELSAU_PILGRIMS_ [ELR/GAL]
ZENDA_LAKE_ [---]
CASTLE_WARDEN_ [RURGOV 990101-980101]
BROKEN_ENTRY_ [RURGOV
NO_CODE_HERE_

GUARDS_OF_ZENDA_ [RURMIL 99x-991231]
"""

AGENTS = """\
!PERSON! = MAN, MEN
BRIDGE!PERSON! [~BRG]
FERRY_KEEPER [~FRY]
FERRY_AUTHORITY {} [~FRY]
HARBOUR_MASTER {HARBOURS_MASTER} [~HBR]
CITY [~CTY]
WITNESS [~CVL]
LOCKSMITH!TRADE! [~CRM]
"""

VERBS = """\
# invented verb dictionary in PETRARCH's format
&WEAPON
+GUN
+RIFLE

--- SCOLD [111] ---
SCOLD
CHIDE {CHID CHIDING}
- * FOR [112]
- * OVER $ [111]
- ~ HARSHLY [111]

--- PRAISE [051] ---
PRAISE
LAUD
- * FOR [051]
"""

DISCARDS = """\
# sentence-level discards; + marks story-level
1914
CUP FINAL
+GRAND PRIX
BOWLING
"""

ISSUES = """\
<ISSUE CATEGORY="BRIDGES" TYPE="ALL">
n:bridge [BRIDGES]
suspension bridge [BRIDGES]
</ISSUE>
"""


def by_name(d: actor_dicts.Dictionary) -> dict[str, dict]:
    return {e["name"]: e for e in d.entries}


def test_every_actor_entry_is_read_with_its_dates():
    d = actor_dicts.read_dictionary(ACTORS)
    e = by_name(d)
    king = e["Rudolf Rassendyll"]
    assert king["kind"] == "person" and king["aliases"] == ["King Rudolf"]
    assert [(s["code"], s["start"], s["end"]) for s in king["spells"]] == [
        ("RURGOV", "1995-06-01", "1999-08-15"), ("RURELI", "1999-08-16", None), ("RURGOV", None, "1995-05-31")]
    zla = e["Zenda Liberation Army"]
    assert zla["code"] == "RURREB" and zla["aliases"] == ["ZLA", "Army of Zenda", "Zenda Front"]
    # a code with a slash: the first codes the entry, all are kept
    pilgrims = e["Strelsau Pilgrims"]
    assert pilgrims["code"] == "ELR" and pilgrims["alternatives"] == ["ELR", "GAL"]
    # the synonym missing its '+' joins the name above it, and both get the code below them
    rupert = e["Rupert of Hentzau"]
    assert rupert["aliases"] == ["Black Michael"] and rupert["spells"][0]["code"] == "RURREB"
    assert e["Ruritania"]["kind"] == "country" and e["Ruritania"]["aliases"] == ["Ruritanian"]
    # an unreadable date keeps the code; a range written backwards keeps its end
    assert e["Guards of Zenda"]["code"] == "RURMIL" and e["Guards of Zenda"]["spells"] == []
    assert [(s["start"], s["end"]) for s in e["Castle Warden"]["spells"]] == [(None, "1998-01-01")]
    assert "Zenda Lake" not in e and d.null_coded == 1


def test_each_unreadable_line_is_warned_with_its_number():
    d = actor_dicts.read_dictionary(ACTORS)
    lines = ACTORS.splitlines()
    warned = {n: m for n, m in d.warnings}
    at = {text: i + 1 for i, text in enumerate(lines)}
    assert "unbalanced" in warned[at["BROKEN_ENTRY_ [RURGOV"]]
    assert "without a code" in warned[at["NO_CODE_HERE_"]]
    assert "synonym" in warned[at["BLACK_MICHAEL_"]]
    assert "ELR" in warned[at["STRELSAU_PILGRIMS_ [ELR/GAL]"]]
    assert "unreadable date" in warned[at["GUARDS_OF_ZENDA_ [RURMIL 99x-991231]"]]
    assert "ends before it starts" in warned[at["CASTLE_WARDEN_ [RURGOV 990101-980101]"]]
    assert len(d.warnings) == 6
    assert "6 lines warned" in d.summary() and "1 coded [---]" in d.summary()


def test_agents_get_plurals_as_petrarch_forms_them():
    e = by_name(actor_dicts.read_dictionary(AGENTS))
    assert e["ferry keeper"]["aliases"] == ["ferry keepers"] and e["ferry keeper"]["role"] == "sector"
    assert e["ferry authority"]["aliases"] == []  # {}: no plural
    assert e["harbour master"]["aliases"] == ["harbours master"]  # {PLURAL}: that plural
    assert e["city"]["aliases"] == ["cities"] and e["witness"]["aliases"] == ["witnesses"]
    assert e["bridgeman"]["aliases"] == [] and e["bridgemen"]["sectors"] == ["BRG"]  # markers: no plural
    d = actor_dicts.read_dictionary(AGENTS)
    assert [n for n, m in d.warnings if "marker" in m] == [8]  # !TRADE! was never defined


@pytest.mark.parametrize("text, kind", [(VERBS, "verb"), (DISCARDS, "discards"), (ISSUES, "issues")])
def test_a_file_of_another_kind_is_refused(text, kind):
    with pytest.raises(actor_dicts.WrongKind, match=kind):
        actor_dicts.read_dictionary(text, "x.txt")


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "eventwire.cli", "actors", "import", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT)


def test_cli_warns_per_line_and_refuses_a_verb_dictionary(tmp_path):
    actors, verbs, out = tmp_path / "mine.actors", tmp_path / "mine.verbs", tmp_path / "user.jsonl"
    actors.write_text(ACTORS, encoding="utf-8")
    verbs.write_text(VERBS, encoding="utf-8")
    done = _cli(str(actors), "-o", str(out))
    assert done.returncode == 0, done.stderr
    number = ACTORS.splitlines().index("NO_CODE_HERE_") + 1
    assert f"{actors}:{number}: entry without a code" in done.stderr
    assert any(orjson.loads(l)["name"] == "Rudolf Rassendyll" for l in out.read_text().splitlines())
    out.unlink()
    refused = _cli(str(actors), str(verbs), "-o", str(out))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().splitlines() == [
        f"error: {verbs} is a PETRARCH verb (event pattern) dictionary: its lines are verb patterns, synonym sets"
        " and CAMEO event codes, not actors; give actor (.actors) or agent (.agents) dictionaries"]
    assert not out.exists()


PHOENIX = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
           "Phoenix.agents.txt"]


@pytest.mark.parametrize("name", PHOENIX)
def test_phoenix_files_import_with_few_warnings(name):
    path = shared(f"dictionaries/{name}")
    d = actor_dicts.read_file(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    coded = sum(1 for l in lines if "[" in l.split("#", 1)[0] and not l[:1].isspace() and not l.startswith("+"))
    assert len(d.entries) >= 0.95 * coded  # every entry line, less those that join another or are warned
    assert len(d.warnings) <= 0.01 * len(lines)
    for number, _ in d.warnings:
        assert lines[number - 1].strip()  # a warning names a real line
    assert all(e["name"] and (e["code"] or e["spells"]) for e in d.entries)


def test_phoenix_spaced_dates_are_read():
    d = actor_dicts.read_file(shared("dictionaries/Phoenix.Countries.actors.txt"))
    # "[EGYGOV > 140608]" (written with a space) dates a term from 8 June 2014
    assert any(s["code"] == "EGYGOV" and s["start"] == "2014-06-08" for e in d.entries for s in e["spells"])


@pytest.mark.parametrize("name, kind", [("CAMEO.2.0.txt", "verb"), ("Phoenix.discards.txt", "discards"),
                                        ("Phoenix.IssueCoding.txt", "issues")])
def test_phoenix_files_of_other_kinds_are_refused(name, kind):
    with pytest.raises(actor_dicts.WrongKind, match=kind):
        actor_dicts.read_file(shared(f"dictionaries/{name}"))


def test_a_parenthesis_is_an_alias_only_when_it_is_the_acronym():
    d = actor_dicts.read_dictionary("UNITED_ZENDA_ISLANDS_ [RURZEN]\n+ZENDA_ISLANDS_(RUR)_\n+ZENDA_(UZI)_\n")
    (entry,) = d.entries
    assert entry["aliases"] == ["Zenda Islands", "Zenda"]  # "(RUR)" qualifies, it names nothing
    d = actor_dicts.read_dictionary("UNITED_ZENDA_ISLANDS_(UZI)_ [RURZEN]\n")
    assert d.entries[0]["aliases"] == ["UZI"]
