"""The hedge and booster lexicons, compiled once into a first-word index.

Each row of ``hedges.csv`` / ``boosters.csv`` has a ``term``, its part of speech ``pos`` and
its ``category``. Verbs are matched in every inflection; in phrases the word ``be`` stands for
any form of *to be* (``it be said`` matches *it is said*, *it was said*, *it's said*).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.lexicons.morphology import inflect
from analysis.vocabulary.grammar import BE

#: The forms of *to be* a phrase's ``be`` stands for, in a fixed order.
BE_FORMS = tuple(sorted(BE))


@dataclass(frozen=True)
class Entry:
    """A lexicon entry: the term as listed, hedge or booster, its category and part of speech."""
    term: str  # as in the lexicon
    kind: str  # hedge or booster
    category: str
    pos: str


def _forms(term: str, pos: str) -> list[tuple[str, ...]]:
    words = term.lower().split()
    if pos == "verb" and len(words) == 1:
        return [(form,) for form in inflect(words[0]).values()]
    slots = [BE_FORMS if w == "be" else (w,) for w in words]
    return list(itertools.product(*slots))


@functools.cache
def index() -> dict[str, list[tuple[tuple[str, ...], Entry]]]:
    """First word → ``[(words, entry)]``, longest phrases first."""
    out: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for name, kind in (("hedges", "hedge"), ("boosters", "booster")):
        for row in lexicons.load(name):
            entry = Entry(row["term"], kind, row["category"], row["pos"])
            for words in _forms(row["term"], row["pos"]):
                out.setdefault(words[0], []).append((words, entry))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@functools.cache
def two_word_index() -> dict[str, tuple[dict[str, list[tuple[tuple[str, ...], Entry]]],
                                          list[tuple[tuple[str, ...], Entry]]]]:
    """:func:`index` split by the second word: first word → (second word → its phrases,
    single-word entries), each list in :func:`index`'s order. At a word such as *it* (85
    phrases) only the phrases whose second word follows are tried; since phrases come
    before single words in :func:`index` (longest first), trying the matching phrases and
    then the single words finds the same first match."""
    out = {}
    for first, entries in index().items():
        by_second: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        singles = []
        for words, entry in entries:
            if len(words) > 1:
                by_second.setdefault(words[1], []).append((words, entry))
            else:
                singles.append((words, entry))
        out[first] = (by_second, singles)
    return out
