"""Where clauses begin and end around a cue: the token navigation behind content spans.

Helpers for :mod:`analysis.attribution.detect`: the word before a cue past adverbs, the
passive *by*, a later *that*, the markers that a reported clause follows, a cue that trails
its quotation, and the character span of what is attributed.
"""

from __future__ import annotations

import itertools

from analysis.attribution.sources import AUXILIARIES, PRONOUNS, Source, known_source_words
from analysis.tokens import Tokens

BE = frozenset("is are was were be been being am 's".split())
CONTENT_MARKERS = frozenset('that " : , whether if how why what when where who of about'.split())
# "urged them to leave", "vowed to fight": an infinitive is reported content after these only
# ("agreed to merge" is an action, not a report)
TO_VERBS = frozenset("urge appeal ask warn advise call plead promise pledge vow threaten".split())
RECIPIENT_VERBS = frozenset("tell inform assure warn urge advise remind ask".split())
_END = frozenset('. ! ? " ) ;'.split())


def prev_word(toks: Tokens, i: int) -> int | None:
    j = i - 1
    from analysis.attribution.sources import ADVERBS

    lows, is_word = toks.lows, toks.is_word
    while j >= 0 and is_word[j] and (lows[j] in ADVERBS or (lows[j].endswith("ly")
                                                          and lows[j] not in PRONOUNS)):
        j -= 1
    return j if j >= 0 else None


def verbal_subject(toks: Tokens, prev: int | None) -> bool:
    """Whether the word before an ambiguous form (``claims``, ``reports``, ``fears``) makes it
    a verb: a pronoun, an auxiliary or ``to``, a name, or a source word."""
    if prev is None:
        return False
    low = toks.lows[prev]
    if low in PRONOUNS or low in AUXILIARIES or low in ("to", "who"):
        return True
    return (toks.texts[prev][:1].isupper() and prev > 0) or low in known_source_words()


def be_index(toks: Tokens, i: int) -> int:
    j = i - 1
    while j > 0 and toks.lows[j] not in BE:
        j -= 1
    return j


def find_by(toks: Tokens, start: int) -> int | None:
    for j in range(start, min(len(toks), start + 6)):
        if toks.lows[j] == "by":
            return j
        if toks.texts[j] in ",;:\"" or toks.lows[j] == "that":
            return None
    return None


def find_that(toks: Tokens, start: int) -> int | None:
    for j in range(start, min(len(toks), start + 12)):
        if toks.lows[j] == "that":
            return j
        if toks.texts[j] in ";:\"":
            return None
    return None


def has_content_marker(toks: Tokens, i: int, lemma: str) -> bool:
    j = i + 1
    if j < len(toks) and toks.lows[j] in ("out", "back"):
        j += 1
    elif j < len(toks) and toks.lows[j] == "up":
        return False  # "add up", "sum up": not reporting
    if j >= len(toks):
        return False
    if toks.lows[j] in CONTENT_MARKERS or toks.texts[j] == "—":
        return True
    if toks.lows[j] == "to" and lemma in TO_VERBS:
        return True
    that = find_that(toks, j)
    if that is not None and that - j <= 8 and all(toks.is_word[j:that]):
        return True  # "wrote in an email to passengers that …"
    if lemma in RECIPIENT_VERBS:  # "told reporters that", "warned the public of"
        for k in range(j, min(len(toks), j + 6)):
            if toks.lows[k] in CONTENT_MARKERS or toks.lows[k] == "to":
                return True
    return False


def starts_clause(toks: Tokens, j: int) -> bool:
    """Whether a clause seems to begin at ``j``: a determiner, a pronoun or a name."""
    if j >= len(toks) or not toks.is_word[j]:
        return False
    low = toks.lows[j]
    return low in ("the", "a", "an", "this", "these", "those", "there", "his", "her",
                   "their", "its", "our") or low in PRONOUNS or toks.texts[j][:1].isupper()


def ends_sentence(toks: Tokens, last: int) -> bool:
    return not any(toks.is_word[last + 1 :])


def trailing(toks: Tokens, i: int, src: Source | None) -> bool:
    """``…," Smith said.`` / ``…, said the source.``: the cue clause ends the sentence."""
    end = i if src is None or src.last < i else src.last
    rest = list(itertools.compress(toks.lows[end + 1 :], toks.is_word[end + 1 :]))
    if rest and not all(low in ("on", "in", "a", "an", "the", "statement", "interview",
                                "tuesday", "monday", "wednesday", "thursday", "friday",
                                "saturday", "sunday", "yesterday", "today", "reporters",
                                "later", "earlier") for low in rest):
        return False
    start = clause_start(toks, i, src)
    return start > 0 and toks.texts[start - 1] in (",", '"', "—", "-")


def clause_start(toks: Tokens, i: int, src: Source | None) -> int:
    start = i if src is None else min(i, src.first)
    while start > 0 and toks.texts[start - 1] in ('"',):
        start -= 1
    return start


def ends_with_colon(toks: Tokens, i: int) -> bool:
    return ":" in toks.texts[i + 1 : i + 4] and toks.texts[-1] == ":"


def content_after(toks: Tokens, start: int, *, recipient: bool,
                   skip: Source | None = None) -> tuple[int, int] | None:
    j = start
    if skip is not None:
        j = max(j, skip.last + 1)
    if j < len(toks) and toks.lows[j] in ("out", "up", "back"):
        j += 1
    if recipient:  # "told reporters that …": the content starts after the recipient
        for k in range(j, min(len(toks), j + 6)):
            if toks.lows[k] in ("that", "of", "about", "to", ":") or toks.texts[k] == ",":
                j = k
                break
    that = find_that(toks, j)
    if that is not None and that - j <= 5 and all(toks.is_word[j:that]):
        j = that  # "reported on Sunday that …": the content begins after "that"
    while (j < len(toks) and toks.lows[j] in ("that", ",", ":", "of", "about")) or (
            j < len(toks) and toks.texts[j] == '"'):
        j += 1
    return span(toks, j, len(toks) - 1)


def span(toks: Tokens, first: int, last: int) -> tuple[int, int] | None:
    while last >= first and (toks.texts[last] in _END or toks.texts[last] in ",:"):
        last -= 1
    while first <= last and toks.texts[first] in ',:"':
        first += 1
    if first > last:
        return None
    return toks.starts[first], toks.ends[last]
