"""Users' own actor dictionaries: read PETRARCH/Phoenix (TABARI) files into an eventwire user lexicon.

Researchers keep years of work in these files; ``eventwire actors import`` turns them into the
JSON Lines that ``Pipeline(actors=FILE)`` (``extract --actors FILE``) puts on top of ours.
The native format: ``NAME_ [CODE]`` starts an entry, ``+ALIAS_`` lines add names, indented
``[CODE date-range]`` lines give dated codes (``700101-990809``, ``>20070101``, ``<991231``),
``#`` starts a comment; agent files map nouns to ``[~SEC]`` codes, with ``!MACRO! = A, B``
lines expanding ``!MACRO!`` in terms.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

import orjson
import typer

from .actor_lexicon import MEMBER, SECTOR, SECTOR_LABELS, _resource, _rows

app = typer.Typer(help="Actor dictionaries: import your own.", no_args_is_help=True, add_completion=False)

CODE = re.compile(r"\[([^\]]*)\]")
MACRO = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
LOWER = {"of", "the", "and", "for", "in", "on", "de", "del", "la", "al", "mr", "mr.", "mrs", "mrs.", "dr", "dr."}


def _countries() -> set[str]:
    return {r["iso3"] for r in _rows(_resource("countries.tsv"))}


def _day(raw: str, end: bool) -> date | None:
    """PETRARCH dates: YYMMDD (70-99 → 19xx) or YYYYMMDD; anything else → unknown (open)."""
    try:
        if len(raw) == 6:
            yy = int(raw[:2])
            return date(1900 + yy if yy >= 30 else 2000 + yy, int(raw[2:4]), int(raw[4:6]))
        if len(raw) == 8:
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        pass
    return None


def _spell(text: str, isos: set[str]) -> dict | None:
    """``RUSELI 700101-990809`` → {"code", "country", "sectors", "start", "end"}."""
    parts = text.split()
    if not parts:
        return None
    agent = "~" in parts[0]  # "~MED": a sector suffix, never a country
    code = parts[0].strip("~").upper()
    if not re.fullmatch(r"[A-Z0-9]{3,}", code):
        return None
    start = end = None
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = _day(rng[1:], False)
        elif rng.startswith("<"):
            end = _day(rng[1:], True)
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = _day(a, False), _day(b, True)
    # the first three letters name a country unless they are a sector ("IGOUNO", "~MED")
    country = None if agent else code[:3] if code[:3] in isos or len(code) % 3 == 0 and code[:3] not in SECTOR_LABELS else None
    rest = code[3:] if country else code
    sectors = [rest[i:i + 3] for i in range(0, len(rest) - 2, 3)]
    return {"code": code, "country": country, "sectors": sectors,
            "start": start.isoformat() if start else None, "end": end.isoformat() if end else None}


def _surface(raw: str) -> str:
    """``VLADIMIR_PUTIN_`` → ``Vladimir Putin``; words of up to three capitals stay acronyms (``UN``);
    longer ones ("NATO" → "Nato") still match capitalised text, since matching folds case."""
    words = raw.strip().strip("_").replace("_", " ").split()
    out = [w.lower() if w.lower() in LOWER else w.title() if sum(c.isalpha() for c in w) > 3 and w.isupper() else w
           for w in words]
    return " ".join(out[:1] + out[1:]) if not out or not out[0].islower() else " ".join([out[0].title(), *out[1:]])


def parse_petrarch(text: str, isos: set[str] | None = None) -> Iterator[dict]:
    """Entries of one PETRARCH/Phoenix actor or agent dictionary, as user-lexicon records."""
    isos = _countries() if isos is None else isos
    macros: dict[str, list[str]] = {}
    entry: dict | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.strip().startswith(("---", "<", "=")):
            continue
        m = MACRO.match(line.strip())
        if m:
            macros[m.group(1)] = [w.strip().replace(" ", "_") for w in m.group(2).split(",") if w.strip()]
            continue
        codes = [s for s in (_spell(c, isos) for c in CODE.findall(line)) if s]
        head = CODE.sub(" ", line).strip()
        if line[0].isspace() and not head:  # an indented code line belongs to the current entry
            if entry is not None:
                entry["spells"] += codes
            continue
        if head.startswith("+"):
            if entry is not None:
                entry["aliases"].append(_surface(head[1:]))
                entry["spells"] += codes
            continue
        if entry is not None:
            yield from _finish(entry, macros)
        agent = "~" in line
        entry = {"name": _surface(head), "aliases": [], "spells": codes, "agent": agent}
    if entry is not None:
        yield from _finish(entry, macros)


def _finish(entry: dict, macros: dict[str, list[str]]) -> Iterator[dict]:
    spells = entry["spells"]
    if not entry["name"] or not spells:
        return
    undated = [s for s in spells if not s["start"] and not s["end"]]
    first = (undated or spells)[0]
    if entry["agent"]:
        for name in _expand(entry["name"], macros):
            yield {"name": name, "kind": "agent", "code": first["code"], "country": None, "sectors": first["sectors"],
                   "aliases": [], "spells": [], "role": SECTOR if first["sectors"] else MEMBER}
        return
    dated = [s for s in spells if s["start"] or s["end"]]
    # a bare country code in any term makes a country (Ukraine: USRUKR until 1991, then UKR)
    kind = "country" if any(s["code"] == s["country"] for s in spells) else "person" if dated else "organization"
    yield {"name": entry["name"], "kind": kind, "code": first["code"], "country": first["country"],
           "sectors": first["sectors"], "aliases": [a for a in entry["aliases"] if a],
           "spells": dated, "role": "name"}


def _expand(term: str, macros: dict[str, list[str]]) -> list[str]:
    """``Cattle!Person!`` with ``!PERSON! = MAN, MEN`` → ``cattleman``, ``cattlemen``."""
    m = re.search(r"![A-Za-z0-9_]+!", term)
    if not m:
        return [term.lower()]
    key = m.group(0).upper()
    out = []
    for word in macros.get(key, []):
        out += _expand(term[: m.start()] + word.replace("_", " ") + term[m.end():], macros)
    return out


def import_petrarch(paths: list[Path]) -> list[dict]:
    """All entries of the given dictionary files (actors and agents), in file order."""
    isos = _countries()
    out: list[dict] = []
    for p in paths:
        out += parse_petrarch(Path(p).read_text(encoding="utf-8", errors="replace"), isos)
    return out


@app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Dictionary files to read."),
    fmt: str = typer.Option("petrarch", "--format", help="Dictionary format: petrarch (PETRARCH/Phoenix/TABARI)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="User lexicon to write (JSON Lines); stdout if absent."),
) -> None:
    """Read PETRARCH/Phoenix actor and agent dictionaries into a user lexicon for ``extract --actors``."""
    if fmt != "petrarch":
        raise typer.BadParameter("only petrarch is supported", param_hint="--format")
    entries = import_petrarch(files)
    data = b"".join(orjson.dumps(e) + b"\n" for e in entries)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    typer.echo(f"{len(entries)} entries from {len(files)} file(s)", err=True)
