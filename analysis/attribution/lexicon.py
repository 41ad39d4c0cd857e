"""The attribution lexicons, compiled once: cue forms and source vocabularies.

``attribution_cues.csv`` lists each cue by lemma with its ``kind`` (verb, phrase, noun,
adverb), ``category`` (speech, stance, belief, report, hearsay) and what it ``needs`` to count
as an attribution (see :mod:`analysis.attribution.detect`). Verb inflections are generated
here by the regular English rules; irregular or doubled forms are listed in ``forms``.
``sources.csv`` lists the words that type a source (anonymous, vague, document, outlet, …).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from analysis import lexicons
from analysis.morphology import inflect


@dataclass(frozen=True)
class VerbForm:
    lemma: str
    category: str
    needs: str
    tense: str  # "base", "s", "ed", "ing"
    also_noun: bool


@dataclass(frozen=True)
class Vocabulary:
    verbs: dict[str, VerbForm]
    phrases: dict[tuple[str, ...], tuple[str, str]]  # words -> (category, needs)
    # first word (inflected, for verb phrases) -> [(words, category, needs)], longest first
    phrase_index: dict[str, list[tuple[tuple[str, ...], str, str]]]
    nouns: dict[str, str]  # form -> category
    adverbs: dict[str, str]
    sources: dict[str, frozenset[str]]  # category -> lower-cased single words
    source_phrases: dict[str, tuple[tuple[str, ...], ...]]  # category -> multi-word entries
    outlets: tuple[str, ...]  # case-sensitive names, longest first
    organizations: tuple[str, ...]
    # every word that can start a cue (a verb form, a phrase's first word, a noun, an adverb):
    # a sentence is searched for cues only at these words
    cue_words: frozenset[str] = frozenset()


_IRREGULAR_FIRST = {"speak": {"spoke", "spoken"}, "make": {"made", "making"},
                    "put": {"putting"}, "would": {"could", "did", "does", "do", "will"}}


def phrase_first_words(words: tuple[str, ...], needs: str) -> set[str]:
    """The forms the first word of a phrase may take: any inflection for verb phrases
    (``pointed out``, ``made clear``, ``declined to comment``), itself otherwise."""
    first = words[0]
    if needs != "source_object":
        return {first}
    forms = set(inflect(first).values()) | {first} | _IRREGULAR_FIRST.get(first, set())
    return forms - {"maked"}


def _tense_of(lemma: str, form: str) -> str:
    regular = inflect(lemma)
    for tense, value in regular.items():
        if value == form:
            return tense
    if form.endswith("ing"):
        return "ing"
    if form.endswith("s") and not form.endswith("ss"):
        return "s"
    return "base" if form == lemma else "ed"


@functools.cache
def vocabulary() -> Vocabulary:
    verbs: dict[str, VerbForm] = {}
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    nouns: dict[str, str] = {}
    adverbs: dict[str, str] = {}
    for row in lexicons.load("attribution_cues"):
        cue, kind = row["cue"].lower(), row["kind"]
        if kind == "verb":
            forms = row["forms"].split("|") if row["forms"] else list(inflect(cue).values())
            for form in forms:
                verbs.setdefault(form, VerbForm(cue, row["category"], row["needs"],
                                                _tense_of(cue, form), row["also_noun"] == "yes"))
        elif kind == "phrase":
            phrases[tuple(cue.split())] = (row["category"], row["needs"])
        elif kind == "noun":
            nouns[cue] = row["category"]
        else:
            adverbs[cue] = row["category"]
    words: dict[str, set[str]] = {}
    multi: dict[str, list[tuple[str, ...]]] = {}
    outlets, organizations = [], []  # countries count as organizations: "Iran admits"
    for row in lexicons.load("sources"):
        entry, category = row["entry"], row["category"]
        if category == "outlet":
            outlets.append(entry)
        elif category in ("organization", "country"):
            organizations.append(entry)
        elif " " in entry:
            multi.setdefault(category, []).append(tuple(entry.lower().split()))
        else:
            words.setdefault(category, set()).add(entry.lower())
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for phrase, (category, needs) in phrases.items():
        for form in phrase_first_words(phrase, needs):
            index.setdefault(form, []).append((phrase, category, needs))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Vocabulary(
        verbs=verbs,
        phrases=phrases,
        phrase_index=index,
        nouns=nouns,
        adverbs=adverbs,
        sources={k: frozenset(v) for k, v in words.items()},
        source_phrases={k: tuple(v) for k, v in multi.items()},
        outlets=tuple(sorted(outlets, key=len, reverse=True)),
        organizations=tuple(sorted(organizations, key=len, reverse=True)),
        cue_words=frozenset(verbs) | frozenset(index) | frozenset(nouns) | frozenset(adverbs),
    )
