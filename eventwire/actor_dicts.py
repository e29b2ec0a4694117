"""Users' own actor dictionaries: read PETRARCH/Phoenix (TABARI) files into an eventwire user lexicon.

Researchers keep years of work in these files; ``eventwire actors import`` turns them into the
JSON Lines that ``Pipeline(actors=FILE)`` (``extract --actors FILE``) puts on top of ours.
The native format: ``NAME_ [CODE]`` starts an entry, ``+ALIAS_`` lines add names, indented
``[CODE date-range]`` lines give dated codes (``700101-990809``, ``>20070101``, ``<991231``, also
written with spaces: ``> 990816``, ``19950601 - 19990815``), ``#`` and ``<!-- -->`` are comments,
``[---]`` is PETRARCH's null code; agent files map nouns to ``[~SEC]`` codes, with ``{PLURAL}``
(``{}``: none; otherwise PETRARCH's regular plural) and ``!MACRO! = A, B`` lines expanding
``!MACRO!`` in terms. Every entry is imported; a line that cannot be read as written is reported
with its number (real files have typos: a missing '+', an unclosed bracket, a 7-digit date), and a
file of another kind (verbs, issues, discards) is refused, since read as actors it is junk.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Iterator, Optional

import orjson
import typer

from . import knowledge
from .actor_lexicon import MEMBER, SECTOR, SECTOR_LABELS

app = typer.Typer(help="Actor dictionaries: import your own.", no_args_is_help=True, add_completion=False)

CODE = re.compile(r"\[([^\]]*)\]")
BRACES = re.compile(r"\{([^}]*)\}")
MACRO = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
ACRONYM = re.compile(r"\(([A-Za-z0-9.&-]{2,12})\)")
LOWER = {"of", "the", "and", "for", "in", "on", "de", "del", "la", "al", "mr", "mr.", "mrs", "mrs.", "dr", "dr.",
         "el", "bin", "ibn", "van", "von", "der", "den", "le", "du", "da", "dos", "das", "di", "y"}
NAME_WORDS = {"abu", "ali", "kim", "lee", "ban", "moon", "park", "sun", "wen", "hu", "xi", "li", "bo"}  # names, not acronyms
NULL_CODE = "---"  # PETRARCH's "recognise this phrase, code nothing"


class WrongKind(ValueError):
    """The file is a PETRARCH file of another kind (verbs, issues, discards), not actors or agents."""


@dataclass
class Dictionary:
    """One dictionary file read: its entries (user-lexicon records) and a warning for each line
    that could not be read as written (``line`` numbers count from 1)."""

    source: str
    entries: list[dict] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    null_coded: int = 0  # entries whose only code is [---]: phrases PETRARCH recognises and never codes

    def warn(self, line: int, message: str) -> None:
        self.warnings.append((line, message))

    def summary(self) -> str:
        kinds = Counter(e["kind"] for e in self.entries)
        surfaces = sum(1 + len(e["aliases"]) for e in self.entries)
        parts = ", ".join(f"{n:,} {k}" for k, n in kinds.most_common())
        null = f"; {self.null_coded:,} coded [---] (no actor) left out" if self.null_coded else ""
        return (f"{self.source}: {len(self.entries):,} entries ({parts or 'none'}), {surfaces:,} names; "
                f"{len(self.warnings):,} lines warned{null}")


def _countries() -> set[str]:
    return {r["iso3"] for r in knowledge.records("actors/countries.tsv")}


@cache
def _not_countries() -> frozenset[str]:
    """Three-letter CAMEO code parts that are no country (MNC, NGO, IGO, religions, regions, sectors)."""
    parts = {r[0] for r in knowledge.rows("cameo_actor_parts.tsv")}
    return frozenset(parts | set(SECTOR_LABELS))


def _day(raw: str) -> date | None:
    """A PETRARCH date as PETRARCH reads it: up to 7 characters are YYMMDD (00–30 → 20YY, else
    19YY), longer ones YYYYMMDD from their first 8; anything else raises ValueError."""
    if not raw.isdigit() or len(raw) < 6:
        raise ValueError(raw)
    if len(raw) <= 7:
        yy = int(raw[:2])
        return date(2000 + yy if yy <= 30 else 1900 + yy, int(raw[2:4]), int(raw[4:6]))
    return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))


def _spells(text: str, isos: set[str], warn) -> list[dict] | None:
    """``RUSELI 700101-990809`` → spells {"code", "country", "sectors", "start", "end"}; ``A/B``
    gives one spell per code, the first being the entry's code. None for the null code ``---``,
    [] (with a warning) when the code cannot be read."""
    parts = text.split()
    if not parts:
        warn("empty code []")
        return []
    if parts[0] == NULL_CODE:
        return None
    codes = [c for c in parts[0].split("/") if c]
    bad = [c for c in codes if not re.fullmatch(r"~?[A-Za-z0-9]{3,}~?", c)]
    if bad or not codes:
        warn(f"unreadable code [{text}]")
        return []
    if len(codes) > 1:
        warn(f"[{text}] gives {len(codes)} codes; eventwire codes the entry with the first, {codes[0].strip('~').upper()}"
             " (every code is kept in its spells)")
    start = end = None
    rng = "".join(parts[1:])  # "19950601 - 19990815" and "> 990816" are written with spaces too
    try:
        if rng.startswith(">"):
            start = _day(rng[1:])
        elif rng.startswith("<"):
            end = _day(rng[1:])
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = _day(a), _day(b)
        elif rng:
            start = _day(rng)
            warn(f"[{text}]: a date without '>', '<' or '-', read as from {start.isoformat()}")
        for d in re.findall(r"\d+", rng):
            if len(d) not in (6, 8):
                warn(f"[{text}]: date {d} has {len(d)} digits, read as PETRARCH reads it "
                     f"({'YYMMDD' if len(d) <= 7 else 'YYYYMMDD'} from its first digits)")
    except ValueError:
        warn(f"unreadable date in [{text}]; the code is kept without dates")
        start = end = None
    if start and end and start > end:
        warn(f"[{text}] ends before it starts ({start.isoformat()} > {end.isoformat()}); read as until {end.isoformat()}")
        start = None
    out = []
    for raw in codes:
        agent = "~" in raw  # "~MED" (after the actor's code) or "NGO~" (before it): a sector, never a country
        code = raw.strip("~").upper()
        # the first three letters name a country unless they are a sector ("IGOUNO", "~MED")
        country = None if agent else code[:3] if code[:3] in isos or len(code) % 3 == 0 and code[:3] not in _not_countries() else None
        rest = code[3:] if country else code
        sectors = [rest[i:i + 3] for i in range(0, len(rest) - 2, 3)]
        out.append({"code": code, "country": country, "sectors": sectors, "agent": agent,
                    "start": start.isoformat() if start else None, "end": end.isoformat() if end else None})
    return out


def _surface(raw: str) -> str:
    """``VLADIMIR_PUTIN_`` → ``Vladimir Putin``; words of up to three capitals stay acronyms (``UN``);
    longer ones ("NATO" → "Nato") still match capitalised text, since matching folds case."""
    words = raw.strip().strip("_").replace("_", " ").split()
    out: list[str] = []
    for w in words:
        # a short word in capitals is an acronym ("UN"), unless it is a name's word ("ABU", "KIM_JONG_UN")
        name_word = w.lower() in NAME_WORDS or bool(out) and out[-1].istitle() and out[-1].lower() not in LOWER
        out.append(w.lower() if w.lower() in LOWER
                   else w.title() if w.isupper() and (sum(c.isalpha() for c in w) > 3 or name_word) else w)
    return " ".join(out[:1] + out[1:]) if not out or not out[0].islower() else " ".join([out[0].title(), *out[1:]])


def _names(raw: str) -> list[str]:
    """A name as written → its surfaces: ``ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`` is the name and its
    acronym; a parenthesis that is no acronym of the name (``VIRGIN_ISLANDS_(US)_``) only qualifies it."""
    name = _surface(ACRONYM.sub(" ", raw).replace("(", " ").replace(")", " "))
    words = name.replace("-", " ").split()
    initials = {"".join(w[0] for w in words).upper(),
                "".join(w[0] for w in words if w.lower() not in LOWER).upper()}
    acronyms = [a for a in ACRONYM.findall(raw) if re.sub(r"[^A-Za-z]", "", a).upper() in initials]
    return [n for n in [name, *acronyms] if n]


def _plural(term: str) -> str:
    """PETRARCH's regular plural of an agent noun: -Y → -IES, -S → -SES, else -S (on the last word)."""
    if term.endswith("y"):
        return term[:-1] + "ies"
    return term + ("es" if term.endswith("s") else "s")


def kind_of(text: str) -> str | None:
    """What a PETRARCH file is, from its structure: "verbs", "issues", "discards", or None for an
    actor or agent dictionary (the only kinds eventwire imports)."""
    lines = [l.split("#", 1)[0].rstrip() for l in text.splitlines()]
    lines = [l for l in lines if l.strip() and not l.lstrip().startswith("<!")]
    if not lines:
        return None
    if any(l.lstrip().upper().startswith("<ISSUE") for l in lines):
        return "issues"
    codes = [c.split()[0] if c.split() else "" for l in lines for c in CODE.findall(l)]
    patterns = sum(1 for l in lines if l.lstrip().startswith(("-", "&")) and not l.lstrip().startswith("[---]"))
    numeric = sum(1 for c in codes if c.isdigit())
    if patterns >= 0.2 * len(lines) or (codes and numeric >= 0.5 * len(codes)):
        return "verbs"  # verb patterns ("- * AGAINST [112]"), synsets ("&CURRENCY"), CAMEO event codes
    if not codes and len(lines) >= 3:
        return "discards"  # phrases with no code at all ('+' marks the story-level ones)
    return None


KINDS = {
    "verbs": "a PETRARCH verb (event pattern) dictionary: its lines are verb patterns, synonym sets and CAMEO "
             "event codes, not actors",
    "issues": "a PETRARCH issues file (<ISSUE> blocks of topic phrases), not actors",
    "discards": "a PETRARCH discards list (phrases with no code; '+' marks story-level discards), not actors",
}


def read_dictionary(text: str, source: str = "<text>", isos: set[str] | None = None) -> Dictionary:
    """Every entry of one PETRARCH/Phoenix actor or agent dictionary, with a warning for each line
    that cannot be read as written; raises :class:`WrongKind` for a verb, issues or discards file."""
    kind = kind_of(text)
    if kind:
        raise WrongKind(f"{source} is {KINDS[kind]}; give actor (.actors) or agent (.agents) dictionaries")
    isos = _countries() if isos is None else isos
    out = Dictionary(source)
    macros: dict[str, list[str]] = {}
    entry: dict | None = None
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        def warn(message: str, number: int = number, raw: str = raw) -> None:
            out.warn(number, f"{message}: {raw.strip()[:80]}")

        line = raw
        if in_comment:  # a multi-line <!-- ... --> comment
            if "-->" in line:
                in_comment, line = False, line.split("-->", 1)[1]
            else:
                continue
        line = re.sub(r"<!--.*?-->", " ", line)
        if "<!--" in line:
            line, in_comment = line.split("<!--", 1)[0], True
        line = line.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped or re.fullmatch(r"[-=*]{3,}.*", stripped) and not CODE.search(stripped):
            continue  # blank, comment or a separator line ("=====", "----- section -----")
        m = MACRO.match(stripped)
        if m:
            macros[m.group(1).upper()] = [w.strip().replace(" ", "_") for w in m.group(2).split(",") if w.strip()]
            continue
        if stripped.count("[") != stripped.count("]") or stripped.count("{") != stripped.count("}"):
            warn("unbalanced [ ] or { }; line skipped")
            continue
        spells, null = [], False
        for c in CODE.findall(stripped):
            got = _spells(c, isos, warn)
            if got is None:
                null = True
            else:
                spells += got
        plurals = [p.strip() for p in BRACES.findall(stripped)]
        head = BRACES.sub(" ", CODE.sub(" ", stripped)).strip()
        if not head:  # a code line ("\t[RUSGOV 000507-080507]") belongs to the current entry
            if entry is None:
                warn("a code with no entry before it; line skipped")
            else:
                entry["spells"] += spells
                entry["null"] |= null
            continue
        if head.startswith("+"):
            if entry is None:
                warn("a synonym (+) with no entry before it; line skipped")
                continue
            for alias in filter(None, (a.strip() for a in head.split("+"))):  # "+A_+_B": two synonyms glued
                entry["aliases"] += _names(alias)
            entry["spells"] += spells
            entry["null"] |= null
            entry["last"] = number
            continue
        if (entry is not None and not spells and not null and not entry["spells"] and not entry["null"]
                and number == entry["last"] + 1):
            # a second name right under one still waiting for its code: a synonym whose '+' is missing
            # (PETRARCH would leave the first name without any code)
            warn(f"a name with no '+' under {entry['name'].strip('_')}, which has no code yet: read as its synonym")
            entry["aliases"] += _names(head)
            entry["last"] = number
            continue
        if entry is not None:
            _finish(entry, macros, out)
        entry = {"name": head, "aliases": [], "spells": spells, "null": null, "plurals": plurals,
                 "braces": bool(BRACES.search(stripped)), "line": number, "last": number, "raw": raw.strip()}
    if entry is not None:
        _finish(entry, macros, out)
    return out


def _finish(entry: dict, macros: dict[str, list[str]], out: Dictionary) -> None:
    spells = entry["spells"]
    if not spells:
        if entry["null"]:
            out.null_coded += 1
        else:
            out.warn(entry["line"], f"entry without a code; not imported: {entry['raw'][:80]}")
        return
    undated = [s for s in spells if not s["start"] and not s["end"]]
    first = (undated or spells)[0]
    if first["agent"]:
        terms = _expand(entry["name"], macros)
        if terms is None:
            out.warn(entry["line"], f"substitution marker not defined (no '!X! = ...' line before it): {entry['raw'][:80]}")
            return
        role = SECTOR if first["sectors"] else MEMBER
        macro = "!" in entry["name"]
        for term in terms:
            # PETRARCH forms regular plurals itself; {PLURAL} gives another form, {} none; markers none
            forms = [term] + ([_surface(p).lower() for p in entry["plurals"] if p] if entry["braces"]
                              else [] if macro else [_plural(term)])
            out.entries.append({"name": term, "kind": "agent", "code": first["code"], "country": None,
                                "sectors": first["sectors"], "aliases": forms[1:], "spells": [], "role": role})
        return
    names = _names(entry["name"])
    dated = [_public(s) for s in spells if s["start"] or s["end"]]
    # a bare country code in any term makes a country (Ukraine: USRUKR until 1991, then UKR)
    kind = "country" if any(s["code"] == s["country"] for s in spells) else "person" if dated else "organization"
    aliases = list(dict.fromkeys(a for a in names[1:] + entry["aliases"] if a and a != names[0]))
    out.entries.append({"name": names[0], "kind": kind, "code": first["code"], "country": first["country"],
                        "sectors": first["sectors"], "aliases": aliases, "spells": dated, "role": "name",
                        **({"alternatives": [s["code"] for s in spells]} if len(spells) > 1 and not dated else {})})


def _public(spell: dict) -> dict:
    return {k: v for k, v in spell.items() if k != "agent"}


def _expand(term: str, macros: dict[str, list[str]]) -> list[str] | None:
    """``CONGRESS!PERSON!`` with ``!PERSON! = MAN, MEN`` → ``congressman``, ``congressmen``;
    None when a marker is not defined."""
    m = re.search(r"![A-Za-z0-9_]+!", term)
    if not m:
        return [_surface(term).lower()]
    key = m.group(0).upper()
    if key not in macros:
        return None
    out: list[str] = []
    for word in macros[key]:
        more = _expand(term[: m.start()] + word + term[m.end():], macros)
        if more is None:
            return None
        out += more
    return out


def parse_petrarch(text: str, isos: set[str] | None = None) -> Iterator[dict]:
    """Entries of one PETRARCH/Phoenix actor or agent dictionary, as user-lexicon records."""
    yield from read_dictionary(text, isos=isos).entries


def read_file(path: Path, isos: set[str] | None = None) -> Dictionary:
    """One dictionary file (UTF-8; an undecodable file is read as latin-1, with a warning)."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
        note = None
    except UnicodeDecodeError as e:
        text = data.decode("latin-1")
        note = (text.count("\n", 0, e.start) + 1, "not UTF-8 from here on; the file was read as latin-1")
    d = read_dictionary(text, str(path), isos)
    if note:
        d.warnings.insert(0, note)
    return d


def import_petrarch(paths: list[Path]) -> list[dict]:
    """All entries of the given dictionary files (actors and agents), in file order."""
    isos = _countries()
    return [e for p in paths for e in read_file(Path(p), isos).entries]


@app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Dictionary files to read."),
    fmt: str = typer.Option("petrarch", "--format", help="Dictionary format: petrarch (PETRARCH/Phoenix/TABARI)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="User lexicon to write (JSON Lines); stdout if absent."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only each file's summary, not every warning."),
) -> None:
    """Read PETRARCH/Phoenix actor and agent dictionaries into a user lexicon for ``extract --actors``.
    Every entry is imported; each line that cannot be read as written is reported with its number;
    a verb, issues or discards file is refused and nothing is written."""
    if fmt != "petrarch":
        raise typer.BadParameter("only petrarch is supported", param_hint="--format")
    isos = _countries()
    read: list[Dictionary] = []
    for path in files:
        try:
            read.append(read_file(path, isos))
        except WrongKind as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2)
    entries = [e for d in read for e in d.entries]
    data = b"".join(orjson.dumps(e) + b"\n" for e in entries)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    for d in read:
        if not quiet:
            for number, message in d.warnings:
                typer.echo(f"{d.source}:{number}: {message}", err=True)
        typer.echo(d.summary(), err=True)
    typer.echo(f"{len(entries):,} entries from {len(files)} file(s)", err=True)
