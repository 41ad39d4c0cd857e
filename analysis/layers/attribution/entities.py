"""Who a source is: the entity a source phrase names or points back to, and its type.

A source's type is a fact about who it is, learned once per article (the document's entity
model, :mod:`analysis.spine.entities`), not only a guess from the words of one phrase. Each rule
below is one function, tried in :data:`RULES` order; the first that knows the entity wins, and
a phrase no rule knows keeps the type its words give it (:func:`type_source`) and is its own
entity (its words, as written).

- :func:`a_document_of_theirs` — a document its maker's name stands in or beside: *Part of
  the judge's statement*, *a report by* [*a team from the University of Hawaii*];
- :func:`named_head` — the phrase's head word lies in a name: *NPR's Jane Roe*, *Police Lt.
  Ann Lee*, *Burns* (= *Nicholas Burns*), *the Taliban*; the last name of a list of people
  (*X, Y and Z said*) is the group;
- :func:`name_then_apposition` — a name, then a comma: *Jane Roe, chief economist at
  Meridian*;
- :func:`members_of_a_body` — unnamed members of a named body: *U.S. officials*, *CIA
  officials*, *officials at the ministry*, *Afghan officials* (not when the sentence says they
  asked not to be named);
- :func:`members_named_before` — a bare plural of members the article has already given as
  a named body's: *U.S. Geological Survey scientists found* … *scientists found*;
- :func:`members_with_the_body_after` — the same, where the body is named right after a
  phrase that stops at its head: *authorities in the United Kingdom and the United States*;
- :func:`members_of_the_inquiry` — investigators, researchers, scientists alone or with *the*:
  the organization named nearest before them (else the first after), whom they work for;
- :func:`bodies_no_name_makes` — a plural of bodies no name stands in, a person or a body
  only by a sentence's first capital: *Aid agencies say* (vague);
- :func:`definite_description` — a description or pair the entity model joined to an entity:
  *the company*, *the ministry* (the last organization that holds the word, else for a generic
  word the last one named), *the host* (the person with that role), *the two* (the last two
  people), *the source* (the source described before: it keeps the type and the words of its
  first attribution).

A pronoun is resolved by the attribution layer's history of sources first, then here
(:func:`pronoun_entity`) — but a *they* right after a named organization or a group of named
people is that entity (:func:`named_they`), and *he*/*she* is never a person the text marks as
the other gender (:func:`pronoun_fits`): *he*/*she* the last person named, *it* the last
organization or outlet, *they* the last organization, *I* the person the title or first
paragraph names (the speaker or author), *we* the organization it names.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import analysis.lexicons as lexicons
from analysis.layers.attribution.source_phrases import Source
from analysis.spine.descriptions import lemma
from analysis.spine.document import Document
from analysis.spine.entities import ORGANIZATION, OUTLET, PERSON, Entity
from analysis.spine.memo import last_one
from analysis.spine.mentions import fits
from analysis.spine.names import is_title
from analysis.spine.tokens import Tokens
from analysis.vocabulary.sources import SourceType, source_words

ORG_KINDS = (ORGANIZATION, OUTLET)
#: People who speak for the body named with them (*U.S. officials*, *officials at the ministry*).
MEMBERS = lexicons.words("attribution_context", "member_noun")
#: Members who work for a body the article names even when the phrase names none
#: (*investigators*, *the researchers*).
INQUIRY = lexicons.words("attribution_context", "inquiry_member")
#: Words after a source's head that open a phrase naming its body (*authorities in the United
#: Kingdom*), and the most words of that phrase read.
_BODY_AFTER = frozenset({"in", "at", "of", "from"})
_BODY_WORDS = 8
#: Descriptions that point back to the last organization named even when its name does not
#: hold the word (*the company* after *Meridian Inc.*).
GENERIC = lexicons.words("attribution_context", "generic_description")
#: A pronoun's antecedent found by the entity model is at most this far back (characters).
PRONOUN_REACH = 1500
#: Heads of unnamed members of a body (*officials*, *scientists*): plural vague or anonymous
#: words of the source lexicon.
_VAGUE, _ANONYMOUS = SourceType.VAGUE.value, SourceType.ANONYMOUS.value
_DOCUMENT = SourceType.DOCUMENT.value
_ORGANIZATION = SourceType.NAMED_ORGANIZATION.value
#: Endings of nationality adjectives that stand for a government (*Afghan*, *Japanese*).
_NATIONALITY = ("an", "ese", "ish", "i")

#: The source type of each kind of entity that can speak (a place does not).
ENTITY_TYPES = {PERSON: SourceType.NAMED_PERSON.value,
                ORGANIZATION: SourceType.NAMED_ORGANIZATION.value,
                OUTLET: SourceType.MEDIA_OUTLET.value}

Found = tuple[str, "str | None"]  # (entity name, source type; None: the words' type)
#: A rule: the document, the sentence's tokens, the source phrase, the type its words give,
#: whether the sentence withholds names, and the cue's first token.
Rule = Callable[[Document, Tokens, Source, str, bool, int], "Found | None"]


def named_head(doc: Document, toks: Tokens, src: Source, kind: str, anonymous: bool, cue: int
               ) -> Found | None:
    """The head word lies in a name whose entity has a kind: that entity."""
    if kind == _DOCUMENT:
        return None  # "a new study by the Budget Office": the study
    m = doc.entities.at(toks.starts[src.head])
    if m is None and is_title(toks, src.head):
        # a head in the title ("Undersecretary of Defense for Intelligence Marcel Lettre"):
        # the name that ends the phrase
        inside = doc.entities.within(toks.starts[src.first], toks.ends[src.last])
        m = inside[-1] if inside and inside[-1].end == toks.ends[src.last] else None
    if m is None or m.form != "name":
        return None  # a description is definite_description's ("several trial forces": none)
    group = _group_ending(doc, m)
    if group is not None:
        return group.name, SourceType.NAMED_PERSON.value
    entity = doc.entities.entities[m.entity]
    typed = entity_type(entity.kind)
    if typed and kind == SourceType.NAMED_PERSON.value and typed != kind \
            and len(m.text.split()) > 1 and entity.kind != OUTLET:
        # "U.S. District Judge Gray Miller": the words say a person; an outlet's name by its
        # shape stays an outlet ("The Las Vegas Review-Journal reported")
        return entity.name, kind
    return (entity.name, typed) if typed else None


def _group_ending(doc: Document, m) -> Entity | None:
    """The group of people listed up to the name ``m`` (*James Clapper, … Michael Rogers and
    … Marcel Lettre said*: the three speak), if the entity model made one."""
    for other in doc.entities.within(m.start - 1000 if m.start > 1000 else 0, m.end):
        if other.form == "group" and other.start < m.start and other.end == m.end:
            return doc.entities.entities[other.entity]
    return None


def a_document_of_theirs(doc: Document, toks: Tokens, src: Source, kind: str,
                         anonymous: bool, cue: int) -> Found | None:
    """A document its maker's name stands in or beside is the document (the guideline's
    *a new study by the Budget Office*): a document word after a possessive (*Part of the
    judge's statement*, *The Centre for Aviation's database of air carriers*; *Judge Miller's
    statement* where the source phrase stops before *'s*), or a phrase that stops right after
    a document and *by* or *from* (*a report by a team from the University of Hawaii*,
    *Another report from the Mexican government*), or a maker's name before the document's
    head (*An NBC/Wall Street Journal survey*)."""
    documents = source_words().of("document")
    head = src.head
    if toks.lows[head] in documents and doc.entities.at(toks.starts[head]) is None and any(
            doc.entities.at(toks.starts[k]) is not None for k in range(src.first, head)):
        # a maker's name before the document's head: "An NBC/Wall Street Journal survey"
        return doc.text[toks.starts[src.first] : toks.ends[src.last]], _DOCUMENT
    end = min(len(toks) - 1, src.last + 2)
    for k in range(src.first + 1, end + 1):
        if toks.lows[k] in documents and toks.lows[k - 1] == "'s" and (
                k <= src.last or k - 1 == src.last + 1):
            first, last = toks.starts[src.first], toks.ends[max(k, src.last)]
            return doc.text[first:last], _DOCUMENT
    k = src.first - 1
    if k >= 1 and toks.lows[k] in ("by", "from") and toks.lows[k - 1] in documents \
            and cue > src.last:  # not "a statement from the king", where the noun is the cue
        start = k - 1
        while start > 0 and toks.is_word[start - 1] and toks.tags[start - 1].startswith(
                ("DT", "JJ")):
            start -= 1
        return doc.text[toks.starts[start] : toks.ends[src.last]], _DOCUMENT
    return None


def name_then_apposition(doc: Document, toks: Tokens, src: Source, kind: str,
                         anonymous: bool, cue: int) -> Found | None:
    """A person's name opens the phrase and a comma follows it: the person."""
    start = toks.starts[src.first]
    m = doc.entities.at(start)
    if m is None or m.start != start:
        return None
    entity = doc.entities.entities[m.entity]
    after = next((k for k in range(src.first, src.last + 1) if toks.starts[k] >= m.end), None)
    if entity.kind == PERSON and after is not None and toks.texts[after] == ",":
        return entity.name, SourceType.NAMED_PERSON.value
    return None


def members_of_a_body(doc: Document, toks: Tokens, src: Source, kind: str, anonymous: bool, cue: int
                      ) -> Found | None:
    """Plural people of a named body: the body, a named organization; a named person's
    people (*Clinton's top aides*) are that person's organization."""
    head = toks.lows[src.head]
    if anonymous or head not in MEMBERS or kind not in (
            _VAGUE, _ANONYMOUS, _ORGANIZATION, SourceType.NAMED_PERSON.value):
        return None
    start, end = toks.starts[src.first], toks.ends[src.last]
    for m in doc.entities.within(start, end):
        entity = doc.entities.entities[m.entity]
        if entity.kind in ORG_KINDS:
            return entity.name, SourceType.NAMED_ORGANIZATION.value
        if entity.kind == PERSON and m.end < toks.starts[src.head] and any(
                toks.lows[k] == "'s" and toks.starts[k] == m.end
                for k in range(src.first, src.head)):
            return f"{entity.name}'s {head}", SourceType.NAMED_ORGANIZATION.value
    if kind == SourceType.NAMED_PERSON.value:
        return None
    for k in range(src.first, src.head):
        text = toks.texts[k]
        if toks.is_word[k] and text[:1].isupper() and text.lower().endswith(_NATIONALITY):
            return f"{text} government", SourceType.NAMED_ORGANIZATION.value
    return None


def _bare(toks: Tokens, src: Source, kind: str, heads: frozenset[str]) -> bool:
    """Whether a source phrase is one of ``heads`` alone or after *the* (*scientists*, *the
    officials*), typed by its words as vague or anonymous: people the article must name
    elsewhere, if at all."""
    words = [k for k in range(src.first, src.last + 1) if toks.is_word[k]]
    return kind in (_VAGUE, _ANONYMOUS) and toks.lows[src.head] in heads \
        and words[-1] == src.head and len(words) <= 1 + (toks.lows[words[0]] == "the")


def members_named_before(doc: Document, toks: Tokens, src: Source, kind: str,
                         anonymous: bool, cue: int) -> Found | None:
    """A bare plural of members (*scientists*, *the officials*) that the article has already
    given as a named body's members (*U.S. Geological Survey scientists found …* … *scientists
    found*; *authorities in the United Kingdom and the United States announced …* …
    *according to authorities*): that body."""
    head = toks.lows[src.head]
    if anonymous or not _bare(toks, src, kind, MEMBERS):
        return None
    at = toks.starts[src.head]
    starts, bodies = _members_index(doc).get(head, ((), ()))
    k = bisect.bisect_left(starts, at)  # the last naming in a sentence that starts before it
    found = bodies[k - 1] if k else None
    return (found.name, SourceType.NAMED_ORGANIZATION.value) if found is not None else None


@last_one
def _members_index(doc: Document) -> dict[str, tuple[list[int], list[Entity]]]:
    """For each member word (*scientists*, *authorities*), where the article gives it as a
    named body's members (*U.S. Geological Survey scientists*, *authorities in the United
    Kingdom*): the start of each such sentence and the body, in text order. Read once per
    document, so typing every source stays linear in the article."""
    index: dict[str, tuple[list[int], list[Entity]]] = {}
    for before, sentence in zip(doc.tokens, doc.sentences, strict=True):
        for k in range(1, len(before)):
            head = before.lows[k]
            if head not in MEMBERS:
                continue
            m = doc.entities.at(before.starts[k - 1])
            if m is not None and m.form == "name" and m.end == before.ends[k - 1] \
                    and doc.entities.entities[m.entity].kind in ORG_KINDS:
                body = doc.entities.entities[m.entity]
            else:
                body = _body_after(doc, before, k)  # "authorities in the UK"
            if body is not None:
                starts, bodies = index.setdefault(head, ([], []))
                starts.append(sentence.start_char)
                bodies.append(body)
    return index


def members_with_the_body_after(doc: Document, toks: Tokens, src: Source, kind: str,
                                anonymous: bool, cue: int) -> Found | None:
    """Plural members whose body the phrase right after the source names, where the source
    phrase stops at its head (*Yesterday, authorities in the United Kingdom and the United
    States announced …*): that body, a named organization, as :func:`members_of_a_body`."""
    head = toks.lows[src.head]
    if anonymous or kind not in (_VAGUE, _ANONYMOUS) or head not in MEMBERS \
            or src.last != src.head:
        return None
    body = _body_after(doc, toks, src.head)
    return (body.name, SourceType.NAMED_ORGANIZATION.value) if body is not None else None


def _body_after(doc: Document, toks: Tokens, head: int) -> Entity | None:
    """The organization a phrase right after token ``head`` names (*in the United Kingdom*),
    read up to punctuation, at most :data:`_BODY_WORDS` words."""
    k = head + 1
    if k >= len(toks) or toks.lows[k] not in _BODY_AFTER:
        return None
    end = k
    while end + 1 < min(len(toks), k + _BODY_WORDS + 1) and toks.is_word[end + 1]:
        end += 1
    for m in doc.entities.within(toks.ends[k], toks.ends[end]):
        entity = doc.entities.entities[m.entity]
        if m.form == "name" and entity.kind in ORG_KINDS:
            return entity
    return None


def members_of_the_inquiry(doc: Document, toks: Tokens, src: Source, kind: str,
                           anonymous: bool, cue: int) -> Found | None:
    """Investigators, researchers or scientists alone or with *the* (*according to
    investigators*, *The researchers have speculated*) work for a body: the organization the
    article names nearest before them, else the first it names after, a named organization.
    A quantifier makes them some of many (*some scientists*: vague), and so does an article
    that names no organization."""
    if anonymous or not _bare(toks, src, kind, INQUIRY):
        return None
    at = toks.starts[src.head]
    entity = doc.entities.last_before(at, (ORGANIZATION,), named=True) or next(
        (doc.entities.entities[m.entity] for m in doc.entities.mentions
         if m.start > at and m.form == "name"
         and doc.entities.entities[m.entity].kind == ORGANIZATION), None)
    return (entity.name, SourceType.NAMED_ORGANIZATION.value) if entity is not None else None


def bodies_no_name_makes(doc: Document, toks: Tokens, src: Source, kind: str,
                         anonymous: bool, cue: int) -> Found | None:
    """A plural of bodies that no name of the entity model stands in, typed a person or an
    organization only by a capital that opens the sentence (*Aid agencies say …*): vague, as
    *several hotspot trial forces* are."""
    head = toks.lows[src.head]
    if kind not in (SourceType.NAMED_PERSON.value, _ORGANIZATION) \
            or not toks.texts[src.head][:1].islower() or lemma(head) == head \
            or lemma(head) not in source_words().of("organization_word") \
            or doc.entities.within(toks.starts[src.first], toks.ends[src.last]):
        return None
    return doc.text[toks.starts[src.first] : toks.ends[src.last]], _VAGUE


def definite_description(doc: Document, toks: Tokens, src: Source, kind: str,
                         anonymous: bool, cue: int) -> Found | None:
    """The head is a description or pair the entity model joined to an entity: *the company*
    → the last organization named, *the ministry* → *the defence ministry*, *the senator* →
    the person with that role, *the two* → the last two people, *the source* → the source
    described before. An entity that no name makes keeps the type of the words that first
    described it (the second item is None: the caller knows that type)."""
    head = src.head
    if head < src.last and toks.lows[head + 1] == "'s":
        # a possessive is no head: "The study's lead authors" are authors
        head = max(k for k in range(head + 2, src.last + 1) if toks.is_word[k]) \
            if any(toks.is_word[k] for k in range(head + 2, src.last + 1)) else head
    m = doc.entities.at(toks.starts[head])
    if m is None or m.form == "name" or m.form == "pronoun":
        return None
    entity = doc.entities.entities[m.entity]
    if entity.members:
        return entity.name, SourceType.NAMED_PERSON.value
    typed = entity_type(entity.kind)
    if typed and entity.named:
        return entity.name, typed
    if len(entity.mentions) > 1 and not (anonymous or kind in (_DOCUMENT,)) \
            and entity.kind in (ORGANIZATION, OUTLET):
        return entity.name, typed  # "the defence ministry" … "the ministry": one body
    if len(entity.mentions) > 1 and _described_anonymous(entity):
        return entity.name, _ANONYMOUS  # "two officials familiar with the talks" … "these
        # people": what was withheld of them first holds in every later mention
    return (entity.name, None) if len(entity.mentions) > 1 else None


def _described_anonymous(entity: Entity) -> bool:
    """Whether the words that described an unnamed entity hold an anonymity marker of the
    source lexicon (*familiar with*, *close to*, *unnamed*)."""
    vocab = source_words()
    markers = [tuple(p) for p in vocab.phrases.get("anonymity_marker", ())]
    markers += [(w,) for w in vocab.words.get("anonymity_marker", ())]
    return any(set(marker) <= entity.words for marker in markers)


def entity_type(kind: str) -> str | None:
    """The source type of an entity of ``kind``; None for a place or an unknown kind."""
    return ENTITY_TYPES.get(kind)


def _holds(entity: Entity, word: str) -> bool:
    return word in entity.name.lower().split()


def _holds_role(entity: Entity, word: str) -> bool:
    return any(word in role.lower().split() for role in entity.roles)


#: The rules, in the order they are tried.
RULES: tuple[Rule, ...] = (a_document_of_theirs, name_then_apposition, named_head,
                           members_of_a_body, members_with_the_body_after,
                           members_named_before, members_of_the_inquiry, bodies_no_name_makes,
                           definite_description)


def phrase_entity(doc: Document, toks: Tokens, src: Source, kind: str, anonymous: bool, *,
                  cue: int = -1) -> Found | None:
    """The entity of a source phrase that is not a pronoun, and its type (``cue``: the cue's
    first token, -1 if unknown); None if no rule knows it."""
    for rule in RULES:
        found = rule(doc, toks, src, kind, anonymous, cue)
        if found is not None:
            return found
    return None


def pronoun_entity(doc: Document, pronoun: str, at: int) -> Found | None:
    """The entity a pronoun at character ``at`` refers to, by the entity model (see the
    module text); None if it names none."""
    entities = doc.entities
    if pronoun in ("he", "she"):
        entity = entities.last_before(at, (PERSON,), within=PRONOUN_REACH, named=True,
                                      pronoun=pronoun)
    elif pronoun == "it":
        entity = entities.last_before(at, ORG_KINDS, within=PRONOUN_REACH, named=True)
    elif pronoun == "they":
        entity = entities.last_before(at, (ORGANIZATION,), within=PRONOUN_REACH // 3,
                                        named=True)
    elif pronoun in ("i", "we"):
        entity = entities.first((PERSON,) if pronoun == "i" else ORG_KINDS,
                                before=_opening_end(doc))
    else:
        return None
    typed = entity_type(entity.kind) if entity is not None else None
    return (entity.name, typed) if typed else None


#: A *they* is the named organization or group the entity model joined it to only when that
#: was named in the same sentence or at most this many sentences before.
THEY_SENTENCES = 1


def named_they(doc: Document, at: int) -> Found | None:
    """*they* that the entity model joined to a named organization or a group of named people
    mentioned in its sentence or the one before: that entity, before any earlier source of
    the attribution layer's history (*The teacher explained that the Taliban in the province
    were so strict … In addition, they want women to go out …* → the Taliban, not the women
    cited before; *The study's lead authors, Wilson of C-MORE and Nick Hawco of USC, had
    hypothesized … They found …* → the two)."""
    entities = doc.entities
    m = entities.at(at)
    if m is None or m.form != "pronoun" or m.start != at:
        return None
    entity = entities.entities[m.entity]
    if not entity.members and (entity.kind != ORGANIZATION or not entity.named):
        return None
    # the entity's mention before this one, bisected for (a long text has many)
    k = bisect.bisect_left(entity.mentions, bisect.bisect_left(entities.starts, m.start)) - 1
    if k < 0 or m.sentence - entities.mentions[entity.mentions[k]].sentence > THEY_SENTENCES:
        return None
    typed = SourceType.NAMED_PERSON if entity.members else SourceType.NAMED_ORGANIZATION
    return entity.name, typed.value


def pronoun_fits(doc: Document, pronoun: str, name: str) -> bool:
    """Whether *he* or *she* may be the entity the model calls ``name`` (an earlier source):
    not a person the text marks as the other gender (*Ms. Ortiz* … *he said*); a name the
    model does not know fits."""
    entity = doc.entities.by_name.get(name)
    return entity is None or fits(entity, pronoun)


def _opening_end(doc: Document) -> int:
    """Where the title and the first paragraph end: who speaks in a speech or statement is
    named there."""
    for sent in doc.sentences:
        if sent.paragraph_id > 1:
            return sent.start_char
    return len(doc.text)
