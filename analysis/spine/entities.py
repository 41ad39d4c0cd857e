"""The entities of an article: who and what it names, each mention grouped with the others of
the same referent.

A **mention** is a name read from the document's tokens (:mod:`analysis.spine.names`: a run of
capitalized words, its role and its kind from the source lexicon) or a description, pronoun or
pair (:mod:`analysis.spine.descriptions`); the data it makes are in
:mod:`analysis.spine.mentions`. This module joins them: it groups the mentions of one article
into entities as they come. A single capitalized word is a mention only if it stands inside the
sentence, or names an entity seen before (*Burns said*). A title in headline case (*Afghan
Women Report Some Harassment, Taliban Promise Security*) is read after the body: its capitals
say nothing, so only a name after a title (*NASA Administrator Daniel S. Goldin*), a label
before a dash or colon (*Liz Truss – 2019 Speech*) or a comma and a title (*Daniel S. Goldin,
NASA Administrator*) and the parts of its runs that name an
entity of the body (*Taliban*) are mentions.

Mentions are grouped into **entities**, in reading order: a full name, its surname and an
honorific or title with the surname (*Ms. Ortiz*, an all-caps transcript label *MR. EARNEST*)
are one person; an organization's name with or without *the*, and its acronym (given in
parentheses, or made of its capitalized words' initials: *ODNI*), are one organization. A
single word first seen without a kind takes the kind of the first mention that has one
(*Taliban* … *the Taliban*). Each entity's ``name`` is its fullest name.

Descriptions, pronouns and pairs (:mod:`analysis.spine.descriptions`) are mentions too, so an
entity knows all its mentions (``n_mentions``): a definite description (*the ministry*, *the
source*, *the study*) joins the most recent entity of its own kind whose words hold its head
and modifiers (*the defence ministry*); with none, a bare generic one (*the company*, *her
group*, *the footage*) the most recent entity of its kind, else it is a new entity named by its
words (``document`` and ``unnamed`` people are kinds of their own). A title or description
right after a person's name and a comma is that person (*Jake Ruiz, the network's host*),
and so is a description right before a comma and a name (*her younger brother, King Maha
Vajiralongkorn*).
*he*/*she* join the nearest singular person, *they* the nearest group that is no object of a
preposition or of a verb of telling (*tell VOA that … they*); *the two* and *both lawmakers*
the last two people named, one group entity (its ``members``). People listed together in one
sentence are a group too (:mod:`analysis.spine.groups`), and a plural description of members
just before the list (*Top U.S. intelligence officials say …*), or a definite plural of people
just after it (*the intelligence chiefs*), is that group. A layer may still ask
:meth:`Entities.last_before` for the most recent entity of a kind before a place in the text.

The model is built once per article, the first time a layer reads ``Document.entities``: it
reads words and capitals, not tags, so it costs one pass over the tokens.
"""

from __future__ import annotations

import dataclasses
import re

import analysis.lexicons as lexicons
from analysis.spine import descriptions as desc
from analysis.spine import names
from analysis.spine.descriptions import DOCUMENT, UNNAMED, Description, find_descriptions, lemma
from analysis.spine.groups import GroupsMixin
from analysis.spine.mentions import (
    KINDS,
    ORGANIZATION,
    OUTLET,
    PERSON,
    PLACE,
    Entities,
    Entity,
    Mention,
    fits,
    gender_of,
)
from analysis.spine.sentences import Sentence
from analysis.spine.tokens import Tokens

__all__ = ["DOCUMENT", "KINDS", "ORGANIZATION", "OUTLET", "PERSON", "PLACE", "UNNAMED",
           "Entities", "Entity", "Mention", "find_entities"]

#: A pronoun's or a bare description's antecedent is at most this far back (characters).
REACH = 1500
#: Descriptions that point back to the last organization named even when its name does not
#: hold the word (*the company* after *Meridian Inc.*).
GENERIC = lexicons.words("attribution_context", "generic_description")
def find_entities(text: str, sentences: tuple[Sentence, ...], tokens: tuple[Tokens, ...]
                  ) -> Entities:
    """The entity model of an article, given its text and its sentences' tokens (see the
    module text)."""
    builder = _Builder(text)
    headlines = []
    for k, (sent, toks) in enumerate(zip(sentences, tokens, strict=True)):
        if sent.is_title and names.headline_case(toks):
            headlines.append((k, toks))  # read after the body, which says what its names are
            continue
        runs = list(names.name_runs(toks))
        found = find_descriptions(toks, [(first, last) for first, last, _ in runs]) \
            if toks.n_words else []
        events = sorted([(run[0], 0, run) for run in runs] + [(d.first, 1, d) for d in found],
                        key=lambda e: (e[0], e[1]))
        before = len(builder.mentions)
        for _, what, item in events:
            if what == 0:
                builder.add(toks, item[0], item[1], item[2], k, title=sent.is_title)
            else:
                builder.add_description(toks, item, k)
        builder.add_groups(toks, before, k)
    for k, toks in headlines:
        for first, last, role in names.name_runs(toks):
            if role or _labelled(toks, last):  # "NASA Administrator Daniel Goldin"
                builder.add(toks, first, last, role, k, title=True)
            else:
                builder.add_known(toks, first, last, k)
    return builder.done()


_WORD = re.compile(r"[\w-]+")


def _initials(written: str) -> str:
    """The acronym of a body's name, from its capitalized words (*Department for Work and
    Pensions* → ``dwp``; *United Kingdom* → ``uk``)."""
    return "".join(w[0] for w in written.split() if w[:1].isupper()).lower()


#: Marks after a headline's label (*Liz Truss – 2019 Speech*, *US Intelligence: …*).
_LABEL_MARKS = frozenset({"–", "—", ":", "-"})


def _labelled(toks: Tokens, last: int) -> bool:
    """Whether a headline's run ending at ``last`` is a label: a dash or colon follows it (*Liz
    Truss – 2019 Speech*), or a comma and a title (*Daniel S. Goldin, NASA Administrator*)."""
    after = toks.texts[last + 1] if last + 1 < len(toks) else ""
    if after in _LABEL_MARKS:
        return True
    titles = names.name_words().titles
    return after == "," and any(toks.lows[k] in titles for k in range(last + 2, min(len(toks),
                                                                                    last + 5)))


#: A definite plural description of people (*the intelligence chiefs*) is the group named at
#: most this many sentences before it.
GROUP_AFTER = 2


class _Builder(GroupsMixin):
    """Mentions in, entities out: grouping by surname, name and acronym as they come."""

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[Mention] = []
        self.entities: list[Entity] = []
        self.keys: dict[str, int] = {}  # a name, surname or acronym (lower) → entity
        #: where each name mention stands: its start → its sentence's tokens, first, last
        self.names_at: dict[int, tuple[Tokens, int, int]] = {}
        self.groups: dict[tuple[int, ...], int] = {}  # a group's members → its entity

    def add(self, toks: Tokens, first: int, last: int, role: str, sentence: int, *,
            title: bool = False) -> None:
        while last > first and (toks.lows[last] in names.INSIDE or toks.lows[last] == "the"):
            last -= 1
        if first + 1 < last and toks.lows[first + 1] in ("of", "for") and toks.lows[first] \
                in self.keys and self.entities[self.keys[toks.lows[first]]].kind == PERSON:
            # "Wilson of C-MORE" after Sam Wilson: the person, then the body
            self.add(toks, first, first, role, sentence, title=title)
            self.add(toks, first + 2, last, "", sentence, title=title)
            return
        words = [toks.texts[k] for k in range(first, last + 1) if toks.is_word[k]]
        lows = [w.lower() for w in words]
        name = " ".join(lows)
        single = len(words) == 1
        kind = names.kind_of(toks, first, last, lows, role)
        if single and not role and kind == "" and name not in self.keys and (
                names.sentence_first(toks, first) or name in names.name_words().known
                or name in names.name_words().titles or name in names.name_words().org_words):
            return  # a capitalized first word, or a lexicon word: no name
        if kind == PERSON and len(words) == 1 and words[0].isupper() and not role:
            kind = ""  # an all-caps word alone is an acronym or a shout, not a person
        if kind == PERSON and title and not role and last + 1 < len(toks) \
                and toks.is_word[last + 1]:
            return  # a headline's capitals: "Afghan Women Say Taliban Promise Security"
        start, end = toks.starts[first], toks.ends[last]
        entity = self._entity_for(name, lows, kind, role, self.text[start:end])
        m = Mention(start, end, self.text[start:end], kind or entity.kind, entity.entity_id,
                    role, sentence)
        self.names_at[start] = (toks, first, last)  # asked whether governed only by a "they"
        self._append(m, entity, role)
        self._acronym_after(toks, last, entity)
        self._named_after(m, entity, role)

    def _named_after(self, m: Mention, entity: Entity, role: str) -> None:
        """``her younger brother, King Maha Vajiralongkorn``: a singular description of a
        person right before a comma and a person's name (and its title) is that person."""
        if entity.kind != PERSON or len(self.mentions) < 2:
            return
        d = self.mentions[-2]
        described = self.entities[d.entity]
        between = self.text[d.end : m.start]
        if d.form == "description" and not d.plural and described.kind in (PERSON, UNNAMED) \
                and not described.named and described.mentions == [len(self.mentions) - 2] \
                and between.startswith(",") and " ".join(between[1:].split()) == role:
            self._merge(described, entity)

    def add_known(self, toks: Tokens, first: int, last: int, sentence: int) -> None:
        """A run of a headline-case title: its longest parts that name an entity of the body
        (*Taliban* in *Taliban Promise Security*) are mentions of it; the rest is no name."""
        i = first
        while i <= last:
            for j in range(last, i - 1, -1):
                lows = [toks.lows[k] for k in range(i, j + 1) if toks.is_word[k]]
                found = self.keys.get(" ".join(lows)) if lows else None
                if found is not None:
                    entity = self.entities[found]
                    start, end = toks.starts[i], toks.ends[j]
                    self._append(Mention(start, end, self.text[start:end], entity.kind,
                                         found, "", sentence), entity)
                    i = j
                    break
            i += 1

    def _append(self, m: Mention, entity: Entity, role: str = "") -> None:
        entity.mentions.append(len(self.mentions))
        if role and role not in entity.roles:
            entity.roles.append(role)
        entity.has_name = entity.has_name or m.form == "name"
        if not entity.gender and not entity.members:  # the first word on it holds: a name's
            # title, a description's head (not "her" of "her younger brother"), a pronoun
            said = role if m.form == "name" else m.text.rsplit(None, 1)[-1]
            entity.gender = gender_of(said) if said else ""
        if m.form != "pronoun":
            entity.words.update(lemma(w) for w in _WORD.findall(m.text.lower()))
            entity.words.update(lemma(w) for w in _WORD.findall(role.lower()))
        self.mentions.append(m)

    def add_description(self, toks: Tokens, d: Description, sentence: int) -> None:
        """A description, pronoun or pair of the sentence: joined to the entity it points back
        to (see :mod:`analysis.spine.descriptions`), or a new entity of its own."""
        start, end = toks.starts[d.first], toks.ends[d.last]
        entity = None
        if d.form == "pronoun":
            entity = self._antecedent(d.head, start)
            if entity is None:
                return  # "it is time", a "they" with no group before it: no mention
        elif d.form == "pair":
            entity = self._pair(start)
            if entity is None:
                return
        else:
            entity = self._apposition(d, toks, start)
            if entity is None and d.definite:
                entity = self._holder(d, start)
            if entity is None and d.definite and d.plural and d.kind in (PERSON, UNNAMED):
                entity = self._group_before(sentence)
            if entity is None and d.plural and d.determiner in ("these", "those"):
                entity = self._people_before(start)
        written = self.text[start:end]
        if entity is None:
            entity = Entity(len(self.entities), d.kind, written)
            self.entities.append(entity)
        elif d.form == "description" and not entity.named and len(written) > len(entity.name):
            entity.name = written  # "defence ministry" … "the defence ministry"
        role = written if d.form == "description" and d.kind == PERSON else ""
        self._append(Mention(start, end, written, entity.kind, entity.entity_id, role, sentence,
                             d.form, d.plural), entity, role)
        entity.words.update(lemma(w) for w in d.after)

    def _people_before(self, start: int) -> Entity | None:
        """*these people*, *those officials*: the unnamed people described nearest before
        (*two officials familiar with the talks*), within :data:`REACH`."""
        for m in self._back(start, REACH):
            entity = self.entities[m.entity]
            if m.plural and m.form == "description" and entity.kind == UNNAMED:
                return entity
        return None

    def _group_before(self, sentence: int) -> Entity | None:
        """The group named in this sentence or at most :data:`GROUP_AFTER` before it."""
        for m in reversed(self.mentions):
            if sentence - m.sentence > GROUP_AFTER:
                return None
            if m.form == "group":
                return self.entities[m.entity]
        return None

    def _back(self, start: int, reach: int | None = None):
        """The mentions before ``start``, nearest first (no further back than ``reach``)."""
        for m in reversed(self.mentions):
            if m.start >= start:
                continue
            if reach is not None and start - m.end > reach:
                return
            yield m

    def _antecedent(self, pronoun: str, start: int) -> Entity | None:
        """*he*/*she*: the nearest singular person (named or described); *they*: the nearest
        group (a pair, plural unnamed people, an organization)."""
        for m in self._back(start, REACH if pronoun != "they" else REACH // 3):
            entity = self.entities[m.entity]
            if pronoun != "they" and not m.plural and not entity.members and (
                    entity.kind == PERSON or (entity.kind == UNNAMED and m.form != "name")) \
                    and fits(entity, pronoun):
                return entity
            if pronoun == "they" and (entity.members or entity.kind == ORGANIZATION
                                      or (entity.kind == UNNAMED and m.plural)) \
                    and not self._governed(m):
                return entity
        return None

    def _governed(self, m: Mention) -> bool:
        """Whether a name is the object of a preposition or of a verb of telling, which a
        *they* after it never points back to (:func:`names.governed`); read only when a *they*
        asks, so a sentence is not tagged to say it."""
        where = self.names_at.get(m.start) if m.form == "name" else None
        return where is not None and names.governed(*where)

    def _pair(self, start: int) -> Entity | None:
        """*the two*, *both lawmakers*: the last two people named, one group entity."""
        people: list[int] = []
        for m in self._back(start, REACH):
            entity = self.entities[m.entity]
            if entity.kind == PERSON and entity.named and not entity.members \
                    and m.entity not in people:
                people.append(m.entity)
                if len(people) == 2:
                    break
        if len(people) < 2:
            return None
        members = tuple(sorted(people))
        if members in self.groups:
            return self.entities[self.groups[members]]
        name = " + ".join(self.entities[i].name for i in members)
        entity = Entity(len(self.entities), PERSON, name, members=members)
        self.entities.append(entity)
        self.groups[members] = entity.entity_id
        return entity

    def _apposition(self, d: Description, toks: Tokens, start: int) -> Entity | None:
        """``Jane Roe, chief economist at Meridian``: a title or person right after a person's
        name and a comma is that person."""
        if d.kind not in (PERSON, UNNAMED) or d.plural or d.first == 0 \
                or toks.texts[d.first - 1] != "," or not self.mentions:
            return None
        before = toks.starts[d.first - 1]
        m = self.mentions[-1]
        entity = self.entities[m.entity]
        if m.end == before and entity.kind == PERSON and m.form == "name":
            return entity
        return None

    def _holder(self, d: Description, start: int) -> Entity | None:
        """The most recent entity of the description's kind whose words hold its head and
        modifiers (*the ministry* → *the defence ministry*); with none, for a bare generic
        description (*the company*, *the study*), the most recent of its kind."""
        kinds = {desc.OUTLET: (OUTLET,), desc.ORGANIZATION: (ORGANIZATION,)}.get(d.kind, (d.kind,))
        need = {lemma(d.head)} | {lemma(w) for w in d.modifiers}
        fallback = None
        for m in self._back(start):
            entity = self.entities[m.entity]
            if entity.kind not in kinds or entity.members:
                continue
            if need <= entity.words:
                return entity
            if fallback is None and start - m.end <= REACH:
                fallback = entity
        pointing = d.determiner in ("the", "this", "that", "these", "those")
        generic = (d.head in GENERIC and (pointing or d.determiner in desc.POSSESSIVE)) or (
            d.kind == DOCUMENT and pointing)
        return fallback if generic and not d.modifiers else None

    def _entity_for(self, name: str, lows: list[str], kind: str, role: str, written: str
                    ) -> Entity:
        keys = [name]
        if kind == PERSON or (role and kind in ("", PERSON)):
            keys.append(lows[-1])  # the surname
        found = next((self.keys[k] for k in keys if k in self.keys), None)
        initials = _initials(written) if kind in (ORGANIZATION, OUTLET) and len(lows) > 1 \
            else ""
        if found is None and initials in self.keys \
                and self.entities[self.keys[initials]].name.replace(".", "").lower() == initials:
            found = self.keys[initials]  # "UK … the United Kingdom": the acronym came first
        if found is not None:
            entity = self.entities[found]
            if not entity.kind and kind:
                entity.kind = kind
            if len(written) > len(entity.name) and (kind == entity.kind or not kind):
                entity.name = written
        else:
            entity = Entity(len(self.entities), kind, written)
            self.entities.append(entity)
        for key in keys:
            self.keys.setdefault(key, entity.entity_id)
        if entity.kind in (ORGANIZATION, OUTLET) and len(lows) > 1:
            initials = _initials(written)
            if len(initials) >= 2:
                self.keys.setdefault(initials, entity.entity_id)
        return entity

    def _acronym_after(self, toks: Tokens, last: int, entity: Entity) -> None:
        """``the Office of the Director of National Intelligence (ODNI)``: the acronym is a
        key of the entity."""
        if last + 3 < len(toks) and toks.texts[last + 1] == "(" and toks.texts[last + 3] == ")" \
                and names.ACRONYM.match(toks.texts[last + 2]):
            self.keys.setdefault(toks.lows[last + 2], entity.entity_id)

    def done(self) -> Entities:
        # a group's mention before the names it holds: at() finds the innermost mention
        order = sorted(range(len(self.mentions)),
                       key=lambda i: (self.mentions[i].start, -self.mentions[i].end))
        if order != list(range(len(order))):
            remap = {old: new for new, old in enumerate(order)}
            self.mentions = [self.mentions[i] for i in order]
            for e in self.entities:
                e.mentions = sorted(remap[i] for i in e.mentions)
        if any(not e.mentions for e in self.entities):  # merged into a group: renumber
            kept = [e for e in self.entities if e.mentions]
            ids = {e.entity_id: new for new, e in enumerate(kept)}
            for e in kept:
                e.entity_id = ids[e.entity_id]
                e.members = tuple(ids[i] for i in e.members)
            self.mentions = [dataclasses.replace(m, entity=ids[m.entity]) for m in self.mentions]
            self.entities = kept
        return Entities(tuple(self.mentions), tuple(self.entities))
