"""Where clauses begin and end around a cue: the token navigation behind content spans.

Helpers for :mod:`analysis.attribution.detect`: the word before a cue past adverbs, the
passive *by*, a later *that*, the markers that a reported clause follows, a cue that trails
its quotation, and the character span of what is attributed.
"""

from __future__ import annotations

from analysis.attribution.sources import AUXILIARIES, PRONOUNS, Source, known_source_words
from analysis.tokens import Token

BE = frozenset("is are was were be been being am 's".split())
CONTENT_MARKERS = frozenset('that " : , whether if how why what when where who of about'.split())
# "urged them to leave", "vowed to fight": an infinitive is reported content after these only
# ("agreed to merge" is an action, not a report)
TO_VERBS = frozenset("urge appeal ask warn advise call plead promise pledge vow threaten".split())
RECIPIENT_VERBS = frozenset("tell inform assure warn urge advise remind ask".split())
_END = frozenset('. ! ? " ) ;'.split())


def prev_word(toks: list[Token], i: int) -> int | None:
    j = i - 1
    from analysis.attribution.sources import ADVERBS

    while j >= 0 and toks[j].is_word and (toks[j].low in ADVERBS or (toks[j].low.endswith("ly")
                                          and toks[j].low not in PRONOUNS)):
        j -= 1
    return j if j >= 0 else None


def verbal_subject(toks: list[Token], prev: int | None) -> bool:
    """Whether the word before an ambiguous form (``claims``, ``reports``, ``fears``) makes it
    a verb: a pronoun, an auxiliary or ``to``, a name, or a source word."""
    if prev is None:
        return False
    tok = toks[prev]
    if tok.low in PRONOUNS or tok.low in AUXILIARIES or tok.low in ("to", "who"):
        return True
    return (tok.text[:1].isupper() and prev > 0) or tok.low in known_source_words()


def be_index(toks: list[Token], i: int) -> int:
    j = i - 1
    while j > 0 and toks[j].low not in BE:
        j -= 1
    return j


def find_by(toks: list[Token], start: int) -> int | None:
    for j in range(start, min(len(toks), start + 6)):
        if toks[j].low == "by":
            return j
        if toks[j].text in ",;:\"" or toks[j].low == "that":
            return None
    return None


def find_that(toks: list[Token], start: int) -> int | None:
    for j in range(start, min(len(toks), start + 12)):
        if toks[j].low == "that":
            return j
        if toks[j].text in ";:\"":
            return None
    return None


def has_content_marker(toks: list[Token], i: int, lemma: str) -> bool:
    j = i + 1
    if j < len(toks) and toks[j].low in ("out", "back"):
        j += 1
    elif j < len(toks) and toks[j].low == "up":
        return False  # "add up", "sum up": not reporting
    if j >= len(toks):
        return False
    if toks[j].low in CONTENT_MARKERS or toks[j].text == "—":
        return True
    if toks[j].low == "to" and lemma in TO_VERBS:
        return True
    that = find_that(toks, j)
    if that is not None and that - j <= 8 and all(t.is_word for t in toks[j:that]):
        return True  # "wrote in an email to passengers that …"
    if lemma in RECIPIENT_VERBS:  # "told reporters that", "warned the public of"
        for k in range(j, min(len(toks), j + 6)):
            if toks[k].low in CONTENT_MARKERS or toks[k].low == "to":
                return True
    return False


def starts_clause(toks: list[Token], j: int) -> bool:
    """Whether a clause seems to begin at ``j``: a determiner, a pronoun or a name."""
    if j >= len(toks) or not toks[j].is_word:
        return False
    t = toks[j]
    return t.low in ("the", "a", "an", "this", "these", "those", "there", "his", "her",
                     "their", "its", "our") or t.low in PRONOUNS or t.text[:1].isupper()


def ends_sentence(toks: list[Token], last: int) -> bool:
    return all(not t.is_word for t in toks[last + 1 :])


def trailing(toks: list[Token], i: int, src: Source | None) -> bool:
    """``…," Smith said.`` / ``…, said the source.``: the cue clause ends the sentence."""
    end = i if src is None or src.last < i else src.last
    rest = [t for t in toks[end + 1 :] if t.is_word]
    if rest and not all(t.low in ("on", "in", "a", "an", "the", "statement", "interview",
                                  "tuesday", "monday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday", "yesterday", "today", "reporters",
                                  "later", "earlier") for t in rest):
        return False
    start = clause_start(toks, i, src)
    return start > 0 and toks[start - 1].text in (",", '"', "—", "-")


def clause_start(toks: list[Token], i: int, src: Source | None) -> int:
    start = i if src is None else min(i, src.first)
    while start > 0 and toks[start - 1].text in ('"',):
        start -= 1
    return start


def ends_with_colon(toks: list[Token], i: int) -> bool:
    return any(t.text == ":" for t in toks[i + 1 : i + 4]) and toks[-1].text == ":"


def content_after(toks: list[Token], start: int, *, recipient: bool,
                   skip: Source | None = None) -> tuple[int, int] | None:
    j = start
    if skip is not None:
        j = max(j, skip.last + 1)
    if j < len(toks) and toks[j].low in ("out", "up", "back"):
        j += 1
    if recipient:  # "told reporters that …": the content starts after the recipient
        for k in range(j, min(len(toks), j + 6)):
            if toks[k].low in ("that", "of", "about", "to", ":") or toks[k].text == ",":
                j = k
                break
    that = find_that(toks, j)
    if that is not None and that - j <= 5 and all(t.is_word for t in toks[j:that]):
        j = that  # "reported on Sunday that …": the content begins after "that"
    while (j < len(toks) and toks[j].low in ("that", ",", ":", "of", "about")) or (
            j < len(toks) and toks[j].text == '"'):
        j += 1
    return span(toks, j, len(toks) - 1)


def span(toks: list[Token], first: int, last: int) -> tuple[int, int] | None:
    while last >= first and (toks[last].text in _END or toks[last].text in ",:"):
        last -= 1
    while first <= last and toks[first].text in ',:"':
        first += 1
    if first > last:
        return None
    return toks[first].start, toks[last].end
