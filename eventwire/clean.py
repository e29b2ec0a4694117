"""Clean scraped plain text and read its metadata: title, dateline, outlet, byline, captions.

Scraped article text comes with the page's furniture mixed in: share buttons,
the headline, a dateline, image captions (often printed twice, once for the
image and once for the lightbox), and a credit line at the end. The rules here
are general — line shape and wording, never strings of any one outlet — and
each removed line ends up in a metadata field rather than being thrown away,
but for page furniture: share buttons, navigation, galleries of other news.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

from . import knowledge

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
_TIME = r"(?:\s*(?:,|at|-|–|\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
DATELINE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|date)\s*:?\s*)?(?:" + _WEEKDAY + r")?"
    r"(?:" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.replace("month", "month2") + r",?\s+(?P<year2>\d{4})"
    r"|(?P<year3>\d{4})-(?P<month3>\d{2})-(?P<day3>\d{2}))" + _TIME + r"\s*$",
    re.IGNORECASE,
)
SOCIAL = re.compile(
    r"\b(follow us|share (this|on)|tweet|facebook|twitter|linkedin|whatsapp|telegram|instagram|pinterest"
    r"|subscribe|sign up|newsletter|read more|related( articles| stories)?|advertisement|click here"
    r"|print( this)?|e-?mail( this)?|comments?|log ?in|sign in|skip to|menu|home)\b",
    re.IGNORECASE,
)
# A photo credit set inside a line, after the caption it closes: "(Melina Mara/The Washington Post)",
# "(AP Photo/Evan Vucci)": capitalised words, a slash, capitalised words, in brackets.
INLINE_CREDIT = re.compile(r"[ \t]*\((?:[A-Z][\w.'’\-]*[ ]?){1,4}/[ ]?(?:(?:The|[A-Z][\w.'’\-&]*)[ ]?){1,6}\)[ \t]*")
# A video or photo credit left between two sentences when a caption was scraped with its text ("... could
# have gone longer. (The Washington Post) President-elect Donald Trump and ..."): a bracket of capitalised
# words alone after a sentence's end and before a capital, which the parser reads as the next sentence's
# subject. Not a bracket inside a sentence ("WASHINGTON (Reuters) -", "Mitch McConnell (R) said").
SENTENCE_CREDIT = re.compile(r"(?<=[.!?\"”])[ \t]+\((?:[A-Z][\w.'’\-&]*[ ]){0,4}[A-Z][\w.'’\-&]*\)[ \t]+(?=[A-Z“\"])")
PHOTO_CREDIT = re.compile(
    r"((?-i:\[[A-Z][\w .&'/-]{1,38}\])|\((?:photo|image|picture|file photo|credit)[^()]{0,60}\)"
    r"|\b(?:photo|image|picture|credit)s?\s*(?:credit)?\s*:\s*\S.{0,60}"
    r"|(?-i:\b[A-Z]{2,}(?:/[A-Z][\w.\- ]{1,40})+))\s*$",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^(?P<outlet>.{2,60}?)\s+(?:with inputs from|with input from|with agency inputs|with agencies"
    r"|and agencies|with wires|with additional reporting)\b|"
    r"\b(contributed to this report|additional reporting by|reporting by|editing by|written by|compiled by)\b",
    re.IGNORECASE,
)
BYLINE_TOP = re.compile(r"^\s*[Bb]y\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,4}(?:\s*(?:,|and|&)\s*.*)?$")
COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet>[^.|]{2,60})", re.IGNORECASE)


@dataclass
class Cleaned:
    """Body text and the metadata read off the lines around it."""

    text: str
    title: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)


# Only the encoding repairs: ftfy's other fixes (straight quotes, half-width letters, ligatures,
# HTML entities) would change correct text, and every offset is into the text as written.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, uncurl_quotes=False, fix_character_width=False,
    fix_latin_ligatures=False, fix_line_breaks=False, remove_control_chars=False, fix_surrogates=False,
    normalization=None, explain=False,
)
# Characters a cp1252 or latin-1 reading makes of the UTF-8 continuation bytes 0x80–0xBF.
_CONTINUATION = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)}
                               | {chr(b) for b in range(0x80, 0xC0)}))
# "â€" whose third byte was lost (cp1252 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D: decoders
# replace it with U+FFFD or drop it). Of the five characters it can have been, news text holds one
# visible one, the closing quote ” (E2 80 9D); inside a word it was an invisible one (a zero-width
# joiner, E2 80 8D, which normalise() removes anyway).
_LOST_THIRD_BYTE = re.compile("â€\ufffd?(?![" + re.escape(_CONTINUATION) + "])")


def repair(text: str) -> str:
    """Text mis-decoded somewhere upstream (UTF-8 read as cp1252 or latin-1: "â€œthawâ€\ufffd",
    "Ã©") decoded back with ftfy; correct text comes back unchanged (ftfy only re-decodes what is
    far likelier to be mojibake than real text). Runs before anything reads an offset."""
    if text.isascii():
        return text
    if "â€" in text:
        text = _LOST_THIRD_BYTE.sub(_restore_third_byte, text)
    fixed = ftfy.fix_text(text, _FTFY)
    if fixed == text:
        return text
    # ftfy judges line by line and leaves a lone "ErdoÄŸan" in a long line alone; once it has found
    # mojibake, a document that re-decodes whole is one that was mis-decoded whole.
    for encoding in ("sloppy-windows-1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except UnicodeError:
            pass
    return fixed


def _restore_third_byte(m: re.Match) -> str:
    after = m.string[m.end() : m.end() + 1]
    return "â€\x8d" if after and (after.isalnum() or after in "'’") else "â€\x9d"


INNER_SPACES = re.compile(r"(?<=[\w,;])  +(?=[\w(\"“‘'$£€])")  # not after . ! ? : or a closing bracket


def normalise(text: str) -> str:
    """Mojibake repaired, NFC, Unix newlines, no-break and zero-width spaces made plain, trailing
    spaces gone, and a run of spaces inside a sentence one space (scraped "Vernon  Adkins" is one name: the
    parser reads a run of spaces as a token of its own, which splits names and clauses; two spaces after a
    sentence's end, as typed, stay)."""
    text = unicodedata.normalize("NFC", repair(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\t]", " ", text)
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    text = INNER_SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def parse_dateline(line: str) -> datetime | None:
    """A line that is nothing but a date (and maybe a time) → that datetime."""
    m = DATELINE.match(line)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["year"]:
            y, mo, d = int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        elif g["year2"]:
            y, mo, d = int(g["year2"]), MONTHS[g["month2"].lower().rstrip(".")], int(g["day2"])
        else:
            y, mo, d = int(g["year3"]), int(g["month3"]), int(g["day3"])
        hour, minute = int(g["hour"] or 0), int(g["minute"] or 0)
        ampm = (g["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return datetime(y, mo, d, hour, minute)
    except (ValueError, KeyError):
        return None


def is_social(line: str) -> bool:
    """Share buttons and navigation: a few words, at least one of them a social/nav cue."""
    words = re.findall(r"\w+", line)
    return not words or (len(words) <= 6 and bool(SOCIAL.search(line)) and not line.endswith("."))


def is_caption(line: str) -> bool:
    """A line that ends in a photo credit ("[Xinhua]", "(Photo: AP)", "REUTERS/Name")."""
    return 3 <= len(line.split()) <= 60 and bool(PHOTO_CREDIT.search(line))


def is_prose(line: str) -> bool:
    """A body paragraph: several words ending like a sentence."""
    return len(line.split()) >= 8 and bool(re.search(r"[.!?…:;\"”’)]$", line))


def credit_outlet(line: str) -> tuple[bool, str | None]:
    """(is this a credit line?, the outlet it names if any)."""
    if len(line.split()) > 15:
        return False, None
    found, outlet = False, None
    for part in re.split(r"\s*[;|]\s*", line):
        m = CREDIT.search(part)
        if m:
            found = True
            name = m.group("outlet")
            if name and not re.match(r"^(by|reporting|with)\b", name, re.IGNORECASE):
                outlet = outlet or name.strip(" -–—,")
    if found:
        return True, outlet
    m = COPYRIGHT.match(line)
    if m:
        return True, re.sub(r"\b(all rights reserved)\b.*$", "", m.group("outlet"), flags=re.I).strip(" ,-")
    return False, None


# A line that stops at one of these words (or a comma, or an opening bracket) stops mid-sentence.
_OPEN_END = re.compile(r"(?:[,(\[“‘]|\b(?:a|an|the|of|to|and|or|but|nor|with|for|by|from|in|on|at|as|into|"
                       r"onto|than|that|whose|which|who|his|her|its|their|our|is|are|was|were|has|have|had)|"
                       r"\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St)\.)$")


def unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped text joined back into its sentences: a line break (not a blank line) after a line
    that stops mid-sentence — the next line starts in lower case, or the line ends in a comma, an
    article, preposition, conjunction or title — is a space ("urged Trump to establish a / presidential
    committee"). A real paragraph never starts in lower case; a heading never ends in "the"."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if line and prev and not prev.endswith((".", "!", "?", ":", ";")) and (
                line[0].islower() or _OPEN_END.search(prev)):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


@cache
def _gallery_count() -> re.Pattern:
    """A photo agency's name closing a caption, then a gallery's picture count and a capital (resources/run_in.tsv
    credit; an agency code may lead: "AP:Associated Press 6 Clinton fans wept ...")."""
    return re.compile(r"(?P<before>\S+) (?:[A-Z]{2,5}:)?(?:" + _alternatives("credit") + r") \d{1,2} (?=[A-Z“\"‘'])")


@cache
def _caption_label() -> re.Pattern:
    """A picture's label printed into the text: "Image copyright" and its credit (a listed agency, an @handle, or
    the words up to the next label), or "Image caption" (resources/run_in.tsv credit label, label)."""
    labels = _alternatives("label")
    return re.compile(r"[ \t]*\b(?:(?:" + _alternatives("credit label") + r")\s+(?:@\w+|(?:" + _alternatives("credit")
                      + r")\b|[^.!?\n]{1,60}?(?=\s+(?:" + labels + r")\b))|(?:" + labels + r")\b)[ \t]*")


def _alternatives(kind: str) -> str:
    """The words of one run_in.tsv class as a regular expression's alternatives, longest first."""
    return "|".join(map(re.escape, sorted(run_in(kind), key=len, reverse=True)))


@cache
def run_in(kind: str) -> frozenset[str]:
    """The words of resources/run_in.tsv of one class (opener, unfinished, credit, label, credit label)."""
    return frozenset(word for word, cls in knowledge.rows("run_in.tsv") if cls == kind)


def split_galleries(text: str) -> str:
    """Captions of pictures printed into the text: the parser reads a caption and the sentence it is glued to as
    one sentence and hands one's subject to the other's verb. A paragraph starts where a picture's label stood
    ("... our advantage." Image copyright AFP Image caption Protesters gathered ...) and where a gallery's caption
    closes with its agency's name and the next one's picture count ("... from Clinton Getty Images 6 Victorious
    Trump met President Obama ..."); labels, credits and counts go, as ``INLINE_CREDIT`` drops a credit in
    brackets."""
    def cut(m: re.Match) -> str:  # no caption ends in "the" ("the Associated Press 5 Things to Know")
        return m[0] if m["before"].lower() in run_in("unfinished") else m["before"] + "\n"
    return _gallery_count().sub(cut, _caption_label().sub("\n", text))


_COUNTER = re.compile(r"(?<!\S)(\d{1,3})/(\d{1,3})\s+(?=[A-Z“\"‘'])")


def numbered_galleries(text: str) -> str:
    """``text`` without a gallery printed into it with its pictures counted ("UK news in pictures 19 show all
    ... 1/19 The Palm House is illuminated ... Getty 2/19 Wolfgang Buttress' Hive ... Getty 3/19 ..."): pictures
    of other news, page furniture like the share buttons, whose captions the parser would read as the article's.
    Three counters or more in a row out of the same total mark it; it runs from the words after the last
    sentence before its first counter to the agency closing its last caption (resources/run_in.tsv credit),
    or to the last counter when no agency closes it: where a caption with no credit ends, nothing tells."""
    runs: list[list[re.Match]] = []
    for m in _COUNTER.finditer(text):
        last = runs[-1][-1] if runs else None
        if last is not None and m[2] == last[2] and int(m[1]) == int(last[1]) + 1 and m.start() - last.end() < 600:
            runs[-1].append(m)
        else:
            runs.append([m])
    credit = re.compile(r"\s(?:" + _alternatives("credit") + r")(?:\s+(?i:wire|images|photos?|pictures))?\b")
    out, at = [], 0
    for run in (r for r in runs if len(r) >= 3):
        lead = max(text.rfind(c, 0, run[0].start()) for c in ".!?\n”\"") + 1
        lead = lead if run[0].start() - lead <= 160 else run[0].start()
        tail = credit.search(text, run[-1].end(), run[-1].end() + 200)
        out.append(text[at:lead].rstrip(" \t") + "\n")
        at = tail.end() if tail else run[-1].end()  # (a last caption with no agency after it stays)
    return "".join(out) + text[at:]


@cache
def _gallery_player() -> tuple[re.Pattern, re.Pattern]:
    """A gallery player's opening (its picture count and two or more of its buttons) and its closing words
    (resources/run_in.tsv gallery control, gallery end; a number in them stands for any number)."""
    opening = re.compile(r"(?<!\S)\d{1,3} of \d{1,3}(?:\s+(?:" + _alternatives("gallery control") + r")\b){2,}")
    ends = "|".join(re.sub(r"\d+", r"\\d+", re.escape(w)) for w in sorted(run_in("gallery end"), key=len, reverse=True))
    return opening, re.compile(ends)


def gallery_players(text: str) -> str:
    """``text`` without a photo gallery player printed into it ("... a very good man." 1 of 22 Full Screen Autoplay
    Close Skip Ad x What Trump did on his trip to Washington View Photos Trump arrives at the White House for a
    meeting ... Caption ... Buy Photo Wait 1 second to continue.): its captions retell other moments, and the parser
    reads them as the article's sentences. It runs from the count to the player's closing words within 2,000
    characters; with none, only the count and the buttons go (where its captions end, nothing tells)."""
    opening, closing = _gallery_player()
    out, at = [], 0
    for m in opening.finditer(text):
        if m.start() < at:
            continue
        end = closing.search(text, m.end(), m.end() + 2000)
        out.append(text[at:m.start()].rstrip(" \t") + "\n")
        at = end.end() if end else m.end()
    return "".join(out) + text[at:].lstrip(" \t")


def clean(raw: str) -> Cleaned:
    """Split scraped text into body and metadata by looking at each line's shape."""
    text = gallery_players(numbered_galleries(normalise(raw)))
    lines = unwrap(INLINE_CREDIT.sub("\n", SENTENCE_CREDIT.sub(" ", split_galleries(text))).split("\n"))
    counts = Counter(line for line in lines if line)
    # Lines before the first paragraph of prose are the page header; a text with no prose has none.
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line) and not is_caption(line)), 0)
    out = Cleaned(text="")
    body: list[str] = []
    seen_captions: set[str] = set()
    for i, line in enumerate(lines):
        if not line:
            continue
        header = i < first_prose
        published = parse_dateline(line) if len(line) < 80 else None
        if published is not None:
            out.published = out.published or published
            continue
        if is_social(line):
            continue
        if is_caption(line) or (header and counts[line] > 1 and out.title is not None):
            if line not in seen_captions:
                seen_captions.add(line)
                out.captions.append(line)
            continue
        if header and out.title is None and _title_like(line):
            out.title = line
            continue
        if header and BYLINE_TOP.match(line):
            out.byline = line
            continue
        is_credit, outlet = credit_outlet(line) if (header or i > first_prose) else (False, None)
        if is_credit and (header or _in_tail(lines, i)):
            out.byline = out.byline or line
            out.outlet = out.outlet or outlet
            continue
        if counts[line] > 1 and line in body:
            continue
        body.append(line)
    out.text = "\n\n".join(body)
    return out


def _title_like(line: str) -> bool:
    """A headline: 3–25 words, starting with a letter, digit or quote, not a sentence of prose."""
    return 3 <= len(line.split()) <= 25 and bool(re.match(r"[\w\"“‘']", line)) and not is_prose(line)


def _in_tail(lines: list[str], i: int) -> bool:
    """True when no more than two non-empty lines follow line ``i`` (credits sit at the end)."""
    return sum(1 for line in lines[i + 1 :] if line) <= 2


_EN_STOP = frozenset(
    "the of and to a in is that for it on was with as be by at this are from has have had not but or an"
    " were which their they been its his her he she will said would who there than also after more".split()
)


def english_share(text: str) -> float:
    """Share of words that are common English function words (≈0.3–0.5 for English prose)."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    return sum(w in _EN_STOP for w in words) / len(words) if words else 0.0


def detect_language(text: str) -> str | None:
    """"en" for English prose, None when the text is not recognisably English."""
    return "en" if english_share(text) >= 0.12 else None
