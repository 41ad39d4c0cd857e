"""Source noun phrases: where a cue's source begins and ends.

A source is looked for to the left of a cue (``the underground source suggested``), to its
right (``according to the source``, ``said John Smith``, ``by sources in …``). The phrase is
grown token by token over determiners, modifiers, names and noun-internal prepositions
(``sources in the underground``), and stops at punctuation, clause words, auxiliaries and
verbs it knows; a phrase that ran over a clause is repaired or dropped (:func:`repaired`).
What type a phrase is, is :mod:`~analysis.layers.attribution.source_types`'s.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DATE_WORDS,
    NP_DETERMINERS,
    NP_PREPOSITIONS,
    PERSONAL_PRONOUNS,
    PRONOUN_OF_OBJECT,
    RELATIVES,
    TIME_WORDS,
    WEEKDAYS,
)
from analysis.vocabulary.sources import source_words

#: The adverbs that may stand between a source and its cue (``officials also said``).
ADVERBS = lexicons.words("attribution_context", "skipped_adverb")
#: The time words that may stand alone between a source and its cue (``The DWP today set
#: out``, ``a Taliban spokesman Tuesday promised``): skipped, and never part of the source.
_TIME_BETWEEN = lexicons.words("attribution_context", "skipped_time")
#: Words that end a source phrase read to the right of a cue.
_STOP_RIGHT = lexicons.words("attribution_context", "stop_word")
#: Plural "documents" that are hearsay, not documents: "widespread reports of abuses".
HEARSAY_PLURALS = lexicons.words("attribution_context", "hearsay_plural")
SPOKESPERSONS = lexicons.words("attribution_context", "spokesperson")
#: People a place may follow inside a source phrase: "longtime owners on Front Street".
RESIDENTS = lexicons.words("attribution_context", "resident_noun")
MAX_TOKENS = 12
MAX_PARENTHETICAL = 24  # ", speaking on condition of anonymity because the report is …,"


@dataclass(frozen=True)
class Source:
    """A source phrase: its first and last tokens and its head word (token indexes)."""
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    head: int  # token index of the head word


def ly_adverb(toks: Tokens, j: int) -> bool:
    """Whether token ``j`` is an adverb in *-ly* (``officials repeatedly said``), by its tag:
    not a noun or adjective in *-ly* (``his family reported``, ``an ally said``)."""
    return toks.lows[j].endswith("ly") and toks.tags[j].startswith("RB")


def before_time_word(toks: Tokens, j: int) -> int | None:
    """If token ``j`` is a time word standing alone before a cue (``today``, ``on Monday``),
    the index of the token before it (and before its ``on``, or the ``out`` of a publication:
    ``New figures out today show that``); else None. ``USA Today`` and ``Good Morning Today``
    are names: a capitalised *Today* after a capitalised word is kept."""
    low = toks.lows[j]
    if low not in _TIME_BETWEEN or (
            low not in WEEKDAYS and toks.texts[j][:1].isupper() and j > 0
            and toks.texts[j - 1][:1].isupper()):
        return None
    j -= 1
    if j >= 0 and toks.lows[j] in ("on", "out"):
        j -= 1
    return j


def _nounish_at(toks: Tokens, i: int) -> bool:
    """Whether ``toks[i]`` may be part of a noun phrase: a word, not an auxiliary, not a
    clause word."""
    low = toks.lows[i]
    return toks.is_word[i] and low not in AUXILIARIES and low not in CLAUSE_WORDS


def source_left(toks: Tokens, cue: int, *, skip_verbs: frozenset[str] = frozenset()
                ) -> Source | None:
    """The source phrase ending just before token ``cue`` (skipping adverbs, auxiliaries, a
    lone time word, a relative clause or apposition between commas), or None."""
    i = cue - 1
    while i >= 0:
        low = toks.lows[i]
        if low in ADVERBS or low in AUXILIARIES or low in skip_verbs or ly_adverb(toks, i) or (
                low == "'s" and i > 0 and toks.lows[i - 1] in PERSONAL_PRONOUNS):  # "He's"
            i -= 1
        elif (before := before_time_word(toks, i)) is not None:
            i = before  # "The DWP today set out"
        else:
            break
    if i > 0 and toks.lows[i] in ("who", "which", "that"):
        return _antecedent(toks, i)  # "Border Force officers at Dover who noticed that"
    if i >= 0 and toks.texts[i] == ")":  # "Sen. X (R-Ga.) said": skip the party tag
        j = i - 1
        while j >= 0 and i - j <= 8 and toks.texts[j] != "(":
            j -= 1
        if j > 0 and toks.texts[j] == "(":
            i = j - 1
    if i >= 0 and toks.texts[i] == "," and (appositive := _name_between_commas(toks, i)):
        # "A spokesperson for the company, James Whitfield, declined": the name is the head
        rest = source_left(toks, appositive[0] - 1 if appositive[0] > 0 else 0)
        if rest is not None and toks.texts[appositive[0] - 1] == ",":
            return Source(rest.first, appositive[1], appositive[1])
        return _make(toks, appositive[0], appositive[1])
    if i >= 0 and toks.texts[i] == ",":
        # "The footage, which quickly went viral, depicted": jump back over the clause
        j = i - 1  # (no further back than a parenthetical may be long)
        while j >= 0 and i - j <= MAX_PARENTHETICAL and toks.texts[j] not in ",;:()\"":
            j -= 1
        if j >= 0 and toks.texts[j] == "," and i - j <= MAX_PARENTHETICAL:
            # "Unions, however, fear", "One of them, baker Tom Lind, said": a parenthetical
            # or an apposition sits between the subject and its verb
            i = j - 1
        elif j < 0 and cue + 2 == len(toks) and toks.texts[cue + 1] == ":":
            i -= 1  # "Immigration Minister Robert Jenrick, said:": a stray comma
        else:
            return None
    if i < 0 or not _nounish_at(toks, i):
        return None
    rel = _relative_clause_before(toks, i)
    if rel is not None:  # "Officials who asked not to be named said": skip the clause
        i = rel
    last = i
    first = i
    j = i - 1
    while j >= 0 and last - j < MAX_TOKENS:
        low, text = toks.lows[j], toks.texts[j]
        if low in DATE_WORDS:
            break  # "Police said on Monday they believe": the day is no part of "they"
        if low in RELATIVES and j > 0 and _nounish_at(toks, j - 1) \
                and toks.lows[j - 1] not in cues().verbs and _relative_pronoun(toks, j):
            # "Residents who fled the city said": the source is before the relative clause
            last = first = j - 1
            j -= 2
            continue
        if low in ("to", "with") and j > 0 and toks.lows[j - 1] in ("close", "familiar") \
                and j > 1:
            first = j - 2  # "sources close to the president", "a person familiar with"
            j -= 2
            continue
        if low in ("on", "in", "at") and j > 0 and toks.texts[j + 1][:1].isupper() \
                and toks.texts[j - 1][:1].islower() and toks.lows[j - 1] in RESIDENTS \
                and _nounish_at(toks, j - 1):
            first = j - 1  # "longtime owners on Front Street": the place is not the source
            j -= 2
            continue
        if low in NP_PREPOSITIONS and j > 0 and _nounish_at(toks, j - 1) \
                and toks.lows[j - 1] not in NP_DETERMINERS | cues().verbs.keys():
            first = j - 1
            j -= 2
            continue
        if low == "and" and j > 0 and toks.texts[j - 1][:1].isupper() \
                and toks.texts[j + 1][:1].isupper() and toks.lows[j - 1] not in CLAUSE_WORDS:
            first = j - 1  # "Department for Work and Pensions", "Smith and Jones"
            j -= 2
            continue
        if text == "." and j > 0 and toks.lows[j - 1] + "." in _title_abbreviations():
            first = j - 1  # "Ms. Lee", "Lt. Col. Jones": a title's period is inside the name
            j -= 2
            continue
        if text == "/" and j > 0 and toks.texts[j - 1][:1].isupper() \
                and toks.texts[j + 1][:1].isupper():
            first = j - 1  # "An NBC/Wall Street Journal survey": two names, one maker
            j -= 2
            continue
        if text == "'s" or (_nounish_at(toks, j) and low not in ADVERBS
                            and low not in cues().verbs):
            first = j
            j -= 1
            continue
        break
    return _make(toks, first, last)


def _antecedent(toks: Tokens, rel: int) -> Source | None:
    """The source of a cue whose subject is the relative pronoun at ``rel``: the noun phrase
    before it (past a comma for *who* and *which*: ``the … initiative, which commits to``). A
    *that* or *which* with no comma is a relative pronoun only after a word the source lexicon
    knows or a name (``existing USGS assessments that forecast``; not ``so that``)."""
    k = rel
    if toks.texts[rel - 1] == ",":
        if toks.lows[rel] == "that" or rel < 2:
            return None
        k = rel - 1
    src = source_left(toks, k)
    if src is None or k < rel or toks.lows[rel] == "who":
        return src
    head = toks.lows[src.head]
    if head in known_source_words() or head.rstrip("s") in known_source_words() or (
            toks.texts[src.head][:1].isupper() and src.head > 0):
        return src
    return None


def _relative_pronoun(toks: Tokens, j: int) -> bool:
    """Whether the ``who``/``which``/``that`` at ``j`` opens a relative clause whose subject
    it is. *That* is one only before a verb (``residents that fled the city said``); before a
    noun phrase it opens a clause of its own (``Word that U.S. intelligence agencies were
    seeking``: the agencies, not *Word*, are seeking)."""
    if toks.lows[j] != "that":
        return True
    nxt = j + 1
    return nxt < len(toks) and (toks.tags[nxt].startswith(("VB", "MD", "RB"))
                                or toks.lows[nxt] in AUXILIARIES)


def _name_between_commas(toks: Tokens, comma: int) -> tuple[int, int] | None:
    """The first and last tokens of a name of one to four capitalized words standing between
    two commas, the second at ``comma`` (``…, James Whitfield, declined``); else None."""
    k = comma - 1
    while k >= 0 and comma - k <= 4 and toks.is_word[k] and toks.texts[k][:1].isupper() \
            and toks.lows[k] not in known_source_words():
        k -= 1
    if k == comma - 1 or k < 1 or toks.texts[k] != "," or comma - k < 3:
        return None
    return k + 1, comma - 1


@functools.cache
def _title_abbreviations() -> frozenset[str]:
    return lexicons.words("abbreviations", "title")


def _relative_clause_before(toks: Tokens, i: int) -> int | None:
    """If a relative clause (``who …``, ``which …``) ends at token ``i`` and follows a noun,
    the index of that noun; else None."""
    j = i
    while j > 0 and i - j < 10 and toks.is_word[j]:
        if toks.lows[j] in ("who", "which") and _nounish_at(toks, j - 1) \
                and toks.lows[j - 1] not in cues().verbs:
            return j - 1
        j -= 1
    return None


def source_right(toks: Tokens, start: int) -> Source | None:
    """The source phrase beginning at token ``start`` (``according to [the source]``)."""
    i = start
    if i >= len(toks) or (not _nounish_at(toks, i) and toks.lows[i] not in NP_DETERMINERS):
        return None
    first = last = i
    j = i
    while j < len(toks) and j - first < MAX_TOKENS:
        low = toks.lows[j]
        if not toks.is_word[j]:
            if toks.texts[j] in "-'&." and j + 1 < len(toks) and toks.is_word[j + 1] and j > first:
                j += 1
                continue
            break
        if low == "by" and j > first and toks.lows[j - 1].endswith("ed") \
                and toks.lows[j - 1] not in cues().verbs:
            j += 1  # "a copy reviewed by the Gazette", "documents obtained by the Post"
            continue
        if low in _STOP_RIGHT or (low in cues().verbs and j > first
                                  and toks.lows[j - 1] not in NP_DETERMINERS):
            break  # a cue verb ends the phrase; after "the" it is a noun: "the report by X"
        if low in NP_PREPOSITIONS or low in ("close", "familiar", "who"):
            nxt = toks.lows[j + 1] if j + 1 < len(toks) else ""
            if nxt in DATE_WORDS or nxt[:1].isdigit():
                break  # "according to Gazeta Wyborcza in March", "… on 12 May"
            if low in TIME_WORDS and nxt in NP_DETERMINERS and _is_modifier(toks, j):
                break
            if low in ("close", "familiar") and nxt in ("to", "with"):
                j += 2  # "officials familiar with the discussions", "a person close to"
                continue
            if low == "who":  # keep a relative clause: it may say "asked not to be named"
                k = j
                while k < len(toks) and toks.texts[k] not in ",.;:\"":
                    k += 1
                last = k - 1
                break
            j += 1
            continue
        if low == "and" and j > first and toks.texts[j - 1][:1].isupper() \
                and j + 1 < len(toks) and toks.texts[j + 1][:1].isupper():
            j += 1  # "said Meridian President and CEO Jane Roe", "Smith and Jones"
            continue
        if low in CLAUSE_WORDS or (low in TIME_WORDS and j > first):
            break
        last = j
        j += 1
    while last > first and (toks.lows[last] in NP_PREPOSITIONS
                            or toks.lows[last] in NP_DETERMINERS):
        last -= 1
    return _make(toks, first, last)


def _is_modifier(toks: Tokens, j: int) -> bool:
    words = tuple(toks.lows[j : j + 3])
    return any(words[: len(p)] == p for p in cues().phrases)


def _make(toks: Tokens, first: int, last: int) -> Source | None:
    while first <= last and toks.lows[first] in CLAUSE_WORDS:
        first += 1
    if first > last:
        return None
    return Source(first, last, _head(toks, first, last))


def _head(toks: Tokens, first: int, last: int) -> int:
    """The head word: the last word before the first noun-internal preposition."""
    for k in range(first + 1, last + 1):
        if toks.lows[k] == "of" and all(
                text[:1].isupper() for text in itertools.compress(toks.texts[k + 1 : last + 1],
                                                                  toks.is_word[k + 1 : last + 1])
                ) and not (k - 2 >= first and personal_name(toks, k - 2, k - 1)):
            continue  # part of a name: "Secretary of State Mike Pompeo", "Bank of England"
        if toks.lows[k] in NP_PREPOSITIONS or toks.lows[k] in ("who", "close", "familiar"):
            return k - 1
        if toks.lows[k] in ("on", "in", "at") and toks.lows[k - 1] in RESIDENTS:
            return k - 1
        if toks.lows[k] == "by" and k - 2 >= first and toks.lows[k - 1].endswith("ed"):
            return k - 2  # "a copy reviewed by the Gazette": the head is "copy"
    known = known_source_words()
    if toks.lows[last] not in known and not toks.texts[last][:1].isupper():
        for k in range(last - 1, first - 1, -1):  # "A video posted online": the head is video
            if toks.lows[k] in known and toks.lows[k] not in NP_DETERMINERS:
                return k
    return last


def personal_name(toks: Tokens, i: int, j: int) -> bool:
    """Whether tokens ``i`` … ``j`` read as a person's given name and surname: capitalized words
    the source lexicon does not know (*Jennifer Lu* of …, not *Bank* of …)."""
    known = known_source_words()
    return all(toks.is_word[k] and toks.texts[k][:1].isupper() and not toks.texts[k].isupper()
               and toks.lows[k] not in known for k in range(i, j + 1))


def name_run(toks: Tokens, names: list[int], head: int) -> list[int]:
    """The run of name words that ends at ``head``, a hyphen inside a name allowed
    (*Yolanda Yu Hoi-kwan*)."""
    inside = set(names)
    run, k = [], head
    while k in inside or (toks.texts[k] == "-" and k - 1 in inside and run):
        if k in inside:
            run.append(k)
        k -= 1
    return run[::-1]


#: Finite verbs: one inside a source phrase before its head means the phrase ran over a clause.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def repaired(toks: Tokens, src: Source) -> Source | None:
    """The source phrase without what is never part of a source, or None if nothing is left
    (the guideline's "never a source"): a pronoun head is the whole source (*In fact I*, *Well
    I*, *give police the clarity they* → *I*, *they*); a phrase that runs over a finite verb
    is what follows it (*bloggers signed a letter* → *a letter*), but a relative clause is the
    phrase's own (*two officials who asked not to be named*); a phrase of time words alone
    (*today*) is none, and so is one that opens with a preposition (*In conservative Islamic*
    thought: an adverbial, never a subject)."""
    head = toks.lows[src.head]
    if head in PERSONAL_PRONOUNS or head in PRONOUN_OF_OBJECT:  # "let me reassure you" → "me"
        return src if src.first == src.last == src.head else Source(src.head, src.head, src.head)
    words = [k for k in range(src.first, src.last + 1) if toks.is_word[k]]
    if words and toks.tags[words[0]] == "IN" and toks.lows[words[0]] not in NP_DETERMINERS:
        return None
    if all(toks.lows[k] in TIME_WORDS or toks.lows[k] in DATE_WORDS for k in words):
        return None
    if len(words) > 2:
        tags = toks.tags
        # a verb of a relative clause belongs to the phrase (*two officials who asked not to
        # be named*): only a finite verb before any relative word cuts it
        relative = next((k for k in words if toks.lows[k] in RELATIVES), src.last + 1)
        verbs = [k for k in words if k < min(src.last, relative) and tags[k] in _FINITE
                 and not toks.texts[k][:1].isupper()]
        if verbs:
            return _make(toks, verbs[-1] + 1, src.last)
    return src


def known_source_words() -> frozenset[str]:
    """Every single word of the source lexicon, whatever its category."""
    return source_words().known
