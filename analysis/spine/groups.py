"""People named together, for the entity model (:mod:`analysis.spine.entities`): a list of
names in one sentence (*Director of National Intelligence James Clapper, National Security
Agency chief Michael Rogers and Undersecretary of Defense for Intelligence Marcel Lettre said*)
is one group entity, whose ``members`` are the people; a plural description of members in a
sentence just before (*Top U.S. intelligence officials say …*) names the same people and joins
the group. The entity builder mixes these methods in.
"""

from __future__ import annotations

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
            if chain and i >= 0 and self._listed(toks, self.mentions[chain[-1]],
                                                 self.mentions[i]):
                chain.append(i)
                continue
            if len(chain) >= 2 and self._closed(toks, self.mentions[chain[-2]],
                                                 self.mentions[chain[-1]]):
                self._group(chain, sentence)
            chain = [i] if i >= 0 else []

    def _listed(self, toks: Tokens, a: Mention, b: Mention) -> bool:
        """Whether only commas, *and*, titles and capitalized words (the offices and bodies of
        the next name) stand between two names (*, National Security Agency chief*)."""
        titles = names.name_words().titles
        between = [k for k in range(len(toks)) if a.end <= toks.starts[k] < b.start]
        held = [(m.start, m.end) for m in self.mentions if a.end <= m.start and m.end <= b.start]
        return bool(between) and toks.texts[between[0]] in (",", "and") and all(
            toks.texts[k] in (",", ".") or toks.lows[k] in ("and", "the", "of", "for")
            or toks.lows[k] in titles or toks.texts[k][:1].isupper()
            or any(s <= toks.starts[k] < e for s, e in held) for k in between)

    def _closed(self, toks: Tokens, a: Mention, b: Mention) -> bool:
        """Whether *and* stands between the last two names of a list."""
        return any(toks.lows[k] == "and" for k in range(len(toks))
                   if a.end <= toks.starts[k] < b.start)

    def _group(self, chain: list[int], sentence: int) -> None:
        members = tuple(sorted({self.mentions[i].entity for i in chain}))
        if len(members) < 2:
            return
        entity = next((e for e in self.entities if e.members == members), None)
        if entity is None:
            name = " + ".join(self.entities[i].name for i in members)
            entity = Entity(len(self.entities), PERSON, name, members=members)
            self.entities.append(entity)
        start, end = self.mentions[chain[0]].start, self.mentions[chain[-1]].end
        self._append(Mention(start, end, self.text[start:end], PERSON, entity.entity_id, "",
                             sentence, "group", True), entity)
        for m in reversed(self.mentions[:chain[0]]):
            if m.sentence == sentence:
                continue  # "only Russia's senior-most officials …," X, Y and Z said
            if sentence - m.sentence > GROUP_BEFORE:
                break
            described = self.entities[m.entity]
            if m.form == "description" and m.plural and described.kind == UNNAMED \
                    and not described.named and _members_head(m.text) and self._opens(m):
                self._merge(described, entity)
                break

    def _opens(self, m: Mention) -> bool:
        """Whether ``m`` is the first description or pronoun of its sentence (its subject,
        mostly: *Top U.S. intelligence officials say they believe high-level Russian
        authorities …* — the officials, not the authorities)."""
        return not any(o.sentence == m.sentence and o.start < m.start
                       and o.form in ("description", "pronoun") for o in self.mentions)

    def _merge(self, old: Entity, into: Entity) -> None:
        """Every mention of ``old`` becomes a mention of ``into``."""
        for i in old.mentions:
            self.mentions[i] = dataclasses.replace(self.mentions[i], entity=into.entity_id,
                                                   kind=into.kind)
        into.mentions.extend(old.mentions)
        into.words.update(old.words)
        old.mentions = []
