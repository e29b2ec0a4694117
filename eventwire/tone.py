"""Document tone in GDELT's sense, and the tone of each event's sentence.

GDELT's V1.5 tone fields are word shares in percent: positive and negative
words, tone = positive − negative, polarity = positive + negative (how charged
the text is), activity reference density (share of action words; here the
verbs the parser finds) and self/group reference density (share of personal
pronouns), with the word count. The emotion lexicon is VADER's, read from the
``vaderSentiment`` package (MIT) as installed: a word is positive when its mean
valence is above zero, negative when below. No negation handling: GDELT's
scores are plain word shares too, which keeps them comparable.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from .model import Tone
from .nlp import Parsed


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word → mean valence (−4…4), single words only, loaded once per process."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].replace("-", "").replace("'", "").isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def _shares(tokens: Span) -> tuple[int, int, int, int, int]:
    """(words, positive, negative, verbs, personal pronouns) in a stretch of tokens."""
    lex = lexicon()
    words = pos = neg = verbs = pronouns = 0
    for tok in tokens:
        if not tok.is_alpha:
            continue
        words += 1
        valence = lex.get(tok.lower_, 0.0)
        pos += valence > 0
        neg += valence < 0
        verbs += tok.pos_ == "VERB"
        pronouns += tok.pos_ == "PRON" and "Prs" in tok.morph.get("PronType")
    return words, pos, neg, verbs, pronouns


def sentence_tone(sent: Span) -> float:
    """Tone (positive % − negative %) of one sentence; 0 for a sentence with no words."""
    words, pos, neg, _, _ = _shares(sent)
    return round(100.0 * (pos - neg) / words, 3) if words else 0.0


def annotate(parsed: Parsed) -> None:
    """Set ``article.tone`` and each event's ``tone`` (from the sentence it was read from)."""
    words, pos, neg, verbs, pronouns = _shares(parsed.body[:])
    pct = (lambda n: round(100.0 * n / words, 3)) if words else (lambda n: 0.0)
    parsed.article.tone = Tone(
        tone=round(pct(pos) - pct(neg), 3), positive=pct(pos), negative=pct(neg), words=words,
        polarity=round(pct(pos) + pct(neg), 3), activity=pct(verbs), self_group=pct(pronouns),
    )
    sentences = parsed.sentences
    for event in parsed.article.events:
        if 0 <= event.sentence < len(sentences):
            event.tone = sentence_tone(sentences[event.sentence])
