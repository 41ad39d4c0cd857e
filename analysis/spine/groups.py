"""People named together, for the entity model (:mod:`analysis.spine.entities`): a list of
names in one sentence (*Director of National Intelligence James Clapper, National Security
Agency chief Michael Rogers and Undersecretary of Defense for Intelligence Marcel Lettre said*)
is one group entity, whose ``members`` are the people; a plural description of members in a
sentence just before (*Top U.S. intelligence officials say …*) names the same people and joins
the group. The entity builder mixes these methods in.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

import analysis.lexicons as lexicons
from analysis.spine import names
from analysis.spine.descriptions import UNNAMED
from analysis.spine.mentions import PERSON, Entity, Mention
from analysis.spine.tokens import Tokens

_WORD = re.compile(r"[\w-]+")
#: People who speak for a body or a group (*officials*, *researchers*): a plural description
#: of them may name the people listed right after it.
MEMBERS = lexicons.words("attribution_context", "member_noun")
#: A plural description of members is the group of people named at most this many sentences
#: after it (*Top U.S. intelligence officials say …* — the next sentence names the three).
GROUP_BEFORE = 2
def _members_head(text: str) -> bool:
    """Whether a description's last word is a plural of members (*intelligence officials*)."""
    words = _WORD.findall(text.lower())
    return bool(words) and words[-1] in MEMBERS


class GroupsMixin:
    """The entity builder's methods for lists of people (it holds ``text``, ``mentions`` and
    ``entities``)."""

    text: str
    mentions: list[Mention]
    entities: list[Entity]
    groups: dict[tuple[int, ...], int]  # a group's members → its entity

    def add_groups(self, toks: Tokens, since: int, sentence: int) -> None:
        """People named together in one sentence (*Director of National Intelligence James
        Clapper, National Security Agency chief Michael Rogers and Undersecretary of Defense
        for Intelligence Marcel Lettre said*): one group entity (its ``members``), with a
        mention of form ``group`` over the list. A plural description of members just before
        in a sentence before (*Top U.S. intelligence officials say …*, at most
        :data:`GROUP_BEFORE` sentences back) names the same people: its mentions join the
        group."""
        people = [i for i in range(since, len(self.mentions))
                  if self.mentions[i].form == "name"
                  and self.entities[self.mentions[i].entity].kind == PERSON]
        chain: list[int] = []
        for i in [*people, -1]:
            if chain and i >= 0 and self._listed(toks, chain[-1], i):
                chain.append(i)
                continue
            if len(chain) >= 2 and "and" in self._between(toks, chain[-2], chain[-1])[1]:
                self._group(chain, sentence)
            chain = [i] if i >= 0 else []

    def _between(self, toks: Tokens, a: int, b: int) -> tuple[range, list[str]]:
        """The tokens between mentions ``a`` and ``b`` of one sentence (bisected), and their
        words in lower case."""
        first = bisect.bisect_left(toks.starts, self.mentions[a].end)
        last = bisect.bisect_left(toks.starts, self.mentions[b].start)
        return range(first, last), toks.lows[first:last]

    def _listed(self, toks: Tokens, a: int, b: int) -> bool:
        """Whether only commas, *and*, titles and capitalized words (the offices and bodies of
        the names) stand between mentions ``a`` and ``b`` (*, National Security Agency
        chief*; *of C-MORE and*)."""
        titles = names.name_words().titles
        between, lows = self._between(toks, a, b)
        held = [(m.start, m.end) for m in self.mentions[a + 1 : b]]
        return bool(lows) and lows[0] in (",", "and", "of") and all(
            toks.texts[k] in (",", ".") or toks.lows[k] in ("and", "the", "of", "for")
            or toks.lows[k] in titles or toks.texts[k][:1].isupper()
            or any(s <= toks.starts[k] < e for s, e in held) for k in between)

    def _group(self, chain: list[int], sentence: int) -> None:
        members = tuple(sorted({self.mentions[i].entity for i in chain}))
        if len(members) < 2:
            return
        known = self.groups.get(members)
        if known is None:
            name = " + ".join(self.entities[i].name for i in members)
            entity = Entity(len(self.entities), PERSON, name, members=members)
            self.entities.append(entity)
            self.groups[members] = entity.entity_id
        else:
            entity = self.entities[known]
        start, end = self.mentions[chain[0]].start, self.mentions[chain[-1]].end
        self._append(Mention(start, end, self.text[start:end], PERSON, entity.entity_id, "",
                             sentence, "group", True), entity)
        before = chain[0] - 1
        if before >= 0 and self._apposed(before, start):
            self._merge(self.entities[self.mentions[before].entity], entity)
            return  # "The study's lead authors, Wilson of C-MORE and Nick Hawco of USC"
        for i in range(chain[0] - 1, -1, -1):
            m = self.mentions[i]
            if m.sentence == sentence:
                continue  # "only Russia's senior-most officials …," X, Y and Z said
            if sentence - m.sentence > GROUP_BEFORE:
                break
            described = self.entities[m.entity]
            if m.form == "description" and m.plural and described.kind == UNNAMED \
                    and not described.named and _members_head(m.text) and self._opens(i):
                self._merge(described, entity)
                break

    def _apposed(self, i: int, start: int) -> bool:
        """Whether mention ``i`` is a plural description of people that only a comma parts
        from the list starting at ``start`` (*The study's lead authors, Wilson … and …*)."""
        m = self.mentions[i]
        described = self.entities[m.entity]
        return m.form == "description" and m.plural and described.kind in (PERSON, UNNAMED) \
            and not described.named and self.text[m.end : start].strip() == ","

    def _opens(self, i: int) -> bool:
        """Whether mention ``i`` is the first description or pronoun of its sentence (its
        subject, mostly: *Top U.S. intelligence officials say they believe high-level Russian
        authorities …* — the officials, not the authorities)."""
        sentence = self.mentions[i].sentence
        for j in range(i - 1, -1, -1):
            if self.mentions[j].sentence != sentence:
                return True
            if self.mentions[j].form in ("description", "pronoun"):
                return False
        return True

    def _merge(self, old: Entity, into: Entity) -> None:
        """Every mention of ``old`` becomes a mention of ``into``."""
        for i in old.mentions:
            self.mentions[i] = dataclasses.replace(self.mentions[i], entity=into.entity_id,
                                                   kind=into.kind)
        into.mentions.extend(old.mentions)
        into.words.update(old.words)
        old.mentions = []
