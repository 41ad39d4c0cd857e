"""Mentions that are not names: definite and indefinite descriptions (*the ministry*, *three
officials familiar with the talks*, *the study*), personal pronouns (*he*, *she*, *they*) and
pairs (*the two*, *both lawmakers*), found in one sentence's tokens.

This module only finds them and says what each is; :mod:`analysis.spine.entities` joins them
to the entities named before them. A description is a head noun of the source lexicon
(``sources.csv``: an organization or outlet word, a title, an anonymous or vague word, a
document word) with up to :data:`MAX_MODIFIERS` lower-case words before it and a determiner
before those (*the*, *a*, *her*, *three* …). A singular head with no determiner after a comma
or at the start of a sentence is definite too (a headline's *…, defence ministry says*); a
plural one is a new group (*critics*). A head followed by a name is a title of that name
(*ministry spokesman Tomas Eder*), and a head followed by another head is a modifier of it
(*ministry figures*): neither is a description.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.spine.tokens import Tokens

#: The kinds of description, by the lexicon category of its head.
ORGANIZATION, OUTLET, PERSON, DOCUMENT, UNNAMED = (
    "organization", "outlet", "person", "document", "unnamed")
#: Lower-case words at most between a determiner and the head (*the anti-fascist underground
#: source*).
MAX_MODIFIERS = 3
#: Definite determiners: the description points back to an entity named before it.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their",
                      "our", "my", "your"})
#: Indefinite determiners and numbers: the description introduces a new entity.
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                        "eight", "nine", "ten", "some", "several", "many", "few", "other",
                        "another", "most", "all", "no", "any"})
#: Words that end a walk back to the determiner (they stand before a noun phrase, not in it).
_BOUNDARY = frozenset({"said", "says", "say", "told", "tells", "by", "to", "of", "in", "on", "at",
                       "for", "with", "from", "and", "or", "but", "that", "who", "which",
                       "according", "as", "than", "about", "after", "before", "is", "are",
                       "was", "were", "be", "been", "has", "have", "had", "not", "if", "when",
                       "while", "because", "since", "into", "over", "under", "between"})
#: Possessive determiners: *her group* is the group of someone named, not any group.
POSSESSIVE = frozenset({"its", "his", "her", "their", "our", "my", "your"})
#: Organization words that end names (*Acme Energy*, *Trust*) but describe nothing alone in
#: lower case (*trust in institutions*, *the front lines*): ``sources.csv``'s ``name_only_word``.
NAME_ONLY = lexicons.words("sources", "name_only_word")
#: Words that open a phrase after the head whose words describe it too (*sources in the
#: Ukrainian underground*, *officials familiar with the talks*).
_AFTER = frozenset({"in", "at", "of", "from", "with", "within", "close", "familiar", "inside"})
#: The tags a word between a determiner and the head may have.
_MODIFIER_TAGS = ("JJ", "NN", "VBN", "VBG", "CD", "POS")
#: Pronouns read as mentions: who they may be is decided by the entity model.
PRONOUNS = frozenset({"he", "she", "they"})


@dataclass(frozen=True)
class Description:
    """A mention that is not a name: tokens ``first``..``last`` of the sentence, its ``form``
    (``description``, ``pronoun`` or ``pair``), its ``kind`` (see the module constants; ``""``
    for a pronoun or pair), its head word and modifiers (lower case), and whether it is
    definite and plural."""

    first: int
    last: int
    form: str
    kind: str = ""
    head: str = ""
    modifiers: tuple[str, ...] = ()
    definite: bool = False
    plural: bool = False
    determiner: str = ""
    after: tuple[str, ...] = ()


@functools.cache
def heads() -> dict[str, str]:
    """The head nouns a description may have, each with its kind (from ``sources.csv``)."""
    by_category = {"organization_word": ORGANIZATION, "outlet_word": OUTLET,
                   "person_title": PERSON, "person_noun": PERSON, "document": DOCUMENT,
                   "anonymous": UNNAMED, "vague": UNNAMED}
    out: dict[str, str] = {}
    for row in lexicons.load("sources"):
        kind = by_category.get(row["category"])
        term = row["term"].lower()
        if kind and " " not in term and term.isalpha():
            out.setdefault(term, kind)
    for word in ("familiar", "many", "some", "others", "people", "person"):
        out.pop(word, None)  # an adjective or a quantifier, not a head of its own
    return out


@functools.cache
def _heads_and_people_plurals() -> dict[str, str]:
    """:func:`heads`, and the plurals (by :func:`lemma`) of the heads of people, as people
    (*chiefs*, *secretaries*): one look-up a word instead of two."""
    table = heads()
    plurals = {form: PERSON for head, kind in table.items() if kind == PERSON
               for form in (head + "s", head[:-1] + "ies") if lemma(form) == head}
    return {**plurals, **table}


#: The words a pair opens with (*the two*, *both lawmakers*).
_PAIR_OPENERS = frozenset({"the", "both"})
#: Words for people that head a description only after *these* or *those* (*these people*):
#: alone they describe no one in particular.
_PEOPLE = frozenset({"people", "persons", "individuals"})


def lemma(word: str) -> str:
    """A plural noun's singular, crudely (*sources* → *source*, *ministries* → *ministry*)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "is", "us", "news")) and len(word) > 3:
        return word[:-1]
    return word


def find_descriptions(toks: Tokens, names: list[tuple[int, int]]) -> list[Description]:
    """The descriptions, pronouns and pairs of one sentence, in order, none overlapping a name
    (``names``: the token ranges of the sentence's names)."""
    named = set()
    for first, last in names:
        named.update(range(first, last + 1))
    table = _heads_and_people_plurals()
    out: list[Description] = []
    n = len(toks)
    paired = -1
    for i, low in enumerate(toks.lows):
        if i in named or i <= paired or not toks.is_word[i]:
            continue
        if low in PRONOUNS:
            out.append(Description(i, i, "pronoun", head=low, plural=low == "they"))
            continue
        pair = _pair(toks, i) if low in _PAIR_OPENERS else None
        if pair is not None:
            out.append(pair)
            paired = pair.last  # "both lawmakers" is one mention, not a pair and a crowd
            continue
        kind = table.get(low)  # a head, or a title's plural: "the intelligence chiefs"
        if kind is None and low in _PEOPLE and i > 0 and toks.lows[i - 1] in ("these", "those"):
            kind = UNNAMED  # "these people told the paper": the people described before
        if kind is None or low in NAME_ONLY or not (
                toks.texts[i][:1].islower() or not any(toks.is_word[:i])):
            continue
        if i + 1 < n and toks.is_word[i + 1] and (
                toks.lows[i + 1] in table or toks.lows[i + 1] == "'s" or i + 1 in named
                or toks.tags[i + 1].startswith("NN")):
            continue  # "ministry figures", "ministry spokesman Tomas Eder", "the president's"
        found = _walk_back(toks, i, named)
        if found is None:
            continue
        first, det, modifiers = found
        plural = lemma(low) != low or low in _PEOPLE
        opened = first == 0 or not toks.is_word[first - 1]
        if det == "" and not plural and not opened:
            continue  # "by post", "against Veldavian law": no description of its own
        # a bare singular after a comma or at the start is definite (a headline's "defence
        # ministry says"), a bare plural a new group ("critics say")
        definite = det in DEFINITE or (det == "" and not plural)
        out.append(Description(first, i, "description", kind, low, modifiers, definite, plural,
                               det, _after(toks, i)))
    return [d for d in out if not any(k in named for k in range(d.first, d.last + 1))]


def _walk_back(toks: Tokens, i: int, named: set[int]
               ) -> tuple[int, str, tuple[str, ...]] | None:
    """Where the description of head ``i`` starts, its determiner (``definite``,
    ``indefinite`` or ``""``) and its modifiers; None if it has too many words before it."""
    j = i - 1
    modifiers: list[str] = []
    while j >= 0 and len(modifiers) <= MAX_MODIFIERS:
        low = toks.lows[j]
        if not toks.is_word[j] or j in named:
            break
        if low in DEFINITE or low in INDEFINITE:
            return j, low, tuple(modifiers)
        if low in _BOUNDARY or (toks.texts[j][:1].isupper() and j > 0) \
                or not toks.tags[j].startswith(_MODIFIER_TAGS):
            break
        if low != "'s":
            modifiers.insert(0, low)
        j -= 1
    if len(modifiers) > MAX_MODIFIERS:
        return None
    first = j + 1
    while first < i and toks.lows[first] == "'s":
        first += 1
    return first, "", tuple(modifiers)


def _after(toks: Tokens, i: int) -> tuple[str, ...]:
    """The words of a phrase right after head ``i`` that describes it (see :data:`_AFTER`), up
    to punctuation, at most eight."""
    if i + 1 >= len(toks) or toks.lows[i + 1] not in _AFTER:
        return ()
    out = []
    for k in range(i + 1, min(len(toks), i + 9)):
        if not toks.is_word[k] or toks.lows[k] in ("said", "says", "told", "who", "that"):
            break
        out.append(toks.lows[k])
    return tuple(out)


def _pair(toks: Tokens, i: int) -> Description | None:
    """*the two*, *both lawmakers*, *the two senators*: a pair of people."""
    low = toks.lows[i]
    two = low == "the" and i + 1 < len(toks) and toks.lows[i + 1] == "two"
    if not two and low != "both":
        return None
    k = i + 2 if two else i + 1
    if k < len(toks) and toks.is_word[k] and toks.texts[k][:1].islower() and (
            (heads().get(toks.lows[k]) or heads().get(lemma(toks.lows[k]))) in (PERSON, UNNAMED)
            or toks.lows[k] in ("men", "women")):
        return Description(i, k, "pair", PERSON, toks.lows[k], definite=True, plural=True)
    if two and (k >= len(toks) or not toks.is_word[k] or toks.lows[k] in _BOUNDARY
                or toks.lows[k] in ("have", "had", "were", "are")):
        return Description(i, i + 1, "pair", PERSON, "two", definite=True, plural=True)
    return None
