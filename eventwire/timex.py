"""Temporal expressions, normalised against the publication date, and the date of each event.

News dates events by words relative to the day of writing ("On Tuesday", "last
month", "November 24"); GDELT's "event date = publication date" loses that. A
small regular grammar (vocabulary in ``resources/timex.json``) finds the
expressions; spaCy's parse supplies tense ("will meet on Tuesday" looks forward)
and, for each event, the expression that governs its trigger. Values are
TIMEX3-style: ``2015-11-17`` (day), ``2015-W47`` (week, ``2015-W46-WE`` for a
weekend), ``2015-11`` (month), ``2015`` (year).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from . import knowledge
from .model import DateMention, Event
from .nlp import Parsed, text_of

Tense = str | None  # "future", "past" or None (no evidence)
NAME_ENTITIES = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON"}  # "USA Today", "the Sunday Times"


@dataclass
class Found:
    """A date mention plus what event dating needs: its tokens and, for a bare weekday, its forward reading."""

    mention: DateMention
    span: Span | None
    forward: str | None = None  # value when read as the next such weekday (intended events)


# Characters other than A-Z and a-z that a case-insensitive pattern reads as an ASCII letter
# ("İ", "ı", "ſ", the Kelvin sign): str.lower() does not map them onto one, so a text holding any
# of them skips the lower-case tests of Gate (tests/test_timex.py checks the list against re).
CASE_ODD = frozenset("\u0130\u0131\u017f\u212a")


@dataclass(frozen=True)
class Gate:
    """What a text must hold for a pattern to match anywhere in it: one of ``cased`` as written,
    one of ``folded`` in its lower-cased form, or a match of ``rx`` (each a part of every match
    of the pattern). Testing a few substrings costs far less than running the pattern, and most
    texts (titles, captions, many bodies) lack one kind of date or another; nothing is lost."""

    cased: tuple[str, ...] = ()
    folded: tuple[str, ...] = ()
    rx: re.Pattern[str] | None = None

    def passes(self, text: str, low: str | None) -> bool:
        """``low``: ``text.lower()``, or None when ``text`` holds a character of CASE_ODD."""
        if not (self.cased or self.folded or self.rx):
            return True
        return (any(w in text for w in self.cased)
                or (any(w in low for w in self.folded) if low is not None else bool(self.folded))
                or (self.rx is not None and self.rx.search(text) is not None))


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary of ``resources/timex.json`` and the grammar compiled from it."""

    months: dict[str, int]
    weekdays: dict[str, int]
    deictic_days: dict[str, int]
    deictic_periods: dict[str, int]
    numbers: dict[str, int]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    chain: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    clock: re.Pattern[str]
    gates: dict[str, Gate]  # pattern name ("clock" too) → what a text needs for it to match
    starts: dict[str, re.Pattern[str]]  # pattern name → where its matches may start, see scan()


def scan(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str, low: str | None) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found faster when ``starts`` is given: a
    zero-width pattern run on ``low`` (``text.lower()``, same length) that holds at every position
    where a match of ``pattern`` can start. A pattern that opens with a case-insensitive choice of
    words, or with a word boundary, is tried by the engine at every character; ``starts`` is a
    choice of plain lower-case words (or digits), which it rules out far sooner, and ``pattern``
    is then tried only there, left to right, each search going on after the last match as
    ``finditer`` does (``match`` at a position sees the text before it, for lookbehinds and
    ``\b``). Without ``starts`` or ``low`` (a text holding a character of CASE_ODD, whose case
    ``str.lower`` does not fold as the pattern does), the plain ``finditer``."""
    if starts is None or low is None or len(low) != len(text):
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    pos = 0
    for start in starts.finditer(low):
        s = start.start()
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            out.append(m)
            pos = m.end()  # every pattern of ours matches at least one character
    return out


def _alt(words: list[str]) -> str:
    """Longest-first alternation of whole words."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return rf"(?:{body})\b"


def _names(table: dict[str, int]) -> str:
    """Full names, and abbreviations (a name's strict prefix with the same number) with an optional stop."""
    abbrevs = [k for k, v in table.items() if any(o != k and o.startswith(k) and table[o] == v for o in table)]
    return rf"(?:{_alt(abbrevs)}\.?|{_alt([k for k in table if k not in abbrevs])})"


_WEEKDAY_RELATIVE = ("this past", "this coming", "last", "next", "this", "coming")  # "last Tuesday", in this order


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Vocabulary and compiled grammar, loaded once per process."""
    data = knowledge.data("timex.json")
    months, weekdays = data["months"], data["weekdays"]
    full_days = [w for w in weekdays if len(w) > 5]
    mon = rf"(?P<mon>{_names(months)})"
    wd_any = rf"(?:(?P<wdn>{_names(weekdays)}),?\s+)"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    year = r"(?<![\d,.$£€])(?P<year>1[6-9]\d\d|20\d\d)\b(?!\s*(?:%|percent|per\b)|[.,]\d|-[A-Za-z])"
    edge = rf"(?:(?i:{_alt(data['edge_modifiers'])})\s*)"
    part = rf"(?:\s+(?i:{_alt(data['day_parts'])}))"
    num = rf"(?P<num>\d+|(?i:{_alt(list(data['numbers']))}))"
    unit = r"(?P<unit>(?i:day|week|month|year|decade)s?)\b"
    mon_ctx = rf"(?i:\b{_alt(data['month_only_after'])}-?\s*)"
    year_ctx = rf"(?i:\b{_alt(data['year_after'])}-?\s*)"
    patterns = [
        ("iso", r"\b(?P<year>\d{4})-(?P<monn>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
        ("mdy", rf"\b{wd_any}?{mon}\s+{day},?\s+{year}"),
        ("dmy", rf"\b{wd_any}?(?:the\s+)?{day}\s+(?:of\s+)?{mon},?\s+{year}"),
        ("my", rf"(?:{edge}|\b){mon},?\s+(?:of\s+)?{year}"),
        ("md", rf"\b{wd_any}?{mon}\s+{day}(?![:.]\d)"),
        ("dm", rf"\b(?:the\s+)?{day}\s+(?:of\s+)?{mon}"),
        (
            "weekday",
            rf"(?:{edge}|\b)(?:(?P<rel>(?i:{'|'.join(_WEEKDAY_RELATIVE)}))\s+)?"
            rf"(?P<wd>{_alt(full_days)})(?:'s|’s)?{part}?",
        ),
        ("deictic", rf"\b(?P<deictic>(?i:{_alt(list(data['deictic_days']))}))(?:'s|’s)?{part}?"),
        ("period", rf"(?i:\b(?P<rel>{_alt(list(data['deictic_periods']))})\s+(?P<unit>week|weekend|month|year)\b)"),
        ("weekend", r"(?i:\bthe\s+weekend\b)"),
        ("ago", rf"\b{num}\s+{unit}\s+(?i:ago)\b"),
        ("month", rf"(?:{mon_ctx}|(?={edge}))(?P<core>{edge}?{mon})(?!\s*\d)"),
        ("year", rf"(?:{year_ctx}|(?={edge}))(?P<core>{edge}?{year})"),
        ("year_entity", year),
    ]
    ampm = r"(?i:[ap]\.m\.|[ap]m\b)"
    clock = (
        rf"(?:(?i:{_alt(data['clock_prefixes'])})\s+)?(?<![\d.:])"
        rf"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*{ampm}|(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:.]\d))"
        rf"|(?i:{_alt(data['clock_prefixes'])})\s+(?i:{_alt(data['clock_words'])})"
    )
    # where matches may start (see scan): a word that opens the pattern, lower-cased, else a digit
    def opening(*words: list[str] | tuple[str, ...]) -> str:
        return "|".join(re.escape(w.lower()) for w in sorted({w for ws in words for w in ws}, key=len, reverse=True))

    edges, month_words = data["edge_modifiers"], list(months)
    clock_starts = rf"(?={opening(data['clock_prefixes'])})|(?<![\d.:])\d"
    starts = {
        "my": re.compile(rf"(?={opening(edges, month_words)})"),
        "weekday": re.compile(rf"(?={opening(edges, _WEEKDAY_RELATIVE, full_days)})"),
        "deictic": re.compile(rf"(?={opening(data['deictic_days'])})"),
        "period": re.compile(rf"(?={opening(data['deictic_periods'])})"),
        "month": re.compile(rf"(?={opening(data['month_only_after'], edges)})"),
        "year": re.compile(rf"(?={opening(data['year_after'], edges)})"),
        "clock": re.compile(clock_starts),
    }
    year_rx = re.compile(r"1[6-9]\d\d|20\d\d")
    month_names = tuple(months)
    gates = {
        "iso": Gate(rx=re.compile(r"\d-[01]\d-")),
        **dict.fromkeys(("mdy", "dmy", "my", "md", "dm", "month"), Gate(cased=month_names)),
        "weekday": Gate(cased=tuple(full_days)),
        "deictic": Gate(folded=tuple(k.lower() for k in data["deictic_days"])),
        "period": Gate(folded=("week", "month", "year")),
        "weekend": Gate(folded=("weekend",)),
        "ago": Gate(folded=("ago",)),
        "year": Gate(rx=year_rx),
        "year_entity": Gate(rx=year_rx),
        # a digit before "am"/"pm" or in "hh:mm", else "noon"/"midnight" after a prefix
        "clock": Gate(folded=tuple(w.lower() for w in data["clock_words"]), rx=re.compile(rf"\d(?:\s*{ampm}|:[0-5]\d)")),
    }
    return Lexicon(
        months={k.lower(): v for k, v in months.items()},
        weekdays={k.lower(): v for k, v in weekdays.items()},
        deictic_days=data["deictic_days"],
        deictic_periods=data["deictic_periods"],
        numbers=data["numbers"],
        future_aux=frozenset(data["future_aux"]),
        future_governors=frozenset(data["future_governors"]),
        chain=tuple(data["chain_connectives"]),
        patterns=tuple((name, re.compile(p)) for name, p in patterns),
        clock=re.compile(clock),
        gates=gates,
        starts=starts,
    )


# ---------------------------------------------------------------- calendar arithmetic


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: date, n: int) -> str:
    m = d.year * 12 + d.month - 1 + n
    return f"{m // 12}-{m % 12 + 1:02d}"


def _weekday(pub: date, wd: int, direction: str) -> date:
    """The weekday ``wd`` seen from ``pub``: "back" (on or before), "forward" (on or after), "before", "after"."""
    if direction == "before":
        return pub - timedelta((pub.weekday() - wd - 1) % 7 + 1)
    if direction == "after":
        return pub + timedelta((wd - pub.weekday() - 1) % 7 + 1)
    if direction == "forward":
        return pub + timedelta((wd - pub.weekday()) % 7)
    return pub - timedelta((pub.weekday() - wd) % 7)


def _year_for(pub: date, month: int, day: int | None, tense: Tense) -> int:
    """Year of a month (and day) written without one: the occurrence nearest the publication
    date, or the last one before it (past tense), or the next one after it (future)."""
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(y, month, day or 15))
        except ValueError:
            continue
    if day is None and month == pub.month:
        return pub.year
    if tense == "future":
        after = [d for d in options if d >= pub]
        return min(after).year if after else pub.year
    if tense == "past":
        before = [d for d in options if d <= pub]
        return max(before).year if before else pub.year
    return min(options, key=lambda d: abs((d - pub).days)).year


# ---------------------------------------------------------------- tense from the parse


def _tense(span: Span | None, present_is_future: bool) -> Tense:
    """Tense of the verb that governs a date: "will meet on Tuesday", "is to meet", "plans to
    visit", "the summit opens on Monday" (present = schedule, not in headlines) read forward."""
    if span is None:
        return None
    lex = lexicon()
    tok: Token = span.root
    for _ in range(8):
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    while tok.dep_ == "conj" and tok.head.i != tok.i and not any(c.dep_.startswith("aux") for c in tok.children):
        tok = tok.head  # "scheduled to remain ... and return on Friday": the first conjunct has the auxiliaries
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex.future_aux for a in auxes):
        return "future"
    if any(a.tag_ == "TO" for a in auxes):
        if tok.dep_ in ("acl", "relcl", "ROOT") or tok.head.pos_ in ("NOUN", "PROPN"):
            return "future"  # "plans to meet on Tuesday", "a committee to report on Monday", "Army to strike Friday"
        gov = tok.head
        if gov.lemma_.lower() in lex.future_governors or gov.head.lemma_.lower() in lex.future_governors:
            return "future"
        return None
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes)):
        return "past"
    if present_is_future and (
        tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes))
    ):
        return "future"
    return None


# ---------------------------------------------------------------- resolution of one match


def _number(text: str) -> int | None:
    text = text.lower()
    return int(text) if text.isdigit() else lexicon().numbers.get(text)


def _resolve(
    kind: str, m: re.Match[str], pub: date | None, tense: Callable[[], Tense]
) -> tuple[str, str, str | None] | None:
    """(value, precision, forward value) for one match, or None when it cannot be normalised."""
    lex = lexicon()
    g = m.groupdict()
    month = lex.months[g["mon"].rstrip(".").lower()] if g.get("mon") else None
    if kind == "iso":
        return str(date(int(g["year"]), int(g["monn"]), int(g["day"]))), "day", None
    if kind in ("mdy", "dmy"):
        return str(date(int(g["year"]), month, int(g["day"]))), "day", None
    if kind == "my":
        return f"{g['year']}-{month:02d}", "month", None
    if kind in ("year", "year_entity"):
        return g["year"], "year", None
    if pub is None:
        return None
    if kind in ("md", "dm"):
        day = int(g["day"])
        if g.get("wdn"):  # "Saturday, April 4": the year in which April 4 is a Saturday, nearest first
            wd = lex.weekdays[g["wdn"].rstrip(".").lower()]
            fits = [d for y in (pub.year, pub.year - 1, pub.year + 1) if (d := date(y, month, day)).weekday() == wd]
            if fits:
                return str(min(fits, key=lambda d: abs((d - pub).days))), "day", None
        return str(date(_year_for(pub, month, day, tense()), month, day)), "day", None
    if kind == "month":
        text = m.group(0).lower()
        rel = "last" if text.startswith("last") else "next" if text.startswith("next") else None
        if rel == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif rel == "next":
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = _year_for(pub, month, None, "past" if text.startswith("since") else tense())
        return f"{year}-{month:02d}", "month", None
    if kind == "weekday":
        wd = lex.weekdays[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        forward = str(_weekday(pub, wd, "forward"))
        if rel in ("last", "this past"):
            return str(_weekday(pub, wd, "before")), "day", None
        if rel in ("next", "coming", "this coming"):
            return str(_weekday(pub, wd, "after")), "day", None
        if tense() == "future":
            return forward, "day", forward
        return str(_weekday(pub, wd, "back")), "day", forward
    if kind == "deictic":
        return str(pub + timedelta(lex.deictic_days[re.sub(r"\s+", " ", g["deictic"].lower())])), "day", None
    if kind == "period":
        shift = lex.deictic_periods[re.sub(r"\s+", " ", g["rel"].lower())]
        unit = g["unit"].lower()
        if shift == 0 and unit == "week" and pub.weekday() == 6 and tense() == "future":
            shift = 1  # on a Sunday, "this week" ahead is the week that starts tomorrow
        if shift == 0 and unit == "weekend" and pub.weekday() < 5 and tense() == "past":
            shift = -1  # "was held this weekend" written on a weekday: the weekend just gone
        if unit == "week":
            return _week(pub + timedelta(7 * shift)), "week", None
        if unit == "weekend":
            return _week(pub + timedelta(7 * shift)) + "-WE", "week", None
        if unit == "month":
            return _add_months(pub, shift), "month", None
        return str(pub.year + shift), "year", None
    if kind == "weekend":
        ahead = tense() == "future" and pub.weekday() < 5
        return _week(pub if ahead or pub.weekday() >= 5 else pub - timedelta(7)) + "-WE", "week", None
    if kind == "ago":
        n = _number(g["num"])
        unit = g["unit"].lower().rstrip("s")
        if n is None or n > 1000:
            return None
        if unit == "day":
            return str(pub - timedelta(n)), "day", None
        if unit == "week":
            return _week(pub - timedelta(7 * n)), "week", None
        if unit == "month":
            return _add_months(pub, -n), "month", None
        return str(pub.year - n * (10 if unit == "decade" else 1)), "year", None
    return None


# ---------------------------------------------------------------- finding expressions in one doc


_CONTINUATION = re.compile(
    r"(?:\s*,\s*|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
)


def _found(doc: Doc, text: str, s: int, e: int, value: str, precision: str, field: str,
           forward: str | None = None) -> Found:
    """``text`` is ``doc.text``, built once by the caller: spaCy rebuilds it from every token on each access."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return Found(DateMention(text[s:e], s, e, value, precision, field), span, forward)


class _Taken:
    """Non-overlapping character spans already read as dates, kept sorted: an overlap test is a
    bisection, not a scan of every span found so far (long texts have thousands)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s)
        if i > 0 and self.ends[i - 1] > s:
            return False
        return not (i < len(self.starts) and self.starts[i] < e)

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def _bad_number(doc: Doc, start: int, end: int) -> bool:
    """A year or day that counts things ("2000 people", "24 and 26 soldiers") is no date."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    return tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i


def _proper_name(doc: Doc, text: str, start: int, end: int) -> bool:
    """A day word inside a name ("USA Today", "the Sunday Times") is no date."""
    if not text[start:end][:1].isupper():
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in NAME_ENTITIES


def _named_year(doc: Doc, start: int, end: int) -> bool:
    """A bare year counts when spaCy reads it as part of a date or event ("US election 2016")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in ("DATE", "EVENT")


def find(doc: Doc, published: datetime | date | None, field: str = "text") -> list[Found]:
    """Every temporal expression of ``doc`` (body, title or caption), in text order."""
    lex = lexicon()
    pub = published.date() if isinstance(published, datetime) else published
    text = text_of(doc)
    low = None if CASE_ODD.intersection(text) else text.lower()
    gates = lex.gates
    taken = _Taken()
    out: list[Found] = []
    free = taken.free

    for kind, pattern in lex.patterns:
        if not gates[kind].passes(text, low):
            continue
        for m in scan(pattern, lex.starts.get(kind), text, low):
            s, e = m.span("core") if kind in ("month", "year") else m.span()
            if kind == "month" and re.match(r"(?i)(last|next|this)\s", m.group(0)):
                s = m.start()  # "last November" keeps its relative word
            if e <= s or not free(s, e):
                continue
            if kind in ("deictic", "weekday") and _proper_name(doc, text, s, e):
                continue
            if kind in ("year", "year_entity", "dm") and _bad_number(doc, s, e):
                continue
            if kind == "year_entity" and not _named_year(doc, s, e):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            # tense is read from the parse only for the expressions that need it; headlines are in the present
            tense = lambda span=span: _tense(span, present_is_future=field == "text")  # noqa: E731
            try:
                resolved = _resolve(kind, m, pub, tense)
            except (ValueError, KeyError, OverflowError):  # "February 30", years out of range
                resolved = None
            if resolved is None:
                continue
            value, precision, forward = resolved
            taken.add(s, e)
            out.append(_found(doc, text, s, e, value, precision, field, forward))
            if kind in ("md", "mdy"):
                out.extend(_continuations(doc, text, m, value, taken, field))
    now = published.time() if isinstance(published, datetime) and published.time() != time() else None
    if gates["clock"].passes(text, low):
        out.extend(_clock_times(doc, text, pub, now, out, taken, field, low))
    return sorted(out, key=lambda f: f.mention.start)


def _clock(text: str) -> time | None:
    """The time of day a clock expression names ("6.10am", "00:48", "noon"), if it says one."""
    low = text.lower()
    if "noon" in low or "midday" in low:
        return time(12)
    if "midnight" in low:
        return time(0)
    m = re.search(r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])?", low)
    if not m:
        return None
    hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0) if m.group(3) else int(m.group(1))
    return time(hour, int(m.group(2) or 0)) if hour < 24 else None


def _clock_times(
    doc: Doc, text: str, pub: date | None, now: time | None, dated: list[Found], taken: _Taken, field: str,
    low: str | None = None,
) -> list[Found]:
    """Clock times ("at about 6.10am", "00:48") name a day without saying it: the day read in the
    same sentence, else in the two sentences before, else the publication day — or the day before
    it when the clock is later than the known publication time ("shortly before 7 pm" at 04:35)."""
    lex = lexicon()
    matches = scan(lex.clock, lex.starts["clock"], text, low)  # low: text.lower(), see find
    if not matches:
        return []
    starts = [s.start_char for s in doc.sents]
    days = sorted((f for f in dated if f.mention.precision == "day"), key=lambda f: f.mention.start)

    def sentence(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    by_sentence: dict[int, list[Found]] = {}  # days grouped once, so each clock looks at three sentences
    for f in days:
        by_sentence.setdefault(sentence(f.mention.start), []).append(f)
    out = []
    for m in matches:
        s, e = m.span()
        if not taken.free(s, e):
            continue
        here = sentence(s)
        same = by_sentence.get(here, [])
        before = [f for k in (here - 2, here - 1) for f in by_sentence.get(k, []) if f.mention.start < s]
        if same:
            value = min(same, key=lambda f: abs(f.mention.start - s)).mention.value
        elif before:
            value = before[-1].mention.value
        elif pub is not None:
            clock = _clock(m.group(0))
            elsewhere = text[e : e + 12].lower().strip().startswith("local time")  # another zone's clock
            later = now is not None and clock is not None and clock > now and not elsewhere
            value = (pub - timedelta(1) if later else pub).isoformat()
        else:
            continue
        taken.add(s, e)
        out.append(_found(doc, text, s, e, value, "day", field))
    return out


def _continuations(doc: Doc, text: str, m: re.Match[str], value: str, taken: _Taken, field: str) -> list[Found]:
    """Further days of one month: "on Nov. 24 and 26", "November 13-15" → one mention per day."""
    out = []
    pos = m.end("day")
    year, month = int(value[:4]), int(value[5:7])
    while c := _CONTINUATION.match(text, pos):
        s, e = c.span(1)
        if _bad_number(doc, s, e) or not taken.free(s, e):
            break
        try:
            day = date(year, month, int(c.group(1)))
        except ValueError:
            break
        taken.add(s, e)
        out.append(_found(doc, text, s, e, str(day), "day", field))
        pos = c.end()
    return out


# ---------------------------------------------------------------- event dates


ATTRIBUTIVE = {"compound", "nmod", "amod", "poss", "nummod"}  # "the November 13 attacks": the date of a noun


@dataclass
class Zone:
    """One parsed field (body, title or a caption) with its dates grouped by sentence."""

    doc: Doc
    sents: list[Span]
    starts: list[int]
    dates: dict[int, list[Found]]

    @classmethod
    def of(cls, doc: Doc, sents: list[Span], found: list[Found]) -> Zone:
        zone = cls(doc, sents, [s.start_char for s in sents], {})
        for f in found:
            if f.span is not None:
                zone.dates.setdefault(zone.sentence(f.mention.start), []).append(f)
        return zone

    def sentence(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)


def _is_clause_head(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT")


def _governor(tok: Token) -> Token:
    """The nearest clause head above ``tok`` (or the sentence root)."""
    while not _is_clause_head(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _attached(f: Found, anchor: Token, date_tokens: set[int]) -> bool:
    """Does the date modify ``anchor`` itself — directly, through a preposition ("on Tuesday") or
    another date of a list, or, for a noun, through its relative clause ("talks which were held
    last week")? A date inside an argument ("mastermind of the November 13 attacks") does not."""
    tok = f.span.root
    while tok.i != anchor.i:
        head = tok.head
        if head.i == tok.i:
            return False
        if head.i != anchor.i:
            via_prep = head.pos_ in ("ADP", "SCONJ") or head.i in date_tokens
            via_clause = (
                anchor.pos_ in ("NOUN", "PROPN") and head.dep_ in ("relcl", "acl") and head.head.i == anchor.i
            )
            if not (via_prep or via_clause):
                return False
        tok = head
    return True


def _nearest(pos: int, dates: list[Found]) -> Found | None:
    return min(dates, key=lambda f: abs(f.mention.start - pos), default=None)


def _free(f: Found) -> bool:
    """A date that may govern any event of its sentence: not a noun's attribute, not in a relative clause."""
    root = f.span.root
    return root.dep_ not in ATTRIBUTIVE and _governor(root.head).dep_ not in ("relcl", "acl")


def _event_date(zone: Zone, ev: Event) -> tuple[Found | None, bool]:
    """The governing date and whether it is the trigger's own: the trigger's clause, an enclosing
    clause, another free date of the sentence, or the date of the sentence a connective chains to."""
    span = zone.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return None, False
    sent = zone.sentence(ev.trigger.start)
    here = zone.dates.get(sent, [])
    date_tokens = {t.i for f in here for t in f.span}
    anchor = span.root
    own = True
    while here:
        hit = _nearest(ev.trigger.start, [f for f in here if _attached(f, anchor, date_tokens)])
        if hit:
            return hit, own
        if anchor.head.i == anchor.i:
            break
        anchor, own = _governor(anchor.head), False
    free = [f for f in here if _free(f)]
    if free:
        return _nearest(ev.trigger.start, free), False
    chain = lexicon().chain
    while sent > 0:
        opening = re.sub(r"\s+", " ", zone.sents[sent].text.lower()).lstrip(" \"“'")
        if not any(re.match(rf"{re.escape(c)}\b", opening) for c in chain):
            break
        sent -= 1
        earlier = [f for f in zone.dates.get(sent, []) if _free(f)]
        if earlier:
            root = zone.sents[sent].root
            tokens = {t.i for f in earlier for t in f.span}
            return _nearest(root.idx, [f for f in earlier if _attached(f, root, tokens)]) or earlier[0], False
    return None, False


def date_events(parsed: Parsed, zones: dict[str, Zone]) -> None:
    """Fill ``date``, ``date_precision`` and ``date_text`` of each event; fall back to the
    publication date, marked ``"publication"`` so a read date and a default stay apart. An
    intended event reads its own bare weekday forward ("hope to sign on Monday")."""
    for ev in parsed.article.events:
        name = ev.mentions[0].field if ev.sentence < 0 and ev.mentions else "text"
        found, own = _event_date(zones[name], ev) if name in zones else (None, False)
        if found is not None:
            forward = found.forward if ev.status == "intended" and own else None
            ev.date = forward or found.mention.value
            ev.date_precision, ev.date_text = found.mention.precision, found.mention.text
        elif parsed.published is not None:
            ev.date, ev.date_precision, ev.date_text = parsed.published.date().isoformat(), "publication", None


def annotate(parsed: Parsed) -> None:
    """Add the article's date mentions (body, title, captions) and date its events."""
    pub = parsed.published
    body = find(parsed.body, pub)
    zones = {"text": Zone.of(parsed.body, parsed.sentences, body)}
    for name, doc in parsed.zones:
        found = find(doc, pub, name)
        body.extend(found)
        zones[name] = Zone.of(doc, list(doc.sents), found)
    parsed.article.dates.extend(f.mention for f in body)
    date_events(parsed, zones)
