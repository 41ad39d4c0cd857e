"""The data of the entity model (:mod:`analysis.spine.entities`): a :class:`Mention` (a name,
description or pronoun in the text), an :class:`Entity` (who or what several mentions name) and
:class:`Entities` (one article's mentions in reading order, its entities, and the look-ups the
layers ask of them: the mentions inside a span, the mention at an offset, the most recent
entity of a kind before a place).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import analysis.lexicons as lexicons
from analysis.spine.descriptions import DOCUMENT, UNNAMED

#: The words that say a person's gender (``gender.csv``): honorifics, role nouns, pronouns.
GENDERED = {**dict.fromkeys(lexicons.words("gender", "male"), "male"),
            **dict.fromkeys(lexicons.words("gender", "female"), "female")}
_GENDER_WORD = re.compile(r"[\w.]+")


def gender_of(text: str) -> str:
    """The gender the words of a role, description or pronoun give (``male``, ``female``), or
    ``""`` when they say none or disagree (*Ms.* → female; *the spokesman* → male).

    >>> gender_of("Ms."), gender_of("the party's spokeswoman"), gender_of("the minister")
    ('female', 'female', '')
    """
    found = {GENDERED[w] for w in _GENDER_WORD.findall(text.lower()) if w in GENDERED}
    return found.pop() if len(found) == 1 else ""


def fits(entity: Entity, pronoun: str) -> bool:
    """Whether *he* or *she* may be ``entity``: not when the text marks it the other gender
    (any other pronoun fits)."""
    said = GENDERED.get(pronoun, "") if pronoun in ("he", "she") else ""
    return not said or not entity.gender or entity.gender == said


#: The kinds of entity the model tells apart.
PERSON, ORGANIZATION, OUTLET, PLACE = "person", "organization", "outlet", "place"
KINDS = (PERSON, ORGANIZATION, OUTLET, PLACE, DOCUMENT, UNNAMED)


@dataclass(frozen=True)
class Mention:
    """A name in the text: ``text == article.text[start:end]``, its ``kind`` (one of
    :data:`KINDS`, or ``""`` if unknown), the ``entity`` it belongs to (an index of
    :attr:`Entities.entities`), the title or role written before it, its sentence, its form
    (``name``, ``description``, ``pronoun``, ``pair``), and whether it is plural."""

    start: int
    end: int
    text: str
    kind: str
    entity: int
    role: str = ""
    sentence: int = 0
    form: str = "name"
    plural: bool = False


@dataclass
class Entity:
    """Who or what several mentions name: its ``kind``, its fullest ``name``, its mentions
    (indexes of :attr:`Entities.mentions`), the roles seen with it, the words of its mentions
    (singular, lower case), and for a pair (*the two*) its ``members`` (entity indexes)."""

    entity_id: int
    kind: str
    name: str
    mentions: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    members: tuple[int, ...] = ()
    has_name: bool = False
    #: ``male`` or ``female`` when the text says so (an honorific, a role noun, a pronoun it
    #: took), else ``""``
    gender: str = ""

    @property
    def n_mentions(self) -> int:
        """How many mentions the entity has: names, descriptions, pronouns."""
        return len(self.mentions)

    @property
    def named(self) -> bool:
        """Whether a name (not only descriptions and pronouns) or named members make it."""
        return self.has_name or bool(self.members)


@dataclass(frozen=True)
class Entities:
    """The entity model of one article: its mentions in reading order and its entities."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]

    @functools.cached_property
    def starts(self) -> list[int]:
        """Where each mention starts, in order (to bisect)."""
        return [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def at(self, offset: int) -> Mention | None:
        """The mention that holds the character at ``offset``, or None."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def last_before(self, offset: int, kinds: frozenset[str] | tuple[str, ...], *,
                    within: int | None = None, word: str = "", named: bool = False,
                    pronoun: str = "") -> Entity | None:
        """The entity of the nearest mention before ``offset`` whose kind is one of ``kinds``
        (no further back than ``within`` characters, if given; only one a name makes, if
        ``named``; only one the ``pronoun`` fits, if given: see :func:`fits`). With ``word``,
        an entity whose name or roles hold that word wins over a nearer one (*the department*
        → the Department of Justice)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        first = None
        while i >= 0:
            m = self.mentions[i]
            if within is not None and offset - m.end > within:
                break
            entity = self.entities[m.entity]
            if entity.kind in kinds and (entity.named or not named) and fits(entity, pronoun):
                if not word or _holds(entity, word):
                    return entity
                first = first or entity
            i -= 1
        return first

    @functools.cached_property
    def by_name(self) -> dict[str, Entity]:
        """Each entity by its name (the first of a name, if two share it)."""
        out: dict[str, Entity] = {}
        for entity in self.entities:
            out.setdefault(entity.name, entity)
        return out

    def first(self, kinds: frozenset[str] | tuple[str, ...], *, before: int) -> Entity | None:
        """The entity of the first mention of one of ``kinds`` before ``before``, or None."""
        for m in self.mentions:
            if m.start >= before:
                break
            if self.entities[m.entity].kind in kinds:
                return self.entities[m.entity]
        return None


def _holds(entity: Entity, word: str) -> bool:
    return word in entity.name.lower().split() or any(word in r.lower().split()
                                                      for r in entity.roles)
