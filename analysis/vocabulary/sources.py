"""Source types — one definition of what kinds of source there are, what an attribution counts
as, and what a sentence rests on — and the words that type a source.

- :class:`SourceType`: every type with its label and priority (its colour and hatch are the
  views' business: :mod:`analysis.views.palette`). The attribution layer writes the first seven
  into ``source_type``; ``unnamed`` is an attribution with no source phrase (*reportedly*, *it
  was reported*): its ``source_type`` is empty and its ``counts_as`` is ``unnamed``.
- :func:`effective_type`: the type an attribution **counts as** — a pronoun resolved to an
  earlier source counts as that source's type, an unresolved one as ``pronoun``, a missing
  source as ``unnamed``. Every count of the workbook (per sentence, paragraph, article) uses it.
- :func:`rests_on`: the type a sentence **rests on** — the weakest of the types of its own
  attributions and of those that carry it (a sentence that cites a named person and an
  anonymous source rests on the anonymous one: it is only as well sourced as its weakest
  source). The heatmap, the article summary (``anonymous_share``, ``vague_share``,
  ``named_share``), the reading guide and the sourcing chart all use it.
- :func:`source_words`: ``sources.csv`` compiled — the words of each category that type a
  source phrase (``source`` → anonymous, ``critics`` → vague, ``video`` → document), outlet and
  organization names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import analysis.lexicons as lexicons
from analysis.errors import A_TEXT, expect
from analysis.vocabulary.grammar import PERSONAL_PRONOUNS


class SourceType(str, Enum):
    """A kind of source. ``label`` names it for readers (in every legend, table and guide),
    ``priority`` ranks it for :func:`rests_on` (0 the weakest)."""

    label: str
    priority: int

    def __new__(cls, value: str, label: str, priority: int) -> SourceType:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label, member.priority = label, priority
        return member

    NAMED_PERSON = ("named_person", "named person", 7)
    NAMED_ORGANIZATION = ("named_organization", "named organization", 6)
    MEDIA_OUTLET = ("media_outlet", "media outlet", 5)
    ANONYMOUS = ("anonymous", "anonymous source", 0)
    VAGUE = ("vague", "vague source (critics, reports …)", 1)
    PRONOUN = ("pronoun", "unresolved pronoun", 3)
    DOCUMENT = ("document", "document or video", 4)
    UNNAMED = ("unnamed", "unnamed source (reportedly, it was reported)", 2)

    @property
    def short(self) -> str:
        """The label without its examples: ``vague source``."""
        return self.label.split(" (")[0]

    def __str__(self) -> str:
        return self.value


#: The values of the attribution table's ``source_type`` column (``unnamed`` is not one: an
#: unnamed source has no source phrase to type).
SOURCE_TYPES = tuple(t.value for t in SourceType if t is not SourceType.UNNAMED)
#: The types every table counts (``n_named_person`` …): all that an attribution can count as,
#: but the unresolved pronoun, which the paragraph profile counts apart.
COUNTED_TYPES = tuple(t.value for t in SourceType if t is not SourceType.PRONOUN)
#: Count columns kept for one release after a rename, each with the column it repeats: the
#: unnamed source was ``implicit`` until 0.3 (the workbook gave it two names); ``n_implicit``
#: goes in 0.4.
DEPRECATED_COUNTS = {"n_implicit": f"n_{SourceType.UNNAMED.value}"}
#: The types that name who speaks.
NAMED_TYPES = frozenset({SourceType.NAMED_PERSON.value, SourceType.NAMED_ORGANIZATION.value,
                         SourceType.MEDIA_OUTLET.value})
#: The types an annotator gives a source in the brat fixtures (``A… SourceType T… TYPE``): a
#: pronoun is typed by whom it refers to, so ``pronoun`` is not one.
GOLD_SOURCE_TYPES = tuple(t for t in SOURCE_TYPES if t != SourceType.PRONOUN.value)
#: Every type, weakest first: the order in which a sentence's types decide what it rests on.
BY_PRIORITY = tuple(t.value for t in sorted(SourceType, key=lambda t: t.priority))
_KNOWN = frozenset(t.value for t in SourceType)


def effective_type(resolved_source_type: str | None, source_type: str | None) -> str:
    """The type an attribution counts as (see the module text)."""
    if isinstance(resolved_source_type, str):
        return resolved_source_type
    return source_type if isinstance(source_type, str) else SourceType.UNNAMED.value


def effective_types(resolved_source_types: Iterable, source_types: Iterable) -> list[str]:
    """:func:`effective_type` of each attribution, given its two columns."""
    return list(map(effective_type, resolved_source_types, source_types))


def rests_on(source_types: str) -> str:
    """The type a sentence rests on, given its ``source_types`` (``';'``-joined): the weakest
    of them by :attr:`SourceType.priority`, ``""`` for none."""
    expect(source_types, str, function="rests_on", wanted=A_TEXT)
    if ";" not in source_types:  # none or one: most sentences
        return source_types if source_types in _KNOWN else ""
    present = set(filter(None, source_types.split(";")))
    return next((t for t in BY_PRIORITY if t in present), "")


@dataclass(frozen=True)
class SourceWords:
    """``sources.csv`` compiled: lower-cased single words and multi-word entries per category,
    and the case-sensitive outlet and organization names (countries speak as organizations:
    *Iran admits*), longest first."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    outlets: tuple[str, ...]
    organizations: tuple[str, ...]

    def of(self, category: str) -> frozenset[str]:
        """The single words of ``category``."""
        return self.words.get(category, frozenset())

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """Every single word that types a source, whatever its category."""
        return frozenset().union(*self.words.values())


@functools.cache
def source_words() -> SourceWords:
    """The source lexicon, compiled once (personal pronouns from :mod:`grammar`)."""
    words: dict[str, set[str]] = {"pronoun": set(PERSONAL_PRONOUNS)}
    multi: dict[str, list[tuple[str, ...]]] = {}
    outlets, organizations = [], []
    for row in lexicons.load("sources"):
        term, category = row["term"], row["category"]
        if category == "outlet":
            outlets.append(term)
        elif category in ("organization", "country"):
            organizations.append(term)
        elif " " in term:
            multi.setdefault(category, []).append(tuple(term.lower().split()))
        else:
            words.setdefault(category, set()).add(term.lower())
    return SourceWords(
        words={k: frozenset(v) for k, v in words.items()},
        phrases={k: tuple(v) for k, v in multi.items()},
        outlets=tuple(sorted(outlets, key=len, reverse=True)),
        organizations=tuple(sorted(organizations, key=len, reverse=True)),
    )


def entity_key(name: str | None) -> str | None:
    """An entity's name as entities are told apart by: case-folded, spaces collapsed, a
    leading *the* dropped (*The CIA* and *the  CIA* are ``"cia"``); ``None`` for no name. The
    sources table groups by it and the evaluation compares by it."""
    if not isinstance(name, str) or not name.strip():
        return None
    key = " ".join(name.split()).casefold()
    return key[4:] if key.startswith("the ") and len(key) > 4 else key
