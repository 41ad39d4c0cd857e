"""The type of a source phrase, from its words.

A phrase's type (one of :data:`~analysis.vocabulary.sources.SOURCE_TYPES`) comes from its head
word first (``source`` → anonymous, ``critics`` → vague, ``video`` → document), then from
outlet and organization names, then from capitalization (a name → a person); a sentence that
says its sources asked not to be named makes them anonymous. The entity a phrase is a mention
of may overrule these words (:mod:`~analysis.layers.attribution.entities`).
"""

from __future__ import annotations

import functools
import re

from analysis.layers.attribution.source_phrases import (
    ADVERBS,
    HEARSAY_PLURALS,
    RESIDENTS,
    SPOKESPERSONS,
    Source,
    known_source_words,
    name_run,
    personal_name,
)
from analysis.spine.descriptions import lemma
from analysis.spine.tokens import Tokens
from analysis.vocabulary.grammar import (
    CLAUSE_WORDS,
    NP_DETERMINERS,
    PERSONAL_PRONOUNS,
    PRONOUN_OF_OBJECT,
    PRONOUN_OF_POSSESSIVE,
)
from analysis.vocabulary.sources import SourceType, source_words

# the types a source phrase is given, as the table holds them (plain strings)
PERSON, ORGANIZATION, OUTLET = (SourceType.NAMED_PERSON.value, SourceType.NAMED_ORGANIZATION.value,
                                SourceType.MEDIA_OUTLET.value)
ANONYMOUS, VAGUE, PRONOUN, DOCUMENT = (SourceType.ANONYMOUS.value, SourceType.VAGUE.value,
                                       SourceType.PRONOUN.value, SourceType.DOCUMENT.value)


def type_source(toks: Tokens, src: Source, sentence_low: str, sentence_start: int, *,
                headline: bool = False) -> tuple[str, bool]:
    """The type of a source phrase (one of :data:`SOURCE_TYPES`) and whether the type rests on
    evidence (a lexicon word, a name, a pronoun) rather than on the fallback rule. In a
    ``headline`` (a title in headline case) capitals are no names: *Afghan Women Report …* is
    typed by its words (the entity model still knows the names the body gives)."""
    vocab = source_words()
    words = [k for k in range(src.first, src.last + 1) if toks.is_word[k]]
    lows = [toks.lows[k] for k in words]
    texts = [toks.texts[k] for k in words]
    phrase_low = " ".join(lows)
    head = toks.lows[src.head]
    text = " ".join(texts)
    if len(words) == 1 and (head in PERSONAL_PRONOUNS or head in PRONOUN_OF_POSSESSIVE
                            or head in PRONOUN_OF_OBJECT):
        return PRONOUN, True  # "he said", "his promises to …"
    head_is_plural = (head.endswith("s") and not head.endswith("ss")) or toks.tags[src.head] in (
        "NNS", "NNPS")
    if head in vocab.words.get("place_word", ()):
        return (VAGUE if head_is_plural else ANONYMOUS), False  # a place: no evidence
    anonymity = anonymity_clause_in(sentence_low) or any(
        f" {m} " in f" {phrase_low} " for m in _phrase_markers())
    if _names_re("outlets").search(text) or _outlet_name(toks, src) or head in vocab.words.get(
            "outlet_word", ()) or _has_phrase(lows, vocab.phrases.get("outlet_word", ())):
        return OUTLET, True
    after_head = [k for k in range(src.head + 1, src.last + 1) if toks.is_word[k]]
    documents = vocab.words.get("document", ())
    if ((head in documents or lemma(head) in documents) and head not in HEARSAY_PLURALS) or (
            head in HEARSAY_PLURALS and _from_a_body(toks, after_head)):
        return DOCUMENT, True  # "a new study", "reports from policing" (not "reports of abuses")
    if _has_phrase(lows, vocab.phrases.get("vague", ())):
        return VAGUE, True
    if head_is_plural and after_head and toks.lows[after_head[0]] in ("on", "in", "at") \
            and head in RESIDENTS:
        return VAGUE, True  # "some longtime owners on Front Street": people of a place
    names = [] if headline else _proper_names(toks, src, sentence_start)
    titles = vocab.words.get("person_title", ())
    if names and src.head in names and any(low in titles for low in lows):
        return PERSON, True  # "US Secretary of State Mike Pompeo"
    run = name_run(toks, names, src.head) if src.head in names else []
    if len(run) >= 2 and personal_name(toks, run[0], run[0]):
        before = [toks.lows[k] for k in range(src.first, run[0]) if toks.is_word[k]]
        after = next((toks.lows[k] for k in range(src.head + 1, src.last + 1)
                      if toks.is_word[k]), "")
        if after in ("of", "at", "from") or (before and before[-1] in (
                vocab.words.get("organization_word", frozenset()) | titles)):
            return PERSON, True  # "Nikki Holland of the NCA", "Prosecutor Krzysztof Sierak"
    common_head = not toks.texts[src.head][:1].isupper() or src.head == sentence_start
    if common_head and head in vocab.words.get("vague", ()) and _named_in_pp(toks, src):
        return ORGANIZATION, True  # "analysts at Norbank" speak for Norbank
    if common_head and head in vocab.words.get("vague", ()) and head_is_plural \
            and not anonymity:
        return VAGUE, True  # "United States authorities", "Ukrainian officials"
    if (head in vocab.words.get("anonymous", ()) or (anonymity and (
            not names or head in vocab.words.get("vague", ())))) and (
            anonymity or not names or head in ("source", "sources") or head in SPOKESPERSONS
            or (lows[0] in ("a", "an", "one") and not head_is_plural)):
        return ANONYMOUS, True  # "a spokesperson for the company", "an ODNI official"
    if head in vocab.words.get("vague", ()) and not names:
        return VAGUE, True
    if _names_re("organizations").search(text):
        return ORGANIZATION, True
    if common_head and head_is_plural and not names \
            and head in vocab.words.get("organization_word", ()):
        return VAGUE, True  # "several hotspot trial forces": bodies the text does not name
    if head in vocab.words.get("organization_word", ()) or any(
            low in vocab.words.get("organization_word", ()) and word[:1].isupper()
            for low, word in zip(lows, texts, strict=True)):
        return ORGANIZATION, True
    if any(word.isupper() and len(word) >= 2 and word.isalpha() for word in texts):
        return ORGANIZATION, True
    if any(k <= src.head for k in names):
        return PERSON, True  # a name up to the head: not "a female teacher in Takhar"
    if head in vocab.words.get("person_title", ()):  # "the president": identified by role
        return (ANONYMOUS if lows[0] in ("a", "an", "one") else PERSON), True
    return (VAGUE if head_is_plural else ANONYMOUS), False


@functools.cache
def sentence_markers() -> tuple[str, ...]:
    """Markers that make every unnamed source of their sentence anonymous (``on condition of
    anonymity``, ``asked not to be named``)."""
    return tuple(" ".join(p) for p in source_words().phrases.get("anonymity_clause", ()))


@functools.lru_cache(maxsize=4)
def anonymity_clause_in(sentence_low: str) -> bool:
    """Whether the sentence (lower-cased) holds one of :func:`sentence_markers`: asked once
    per sentence, not once per source phrase of it."""
    return any(m in sentence_low for m in sentence_markers())


def _has_phrase(lows: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` occurs in ``lows`` (looked for where its first word is)."""
    by_first = _by_first_word(phrases)
    return any(tuple(lows[i : i + len(p)]) == p
               for i, low in enumerate(lows) if low in by_first for p in by_first[low])


@functools.cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(tuple(phrase))
    return out


@functools.cache
def _names_re(kind: str) -> re.Pattern[str]:
    """One regex for every outlet (or organization) name, matched as whole words."""
    names = getattr(source_words(), kind)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _proper_names(toks: Tokens, src: Source, sentence_start: int) -> list[int]:
    """The capitalized words of the phrase that look like names (their indexes): not a
    determiner, not a lexicon word, and not capitalized only because they begin the
    sentence."""
    known = known_source_words()
    out = []
    for k in range(src.first, src.last + 1):
        low, text = toks.lows[k], toks.texts[k]
        if not toks.is_word[k] or not text[:1].isupper() or low in NP_DETERMINERS:
            continue
        if low in known or low in ADVERBS or low in PERSONAL_PRONOUNS:
            continue
        if k == sentence_start and (low.endswith("s") or low in CLAUSE_WORDS):
            continue  # "Protesters said": capitalized because it starts the sentence
        if text.endswith("ian") or text.endswith("ese") or text.endswith("ish"):
            continue  # nationality adjectives: "Ukrainian officials"
        out.append(k)
    return out


def _from_a_body(toks: Tokens, after_head: list[int]) -> bool:
    """Whether the phrase after a hearsay plural says which body wrote it: *reports from
    policing*, *reports from the ministry* (not *reports from residents*: people's hearsay)."""
    if len(after_head) < 2 or toks.lows[after_head[0]] != "from":
        return False
    people = source_words().of("vague") | source_words().of("anonymous")
    return not any(toks.lows[k] in people for k in after_head[1:])


def _outlet_name(toks: Tokens, src: Source) -> bool:
    """Whether the phrase is a name that ends as outlets' names do: *The Aviation Herald*,
    *Tehran Times*, *Fars News* (``outlet_name_word`` in the lexicon), the head itself."""
    words = [k for k in range(src.first, src.head + 1) if toks.is_word[k]]
    return (len(words) >= 2 and words[-1] == src.head and toks.texts[src.head][:1].isupper()
            and toks.texts[words[-2]][:1].isupper()
            and toks.lows[src.head] in source_words().of("outlet_name_word"))


def _named_in_pp(toks: Tokens, src: Source) -> bool:
    """Whether the phrase after the head names where the source works: "analysts at
    Norbank", "researchers from the Varn Institute" (not "critics of the Kremlin")."""
    after = [k for k in range(src.head + 1, src.last + 1) if toks.is_word[k]]
    return bool(after) and toks.lows[after[0]] in ("at", "from", "with", "for", "in") and any(
        toks.texts[k][:1].isupper() for k in after[1:])


def _phrase_markers() -> tuple[str, ...]:
    """Anonymity markers that count inside the source phrase ("a person familiar with …")."""
    vocab = source_words()
    return tuple(" ".join(p) for p in vocab.phrases.get("anonymity_marker", ())) + tuple(
        vocab.words.get("anonymity_marker", ()))
