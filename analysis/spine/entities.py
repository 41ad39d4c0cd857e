"""The entities of an article: who and what it names, each mention grouped with the others of
the same referent.

A **mention** is a run of capitalized words read from the document's tokens (*Nicholas Burns*,
*the Office of the Director of National Intelligence*, *MR. EARNEST*), with the titles before
it kept apart as its role (*Under Secretary*, *Police Lt.*). Its kind comes from the source
lexicon (``sources.csv``, one word list for the attribution layer and this model): ``person``
(a title, or two or more name words no lexicon knows), ``organization`` (an organization word
or name, a country, an acronym, a name after *the*), ``outlet`` (an outlet's name, or a name
ending as outlets' names do: *Tehran Times*), ``place`` (a place noun, or a name after *in*).
A single capitalized word is a mention only if it stands inside the sentence, or names an
entity seen before (*Burns said*).

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
right after a person's name and a comma is that person (*Jake Ruiz, the network's host*).
*he*/*she* join the nearest singular person, *they* the nearest group; *the two* and *both
lawmakers* the last two people named, one group entity (its ``members``). A layer may still ask
:meth:`Entities.last_before` for the most recent entity of a kind before a place in the text.

The model is built once per article, the first time a layer reads ``Document.entities``: it
reads words and capitals, not tags, so it costs one pass over the tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import analysis.lexicons as lexicons
from analysis.spine import descriptions as desc
from analysis.spine.descriptions import DOCUMENT, UNNAMED, Description, find_descriptions, lemma
from analysis.spine.sentences import Sentence
from analysis.spine.tokens import Tokens

#: The kinds of entity the model tells apart.
PERSON, ORGANIZATION, OUTLET, PLACE = "person", "organization", "outlet", "place"
KINDS = (PERSON, ORGANIZATION, OUTLET, PLACE, DOCUMENT, UNNAMED)
#: A pronoun's or a bare description's antecedent is at most this far back (characters).
REACH = 1500
#: Descriptions that point back to the last organization named even when its name does not
#: hold the word (*the company* after *Meridian Inc.*).
GENERIC = lexicons.words("attribution_context", "generic_description")
#: Words that may stand inside a name between capitalized words (*Bank of England*).
_INSIDE = frozenset({"of", "for", "on", "&", "-", "de", "la", "van", "von", "al"})
#: Words that are never a name, capitalized or not (a sentence's first word, mostly).
_NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "i", "we", "he", "she", "it", "they",
    "you", "but", "and", "or", "if", "in", "on", "at", "as", "by", "for", "from", "to", "with",
    "after", "before", "when", "while", "there", "here", "his", "her", "its", "their", "our",
    "my", "your", "q", "question", "mr", "ms", "mrs", "dr", "yes", "no", "so", "well", "now",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "one", "two", "some", "all",
    "also", "however", "meanwhile", "according", "said", "says", "what", "who", "how", "why",
    "thank", "thanks", "okay", "ok", "oh", "let", "every", "each", "other", "both",
})
MAX_NAME_WORDS = 10


@dataclass(frozen=True)
class Mention:
    """A name in the text: ``text == article.text[start:end]``, its ``kind`` (one of
    :data:`KINDS`, or ``""`` if unknown), the ``entity`` it belongs to (an index of
    :attr:`Entities.entities`), the title or role written before it, and its sentence."""

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
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def at(self, offset: int) -> Mention | None:
        """The mention that holds the character at ``offset``, or None."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def last_before(self, offset: int, kinds: frozenset[str] | tuple[str, ...], *,
                    within: int | None = None, word: str = "", named: bool = False
                    ) -> Entity | None:
        """The entity of the nearest mention before ``offset`` whose kind is one of ``kinds``
        (no further back than ``within`` characters, if given; only one a name makes, if
        ``named``). With ``word``, an entity whose name or roles hold that word wins over a
        nearer one (*the department* → the Department of Justice)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        first = None
        while i >= 0:
            m = self.mentions[i]
            if within is not None and offset - m.end > within:
                break
            entity = self.entities[m.entity]
            if entity.kind in kinds and (entity.named or not named):
                if not word or _holds(entity, word):
                    return entity
                first = first or entity
            i -= 1
        return first

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


@dataclass(frozen=True)
class _Words:
    """The source lexicon's words this model reads."""

    titles: frozenset[str]
    org_words: frozenset[str]
    outlet_name_words: frozenset[str]
    place_words: frozenset[str]
    known: frozenset[str]
    outlets: frozenset[str]
    organizations: frozenset[str]


@functools.cache
def _words() -> _Words:
    rows = lexicons.load("sources")
    by: dict[str, set[str]] = {}
    for row in rows:
        by.setdefault(row["category"], set()).add(row["term"])
    low = {k: frozenset(t.lower() for t in v) for k, v in by.items()}
    titles = low["person_title"] | lexicons.words("abbreviations", "title")
    known = frozenset().union(*(low[k] for k in ("anonymous", "vague", "document",
                                                  "outlet_word", "place_word")))
    return _Words(titles, low["organization_word"], low["outlet_name_word"], low["place_word"],
                  known, frozenset(t.lower() for t in by["outlet"]),
                  frozenset(t.lower() for t in by["organization"] | by["country"]))


def find_entities(text: str, sentences: tuple[Sentence, ...], tokens: tuple[Tokens, ...]
                  ) -> Entities:
    """The entity model of an article, given its text and its sentences' tokens (see the
    module text)."""
    builder = _Builder(text)
    for k, (sent, toks) in enumerate(zip(sentences, tokens, strict=True)):
        runs = list(_name_runs(toks))
        found = find_descriptions(toks, [(first, last) for first, last, _ in runs]) \
            if toks.n_words else []
        events = sorted([(run[0], 0, run) for run in runs] + [(d.first, 1, d) for d in found],
                        key=lambda e: (e[0], e[1]))
        for _, what, item in events:
            if what == 0:
                builder.add(toks, item[0], item[1], item[2], k, title=sent.is_title)
            else:
                builder.add_description(toks, item, k)
    return builder.done()


def _is_name_word(toks: Tokens, i: int) -> bool:
    text = toks.texts[i]
    return toks.is_word[i] and text[:1].isupper() and toks.lows[i] not in _NOT_NAMES


def _name_runs(toks: Tokens):
    """Yield ``(first, last, role)`` for every run of name words of a sentence: the run's
    first and last token and the title words before it."""
    n = len(toks)
    words = _words()
    # only a capitalized token can start a run: find them with one C-level pass
    starts = [k for k, text in enumerate(toks.texts) if text[:1].isupper()]
    end = -1  # the last token of the run before
    for i in starts:
        if i <= end or (not _is_name_word(toks, i) and not _is_title(toks, i)):
            continue
        j = i
        while j + 1 < n and j - i < MAX_NAME_WORDS:
            nxt = j + 1
            if _is_name_word(toks, nxt) or (toks.texts[nxt] == "." and (
                    toks.lows[j] + "." in words.titles or (len(toks.texts[j]) == 1 and nxt + 1 < n
                                                            and _is_name_word(toks, nxt + 1)))):
                # a title's period, or a middle initial's: "Ms. Ortiz", "Daniel S. Goldin"
                j = nxt
                continue
            if toks.lows[nxt] in _INSIDE and nxt + 1 < n and (
                    _is_name_word(toks, nxt + 1) or (toks.lows[nxt + 1] == "the" and nxt + 2 < n
                                                     and _is_name_word(toks, nxt + 2))):
                if toks.lows[nxt] == "and" and _is_title(toks, nxt + 1):
                    break  # "Sen. Ana Ruiz and Sen. Tom Berg": two names
                j = nxt + 1 if toks.lows[nxt + 1] != "the" else nxt + 2
                continue
            break
        yield from _split(toks, i, j)
        end = j


def _split(toks: Tokens, i: int, j: int):
    """A run cut into its role and its name(s): the titles up to the last one are the role
    (*U.S. District Judge* Gray Miller); a person's name before *of* and a body after it are
    two names (*Jennifer Lu* of *Marriage Equality Coalition Taiwan*)."""
    k = i
    for t in range(i, j + 1):
        if _is_title(toks, t) and t + 1 <= j and toks.lows[t + 1] not in ("of", "for", "and") \
                and any(_is_name_word(toks, u) and not _is_title(toks, u)
                        for u in range(t + 1, j + 1)):
            k = t + 1
    while k <= j and toks.texts[k] == ".":
        k += 1
    role = " ".join(toks.texts[i:k]).replace(" .", ".") if k > i else ""
    if k > j or not _is_name_word(toks, k):
        return
    for p in range(k + 2, j):
        if toks.lows[p] in ("of", "for") and _looks_personal(toks, k, p - 1):
            yield k, p - 1, role
            q = p + 1 + (toks.lows[p + 1] == "the")
            if q <= j:
                yield q, j, ""
            return
    yield k, j, role


def _looks_personal(toks: Tokens, first: int, last: int) -> bool:
    """Two or three name words no lexicon knows: a person's given name and surname."""
    w = _words()
    lows = toks.lows[first : last + 1]
    return 2 <= len(lows) <= 3 and all(
        _is_name_word(toks, k) and toks.lows[k] not in w.known and toks.lows[k] not in w.org_words
        and toks.lows[k] not in w.organizations for k in range(first, last + 1))


def _is_title(toks: Tokens, i: int) -> bool:
    low = toks.lows[i]
    if not toks.is_word[i] or not toks.texts[i][:1].isupper():
        return False
    titles = _words().titles
    return low in titles or (low + "." in titles and i + 1 < len(toks) and toks.texts[i + 1] == ".")


_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,7}$")
_WORD = re.compile(r"[\w-]+")


class _Builder:
    """Mentions in, entities out: grouping by surname, name and acronym as they come."""

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[Mention] = []
        self.entities: list[Entity] = []
        self.keys: dict[str, int] = {}  # a name, surname or acronym (lower) → entity

    def add(self, toks: Tokens, first: int, last: int, role: str, sentence: int, *,
            title: bool = False) -> None:
        while last > first and (toks.lows[last] in _INSIDE or toks.lows[last] == "the"):
            last -= 1
        words = [toks.texts[k] for k in range(first, last + 1) if toks.is_word[k]]
        lows = [w.lower() for w in words]
        name = " ".join(lows)
        single = len(words) == 1
        kind = _kind(toks, first, last, lows, role)
        if single and not role and kind == "" and name not in self.keys and (
                _sentence_first(toks, first) or name in _words().known
                or name in _words().titles or name in _words().org_words):
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
        self._append(m, entity, role)
        self._acronym_after(toks, last, entity)

    def _append(self, m: Mention, entity: Entity, role: str = "") -> None:
        entity.mentions.append(len(self.mentions))
        if role and role not in entity.roles:
            entity.roles.append(role)
        entity.has_name = entity.has_name or m.form == "name"
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
                    entity.kind == PERSON or (entity.kind == UNNAMED and m.form != "name")):
                return entity
            if pronoun == "they" and (entity.members or entity.kind == ORGANIZATION
                                      or (entity.kind == UNNAMED and m.plural)):
                return entity
        return None

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
        for entity in self.entities:
            if entity.members == members:
                return entity
        name = " + ".join(self.entities[i].name for i in members)
        entity = Entity(len(self.entities), PERSON, name, members=members)
        self.entities.append(entity)
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
            initials = "".join(w[0] for w in written.split() if w[:1].isupper()).lower()
            if len(initials) >= 2:
                self.keys.setdefault(initials, entity.entity_id)
        return entity

    def _acronym_after(self, toks: Tokens, last: int, entity: Entity) -> None:
        """``the Office of the Director of National Intelligence (ODNI)``: the acronym is a
        key of the entity."""
        if last + 3 < len(toks) and toks.texts[last + 1] == "(" and toks.texts[last + 3] == ")" \
                and _ACRONYM.match(toks.texts[last + 2]):
            self.keys.setdefault(toks.lows[last + 2], entity.entity_id)

    def done(self) -> Entities:
        order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        if order != list(range(len(order))):
            remap = {old: new for new, old in enumerate(order)}
            self.mentions = [self.mentions[i] for i in order]
            for e in self.entities:
                e.mentions = sorted(remap[i] for i in e.mentions)
        return Entities(tuple(self.mentions), tuple(self.entities))


def _sentence_first(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence (after punctuation or a quote)."""
    return not any(toks.is_word[:i])


def _kind(toks: Tokens, first: int, last: int, lows: list[str], role: str) -> str:
    """The kind of a name by its words and what stands before it; ``""`` if they do not say."""
    w = _words()
    name = " ".join(lows)
    before = toks.lows[first - 1] if first > 0 else ""
    if name in w.outlets or (name.startswith("the ") and name[4:] in w.outlets):
        return OUTLET
    if (len(lows) >= 2 and lows[-1] in w.outlet_name_words) or (
            "-" in lows[-1] and lows[-1].rsplit("-", 1)[1] in w.outlet_name_words):
        return OUTLET
    if role and not any(low in w.org_words for low in lows):
        return PERSON
    if name in w.organizations or any(low in w.org_words or low + "." in w.org_words
                                      for low in lows) or (
            len(lows) >= 2 and lows[0] in w.organizations):
        return ORGANIZATION  # "the Senate", "NASA", "U.S. Geological Survey"
    if lows[-1] in w.place_words:
        return PLACE
    if before == "in" and len(lows) <= 2:
        return PLACE  # "a female teacher in Takhar"
    if before == "the":
        return ORGANIZATION  # people's names do not take "the": "the Taliban"
    if len(lows) == 1 and _ACRONYM.match(toks.texts[first]):
        return ORGANIZATION
    if 2 <= len(lows) <= 4 and all(low not in w.known and low not in _INSIDE for low in lows):
        return PERSON
    return ""
