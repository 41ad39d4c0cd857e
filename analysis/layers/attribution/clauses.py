"""Where clauses begin and end around a cue: the token navigation behind content spans.

Helpers for :mod:`analysis.attribution.detect`: the word before a cue past adverbs, the
passive *by*, a later *that*, the markers that a reported clause follows, a cue that trails
its quotation, and the character span of what is attributed.
"""

from __future__ import annotations

from collections.abc import Set

import analysis.lexicons as lexicons
from analysis.layers.attribution.source_phrases import (
    ADVERBS,
    Source,
    before_time_word,
    known_source_words,
    ly_adverb,
    source_left,
)
from analysis.spine.memo import last_one
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import (
    AUXILIARIES,
    BE,
    CLAUSE_OPENERS,
    CONTENT_MARKERS,
    NP_DETERMINERS,
    PERSONAL_PRONOUNS,
    TIME_WORDS,
)

_END = frozenset('. ! ? " ) ;'.split())
#: Lone time words a cue's content may follow (``declined Thursday to rule out``).
TIME_BETWEEN = lexicons.words("attribution_context", "skipped_time")
#: Words that may follow a cue that trails its quotation (``…," he said in a statement``).
TRAILING_WORDS = lexicons.words("attribution_context", "trailing_word")


def prev_word(toks: Tokens, i: int) -> int | None:
    """The index of the word before token ``i``, past adverbs and a lone time word (``The DWP
    today set out``); None at the start."""
    j = i - 1
    lows, is_word = toks.lows, toks.is_word
    while j >= 0 and is_word[j]:
        if lows[j] in ADVERBS or ly_adverb(toks, j):
            j -= 1
        elif (before := before_time_word(toks, j)) is not None:
            j = before
        else:
            break
    return j if j >= 0 else None


def verbal_subject(toks: Tokens, prev: int | None) -> bool:
    """Whether the word before an ambiguous form (``claims``, ``reports``, ``fears``) makes it
    a verb: a pronoun, an auxiliary or ``to``, a name, a source word, or a relative pronoun
    whose antecedent is a source (``existing USGS assessments that forecast earthquake
    shaking``, where the tagger reads *forecast* as a noun)."""
    if prev is None:
        return False
    low = toks.lows[prev]
    if low in PERSONAL_PRONOUNS or low in AUXILIARIES or low in ("to", "who"):
        return True
    if low in ("that", "which") and prev > 0:
        return source_left(toks, prev + 1) is not None
    return (toks.texts[prev][:1].isupper() and prev > 0) or low in known_source_words()


def be_index(toks: Tokens, i: int) -> int:
    """The index of the form of *to be* before a passive participle at ``i``."""
    j = i - 1
    while j > 0 and toks.lows[j] not in BE:
        j -= 1
    return j


def find_by(toks: Tokens, start: int) -> int | None:
    """The index of a passive's *by* within a few words of ``start``, if no punctuation or
    *that* comes first."""
    for j in range(start, min(len(toks), start + 6)):
        if toks.lows[j] == "by":
            return j
        if toks.texts[j] in ",;:\"" or toks.lows[j] == "that":
            return None
    return None


def find_that(toks: Tokens, start: int) -> int | None:
    """The index of a *that* within twelve words of ``start``, if no colon, semicolon or
    quotation mark comes first."""
    for j in range(start, min(len(toks), start + 12)):
        if toks.lows[j] == "that":
            return j
        if toks.texts[j] in ";:\"":
            return None
    return None


def has_content_marker(toks: Tokens, i: int, frames: Set[str]) -> bool:
    """Whether a reported clause follows the verb cue at ``i`` (whose lexicon ``frames`` say
    whether it takes a recipient or an infinitive: *told reporters that*, *urged them to*)."""
    j = i + 1
    if j < len(toks) and toks.lows[j] in ("out", "back"):
        j += 1
    elif j < len(toks) and toks.lows[j] == "up":
        return False  # "add up", "sum up": not reporting
    j += modifier_length(toks, j)  # "remarked [in a press release], "There was …""
    while j < len(toks) and toks.lows[j] in TIME_BETWEEN:
        j += 1  # "declined Thursday to rule out", "vowed today to fight"
    if j >= len(toks):
        return False
    if toks.lows[j] in CONTENT_MARKERS or toks.texts[j] == "—":
        return True
    # "urged them to leave", "vowed to fight": an infinitive is reported content only after
    # a verb that takes one ("agreed to merge" is an action, not a report)
    if toks.lows[j] == "to" and "to_clause" in frames:
        return True
    that = find_that(toks, j)
    if that is not None and that - j <= 8 and all(toks.is_word[j:that]) \
            and not {"and", "but"} & set(toks.lows[j:that]) \
            and ("recipient" in frames or not _direct_object(toks, j)):
        return True  # "wrote in an email to passengers that …" (not "opposed it and warned that")
    if "recipient" in frames:  # "told reporters that", "warned the public of"
        for k in range(j, min(len(toks), j + 6)):
            if toks.lows[k] in CONTENT_MARKERS or toks.lows[k] == "to":
                return True
    return False


def _direct_object(toks: Tokens, j: int) -> bool:
    """Whether a noun phrase object begins at ``j``, right after a verb cue that takes no
    recipient: a *that* after it opens a relative clause (``The U.S. has been admitting
    people that it never should have allowed``), not the verb's content (but ``wrote in an
    email that``, ``said Tuesday that``, ``reported last week that``)."""
    return toks.tags[j] in ("DT", "NN", "NNS", "PRP$", "JJ") and toks.lows[j] not in TIME_WORDS


def modifier_length(toks: Tokens, j: int) -> int:
    """The number of words of a cue lexicon's modifier phrase (``in a statement``, ``in a
    press release``) that begins at ``j``; 0 if none does."""
    for words, _, needs in cues().phrase_index.get(toks.lows[j] if j < len(toks) else "", ()):
        if needs == "modifier" and tuple(toks.lows[j : j + len(words)]) == words:
            return len(words)
    return 0


#: The tags of a finite verb: what makes the words after a cue a clause of their own.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: The tags a subject noun phrase is made of (``the male-only draft``, ``he``, ``Saha's 707``).
_SUBJECT_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR",
                           "JJS", "CD", "POS", "EX", "RB", "VBG", "FW", "IN"})


def clause_follows(toks: Tokens, j: int, *, reach: int = 8) -> bool:
    """Whether a reported clause without *that* begins at ``j``: a short subject noun phrase
    and then a finite verb (``ruled [the male-only draft] violated``, ``states [the 707] was``)
    — read off the part-of-speech tags. A *that* or *which* after the first words opens a
    relative clause on an object, not a clause of its own."""
    if j >= len(toks) or not toks.is_word[j]:
        return False
    tags = toks.tags
    if tags[j] not in _SUBJECT_TAGS or tags[j] in ("IN", "RB"):
        return False
    for k in range(j + 1, min(len(toks), j + reach + 1)):
        if tags[k] in FINITE or (tags[k] == "VBN" and toks.lows[k - 1] in ("was", "were")):
            return True
        if not toks.is_word[k] and toks.texts[k] not in "'-":
            return False
        if tags[k] not in _SUBJECT_TAGS or toks.lows[k] in ("that", "which"):
            return False  # "admitting [people] that it never should have allowed": an object
    return False


def starts_clause(toks: Tokens, j: int) -> bool:
    """Whether a clause seems to begin at ``j``: a determiner, a pronoun or a name."""
    if j >= len(toks) or not toks.is_word[j]:
        return False
    low = toks.lows[j]
    return low in CLAUSE_OPENERS or low in PERSONAL_PRONOUNS or toks.texts[j][:1].isupper()


def ends_sentence(toks: Tokens, last: int) -> bool:
    """Whether no word follows token ``last``."""
    return _last_words(toks)[0] <= last


def apposition_ends(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` opens an apposition that ends the sentence: a comma, then a noun
    phrase with no finite verb of its own (``…, said Jane Roe, chief economist at Meridian.``;
    ``…, said John Smith, a spokesman for the agency who asked not to be named.``)."""
    if k + 1 >= len(toks) or toks.texts[k] != "," or not toks.is_word[k + 1] \
            or not (toks.lows[k + 1] in NP_DETERMINERS or toks.texts[k + 1][:1].isupper()
                    or toks.tags[k + 1].startswith(("JJ", "NN"))):
        return False  # "…, reported officials, with 25 others injured": no noun phrase
    for j in range(k + 1, len(toks)):
        if toks.lows[j] in ("who", "which") or toks.texts[j] in ('"', "“"):
            return True  # a relative clause or a quotation belongs to the phrase before it
        if toks.texts[j] in (",", ";", ":") or (toks.is_word[j] and toks.tags[j].startswith(
                "VB") and toks.tags[j] not in ("VBN", "VBG")):
            return False
    return True


def trailing(toks: Tokens, i: int, src: Source | None) -> bool:
    """``…," Smith said.`` / ``…, said the source.``: the cue clause ends the sentence."""
    end = i if src is None or src.last < i else src.last
    if _last_words(toks)[1] > end:
        return False  # a word after the clause that may not trail a quotation
    start = clause_start(toks, i, src)
    return start > 0 and toks.texts[start - 1] in (",", '"', "—", "-")


@last_one
def _last_words(toks: Tokens) -> tuple[int, int]:
    """The index of the sentence's last word, and of its last word that may not trail a
    quotation (not one of :data:`TRAILING_WORDS`); -1 where there is none. Read once per
    sentence, not once per cue (every cue asks)."""
    last = last_other = -1
    for k in range(len(toks) - 1, -1, -1):
        if toks.is_word[k]:
            last = max(last, k)
            if toks.lows[k] not in TRAILING_WORDS:
                last_other = k
                break
    return last, last_other


def clause_start(toks: Tokens, i: int, src: Source | None) -> int:
    """Where the cue's clause starts: its source (or the cue) and any quotation mark before."""
    start = i if src is None else min(i, src.first)
    while start > 0 and toks.texts[start - 1] in ('"',):
        start -= 1
    return start


def ends_with_colon(toks: Tokens, i: int) -> bool:
    """Whether the sentence ends with a colon right after the cue (``He said:``)."""
    return ":" in toks.texts[i + 1 : i + 4] and toks.texts[-1] == ":"


def content_after(toks: Tokens, start: int, *, recipient: bool,
                   skip: Source | None = None) -> tuple[int, int] | None:
    """The character span of what is attributed after a cue: from ``start`` (past a
    recipient, a short time phrase, *that*, punctuation, the source ``skip``) to the end of the
    sentence."""
    j = start
    if skip is not None:
        j = max(j, skip.last + 1)
    if j < len(toks) and toks.lows[j] in ("out", "up", "back"):
        j += 1
    j += modifier_length(toks, j)
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
    """The characters of tokens ``first``…``last``, trimmed of quotation marks and final
    punctuation; None if nothing is left."""
    while last >= first and (toks.texts[last] in _END or toks.texts[last] in ",:"):
        last -= 1
    while first <= last and toks.texts[first] in ',:"':
        first += 1
    if first > last:
        return None
    return toks.starts[first], toks.ends[last]
