"""Weasel constructions: the grammar of words that give a claim weight without saying whose it
is (Wikipedia's *Words to watch*; the weasels of the CoNLL-2010 Wikipedia annotation).

A word list cannot find them: *many* is a weasel in *many residents* and not in *how many* or
*many more*; *most* in *most experts* and not in *the most*; *regarded* in *is widely regarded
as* and not in *was regarded by the jury as*. Each rule below reads the words and the
part-of-speech tags (:mod:`analysis.spine.tagging`) around one trigger word, and yields the
span of the weasel, its lexicon-like entry name and its category ``weasel``:

- **vague quantifiers** before a plural noun phrase or before *of* and a determiner:
  ``vague_quantifier`` in ``hedge_context.csv`` wherever they stand (*many residents*, *most
  people*, *various groups*, *most of the people*); ``subject_quantifier`` (*some*,
  *several*, *certain*, *multiple*, and *a number of*, *a lot of*, *a few of*) only before
  people or as the subject of a verb (*some experts*, *some rats develop*; not *answered
  some questions*), and never before *of* (*some of the paintings* is a part, not a vague
  many); never a number (*some 300* is an approximator), a unit of time (*many
  years*), *the most*, *how many*, *as many as*;
- **vague agents**: *others* (and *many*, *some*) standing alone as the subject of a verb
  (*others fear*, *many believe*); vague people nouns are the attribution layer's vague
  sources (``sources.csv``), read through :func:`analysis.vocabulary.sources.source_words`;
- **agentless passives of saying and judging** (``judging_participle``): *is widely regarded
  as*, *has been criticized as*, *is thought to*, *was said to*, *has been associated with* —
  a form of *be* (and an adverb or two), the participle, and no *by* naming who judges (*by
  many*, *by critics* name no one); *known as* judges before *a* (*known as a pragmatist*)
  and names otherwise (*known as the Flyboard*);
- **superlative weasels**: *one of the most influential*, *among the best known*, *one of the
  biggest* — a ranking no one is named for.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import analysis.lexicons as lexicons
from analysis.layers.hedges.lexicon import Entry
from analysis.spine.tokens import Tokens
from analysis.vocabulary.grammar import BE, DETERMINERS
from analysis.vocabulary.sources import source_words


def _context(category: str) -> frozenset[str]:
    return lexicons.words("hedge_context", category)


VAGUE_QUANTIFIERS = _context("vague_quantifier")
#: Quantifiers that are weasels only before people or as the subject of a claim: *some
#: experts*, *several officials*, *some rats develop* — not *answered some questions*.
SUBJECT_QUANTIFIERS = _context("subject_quantifier")
JUDGING_PARTICIPLES = _context("judging_participle")
#: Passives of saying that are weasels only before a complement: *is said to*, *was described
#: as*, *is known for*, *has been associated with* (not *the fire was reported at 3 a.m.*).
SAYING_PARTICIPLES = _context("saying_participle")
_COMPLEMENT_STARTS = frozenset({"to", "as", "that", "with", "for"})
#: The words before a quantifier that make it no weasel: *the most*, *how many*, *as many as*
#: (*so many* is kept: a vague amount all the same).
NOT_AFTER = _context("quantifier_not_after")
TIME_UNITS = _context("time_unit")
#: Multi-word quantifiers, by first word: ``a number of``, ``a lot of``, ``a few of``.
_PHRASES = (("a", "number", "of"), ("a", "lot", "of"), ("lots", "of"), ("a", "few", "of"),
            ("a", "handful", "of"))
#: The words that may stand between *be* and a judging participle (*is widely regarded*,
#: *has long been seen*, *was also said*).
_BETWEEN = frozenset({"widely", "generally", "often", "commonly", "also", "long", "still",
                      "sometimes", "frequently", "usually", "not", "now", "once", "been",
                      "being", "largely", "broadly", "popularly", "traditionally"})
#: Pronoun and determiner words that start the noun phrase after *of* (*most of the people*).
_OF_STARTS = DETERMINERS | frozenset({"us", "them", "these", "those", "his", "her", "their",
                                      "our", "its", "my", "your"})
TRIGGERS = VAGUE_QUANTIFIERS | SUBJECT_QUANTIFIERS | JUDGING_PARTICIPLES | SAYING_PARTICIPLES | {
    "a", "lots", "others", "one", "among"}


def weasel(term: str) -> Entry:
    """The entry of a weasel construction (``kind`` hedge, ``category`` weasel)."""
    return Entry(term, "hedge", "weasel", "construction")


def find_weasels(toks: Tokens) -> Iterator[tuple[int, int, Entry]]:
    """Every weasel construction of a sentence: ``(first token, end token, entry)``."""
    lows = toks.lows
    for i in toks.where(TRIGGERS):
        low = lows[i]
        if low in JUDGING_PARTICIPLES or low in SAYING_PARTICIPLES:
            found = _agentless_passive(toks, i)
        elif low in ("one", "among"):
            found = _superlative(toks, i)
        elif low == "others":
            found = (i, i + 1, weasel("others")) if _verb_follows(toks, i + 1) else None
        else:
            found = _quantifier(toks, i)
        if found is not None:
            yield found


def _quantifier(toks: Tokens, i: int) -> tuple[int, int, Entry] | None:
    lows = toks.lows
    prev = lows[i - 1] if i > 0 else ""
    if prev in NOT_AFTER:
        return None
    if lows[i] in ("a", "lots"):
        phrase = next((p for p in _PHRASES if tuple(lows[i : i + len(p)]) == p), None)
        if phrase is None:
            return None
        j = i + len(phrase)
        end = _plural_noun_phrase(toks, j) or _of_phrase(toks, j - 1)
        if end and _people_or_subject(toks, end):
            return i, end, weasel(" ".join(phrase[:-1]) + " + noun")
        return None
    strong = lows[i] in VAGUE_QUANTIFIERS
    nxt = lows[i + 1] if i + 1 < len(toks) else ""
    if nxt == "of":  # "most of the people" generalizes; "some of the paintings" is a part
        end = _of_phrase(toks, i + 1) if strong else None
        return (i, end, weasel(f"{lows[i]} of + noun")) if end else None
    if lows[i] == "most" and toks.tags[i + 1 : i + 2] and not toks.tags[i + 1].startswith("NN"):
        return None  # "most important": a superlative adverb, not a quantity
    end = _plural_noun_phrase(toks, i + 1)
    if end and lows[end - 1] not in TIME_UNITS and (strong or _people_or_subject(toks, end)):
        return i, end, weasel(f"{lows[i]} + noun")
    if not end and lows[i] in ("many", "some", "most") and (
            i == 0 or not toks.is_word[i - 1] or prev in ("and", "but", "while")) \
            and _verb_follows(toks, i + 1):
        return i, i + 1, weasel(f"{lows[i]} (as a subject)")  # "Many believe", "some argue"
    return None


def _people_or_subject(toks: Tokens, end: int) -> bool:
    """Whether the noun phrase ending before ``end`` names people (a vague source word of
    the attribution lexicon, *residents*, *members* …) or is the subject of the verb after it."""
    return toks.lows[end - 1] in people_nouns() or toks.lows[end - 1] in ("us", "them") \
        or _verb_follows(toks, end, after_noun=True)


@functools.cache
def people_nouns() -> frozenset[str]:
    """The nouns of a vague group of people: the attribution layer's vague sources
    (*critics*, *experts*, *observers*: one vocabulary) and ``people_noun`` (*residents*)."""
    return source_words().of("vague") | _context("people_noun")


def _plural_noun_phrase(toks: Tokens, j: int) -> int | None:
    """The end of a noun phrase starting at ``j`` whose head is a plural noun, with up to two
    adjectives or nouns before it (*residents*, *empty shops*, *foreign ministers*)."""
    tags = toks.tags
    for k in range(j, min(j + 3, len(toks))):
        if not toks.is_word[k] or toks.lows[k][:1].isdigit():
            return None
        if tags[k] in ("NNS", "NNPS"):
            return k + 1
        if not (tags[k].startswith("JJ") or tags[k] in ("NN", "VBG", "VBN")):
            return None
    return None


def _of_phrase(toks: Tokens, of: int) -> int | None:
    """*of* and the start of what it quantifies (*of the people*, *of us*): the end of the
    weasel's span (the quantifier through *of* and its first word or two)."""
    if of + 1 >= len(toks) or toks.lows[of] != "of" or toks.lows[of + 1] not in _OF_STARTS:
        return None
    if toks.lows[of + 1] in ("us", "them", "these", "those"):
        return of + 2
    end = _plural_noun_phrase(toks, of + 2)
    return end or of + 2


def _verb_follows(toks: Tokens, j: int, *, after_noun: bool = False) -> bool:
    """Whether a verb (a finite one, or a modal) comes next, an adverb allowed between. Right
    after a plural noun a base form or a participle is the finite verb the tagger missed
    (*some animals develop*, *some stores resorted*)."""
    tags = toks.tags
    finite = ("VBP", "VBD", "VBZ", "MD") + (("VB", "VBN") if after_noun else ())
    for k in range(j, min(j + 2, len(toks))):
        if tags[k] in finite:
            return True
        if not tags[k].startswith("RB"):
            return False
    return False


def _agentless_passive(toks: Tokens, i: int) -> tuple[int, int, Entry] | None:
    """*be* (+ *widely*, *been* …) + the participle, with no *by* naming the judge."""
    lows = toks.lows
    k = i - 1
    while k >= 0 and lows[k] in _BETWEEN:
        k -= 1
    if k < 0 or (lows[k] not in BE and lows[k] not in ("has", "have", "had")):
        return None
    if lows[k] in ("has", "have", "had") and "been" not in lows[k + 1 : i]:
        return None  # "has seen", "had described": active perfect, not passive
    by = next((k for k in range(i + 1, min(i + 6, len(lows))) if lows[k] == "by"), None)
    if by is not None and not _vague_agent(toks, by + 1):
        return None  # "was regarded by the jury as …": the judge is named
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i] in SAYING_PARTICIPLES and nxt not in _COMPLEMENT_STARTS:
        return None  # "the fire was reported at 3 a.m.": news of an event
    if nxt == "to" and not (i + 2 < len(toks) and toks.tags[i + 2].startswith("VB")):
        return None  # "was reported to RIA Novosti": a recipient, not "is said to be"
    if lows[i] == "known" and nxt == "as" and tuple(lows[i + 2 : i + 3]) not in (("a",), ("an",)):
        return None  # "is known as the Flyboard": a name; "known as a pragmatist" judges
    end = i + 1 if by is None else by + 2  # "is considered by many": the agent is the weasel
    return k, end, weasel(f"be + {lows[i]}")


def _vague_agent(toks: Tokens, k: int) -> bool:
    """Whether the agent after *by* is itself vague: *by many*, *by some*, *by others*, *by
    critics*, *by many experts* — the passive names no one all the same."""
    if k >= len(toks):
        return False
    low = toks.lows[k]
    return low in VAGUE_QUANTIFIERS or low in SUBJECT_QUANTIFIERS or low == "others" \
        or low in people_nouns()


def _superlative(toks: Tokens, i: int) -> tuple[int, int, Entry] | None:
    """*one of the most …*, *among the best …*, *one of the biggest*."""
    lows = toks.lows
    j = i + 1
    if lows[i] == "one":
        if tuple(lows[j : j + 1]) != ("of",):
            return None
        j += 1
    if tuple(lows[j : j + 1]) not in (("the",), ("its",), ("his",), ("her",), ("their",)):
        return None
    j += 1
    if j >= len(toks):
        return None
    if lows[j] in ("most", "best", "worst", "least") or toks.tags[j] == "JJS":
        frame = "one of the" if lows[i] == "one" else "among the"
        return i, j + 1, weasel(f"{frame} + superlative")
    return None

