"""Attribution cues in one sentence, with their sources and contents.

A verb from the cue lexicon counts only when it is used as a verb and its ``needs`` are met:
``any`` — a source or passive voice is found; ``content`` — a reported clause follows
(``that``, a quotation, a colon, a comma, ``whether``…) or the cue trails a quotation;
``source_subject`` — its subject is a recognisable source (``the video showed``, not ``the
strikes showed``); ``document_subject`` — its subject is a document (``the results
demonstrate that``, not ``Iran has once again demonstrated that``: a deed); ``object`` — a
recognisable source subject or a content marker (``analysts estimated savings of …``, not
``the star has estimated mass``); ``as`` — an
evaluation (``described the meeting as constructive``), or what a document subject records
(``USGS maps only identified natural earthquake hazards``); ``proposal`` — a recognisable source
presents a plan (``DWP unveils plans``, ``The DWP today set out plans``; not ``Apple unveiled
a phone``). A relative pronoun's antecedent is the subject (``officers who noticed that``);
a form with no finite use there is no cue (``informed management``, ``ask questions`` with no
subject, ``In conservative Islamic thought,``), and so is a present-tense cue in a clause of
condition (``when they believe protestors are …``) or a subject that names no one (``No one
wants``, an existential *there*). Passives follow
:mod:`~analysis.layers.attribution.passives` (an agentless passive of a verb framed
``hearsay_passive`` is hearsay with no source: ``are believed to speak Russian``). Phrases
(``according to``), noun cues (``reports of``, ``claims by``:
:mod:`~analysis.layers.attribution.noun_cues`) and hearsay adverbs (``reportedly``) follow
their own rules. The rules on a verb cue's form and
neighbours are :mod:`~analysis.layers.attribution.verb_rules`.
"""

from __future__ import annotations

import bisect
import functools

import analysis.lexicons as lexicons
from analysis.layers.attribution.clauses import (
    apposition_ends,
    clause_follows,
    clause_start,
    content_after,
    ends_sentence,
    ends_with_colon,
    has_content_marker,
    prev_word,
    span,
    starts_clause,
    trailing,
    verbal_subject,
)
from analysis.layers.attribution.found import Found
from analysis.layers.attribution.noun_cues import noun_cue
from analysis.layers.attribution.passives import passive_cue
from analysis.layers.attribution.source_phrases import repaired, source_left, source_right
from analysis.layers.attribution.source_types import sentence_markers, type_source
from analysis.layers.attribution.verb_rules import (
    after_particle,
    as_or_a_record,
    authorship,
    cited_as_saying,
    complement_follows,
    ends_a_prepositional_phrase,
    hypothetical,
    in_a_name,
    no_subject,
    not_a_finite_cue,
    object_end,
    proposes,
)
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import (
    BE,
    NEGATIVE_PRONOUNS,
    NOUN_MAKERS,
    NP_PREPOSITIONS,
    PERSONAL_PRONOUNS,
    PROFORMS,
)
from analysis.vocabulary.sources import SourceType

#: Verbs of publication a document's cue may follow (``a video posted online showing``).
SURFACE_VERBS = lexicons.words("attribution_context", "surface_verb")
#: The verbs of "asked not to be named": they mark a source, they are not cues.
ANONYMITY_VERBS = lexicons.words("attribution_context", "anonymity_verb")
#: The words of a credit line (``Additional reporting by …``): not cues.
CREDIT_LINES = lexicons.words("attribution_context", "credit_line")


def find_in_sentence(toks: Tokens, sentence_low: str) -> list[Found]:
    """Every attribution of one sentence."""
    vocab = cues()
    found: list[Found] = []
    used: set[int] = set()
    lows = toks.lows
    cue_words = vocab.cue_words
    phrase_only = _phrase_only_words()
    n = len(lows)
    for i in toks.where(cue_words):  # nothing else can start one
        if i in used:
            continue
        seconds = phrase_only.get(lows[i])
        if seconds is not None and (i + 1 == n or lows[i + 1] not in seconds):
            continue  # "in", "it", "as": only phrases start here, and none goes on like this
        phrase = _phrase_at(lows, i)
        if phrase is not None:
            length, category, needs = phrase
            span = set(range(i, i + length))
            f = _phrase_cue(toks, i, i + length - 1, category, needs, sentence_low)
            if f is None and needs == "source_object":
                f = _coordinated(toks, i, found, Found(i, i + length - 1, "phrase", category))
            if f is not None:
                found.append(f)
                used |= span
            continue
        low = lows[i]
        if low in vocab.verbs:
            # ", saying …": the participle shares the clause's subject before its own reading
            participle = vocab.verbs[low].tense == "ing" and i > 0 and toks.texts[i - 1] == ","
            coordinated = Found(i, i, "verb", vocab.verbs[low].category)
            f = _coordinated(toks, i, found, coordinated) if participle else None
            if f is None:
                f = _verb_cue(toks, i, sentence_low)
            if f is None and not participle:
                f = _coordinated(toks, i, found, coordinated)
            if f is not None:
                found.append(f)
                used.update(range(i, f.cue_last + 1))  # "quoted as saying": one cue
                continue
        if low in vocab.nouns:
            f = _noun_cue(toks, i)
            if f is not None:
                found.append(f)
                used.add(i)
                continue
        if low in vocab.adverbs:
            found.append(Found(i, i, "adverb", vocab.adverbs[low]))
            used.add(i)
    return _merge(found, toks)


def _coordinated(toks: Tokens, i: int, found: list[Found], f: Found) -> Found | None:
    """``Berg slammed the vote and called for a recount``: a cue right after ``and``/``but``
    shares the source of the attribution before it in the sentence."""
    prev = prev_word(toks, i)
    if prev is None or not found:
        return None
    verb = cues().verbs.get(toks.lows[i])
    participle = toks.texts[prev] == "," and verb is not None and verb.tense == "ing"
    if toks.lows[prev] not in ("and", "but") and not participle:
        return None  # "dissented, arguing that": the participle's subject is the judges
    earlier = found[-1]
    if earlier.source is None or earlier.kind not in ("verb", "phrase"):
        return None
    if (verb is not None and verb.tense not in ("ed", "ing")) or (
            verb is not None and verb.tense == "ing" and not participle):
        return None  # only finite past forms after "and": "and claims" may be a noun
    f.source = earlier.source
    f.content = content_after(toks, f.cue_last + 1, recipient=False)
    return f


@functools.cache
def _phrase_only_words() -> dict[str, frozenset[str]]:
    """The cue words that only start phrases of two words or more (not a verb, noun or
    adverb cue on their own), each with the second words of its phrases."""
    vocab = cues()
    out = {}
    for first, phrases in vocab.phrase_index.items():
        if first in vocab.verbs or first in vocab.nouns or first in vocab.adverbs \
                or any(len(words) < 2 for words, _, _ in phrases):
            continue
        out[first] = frozenset(words[1] for words, _, _ in phrases)
    return out


def _phrase_at(lows: list[str], i: int) -> tuple[int, str, str] | None:
    for words, category, needs in cues().phrase_index.get(lows[i], ()):
        k = len(words)
        if tuple(lows[i + 1 : i + k]) == words[1:]:
            return k, category, needs
    return None


def _phrase_cue(toks, first, last, category, needs, sentence_low) -> Found | None:
    if needs == "source_after":
        src = source_right(toks, last + 1)
        if src is None:
            return None
        f = Found(first, last, "phrase", category, src)
        if first == 0 or toks.texts[first - 1] in ",(":
            after = src.last + 1
            while after < len(toks) and toks.texts[after] in ",":
                after += 1
            f.content = span(toks, after, len(toks) - 1)
        else:
            f.content = span(toks, 0, first - 1)
        return f
    if needs == "source_object":  # "pointed out that", "called for": a verb phrase
        src = source_left(toks, first)
        if src is None or (category == "belief" and src.first == src.last
                           and toks.lows[src.head] in PROFORMS):
            return None  # "It is clear that …": no one holds the belief
        f = Found(first, last, "phrase", category, src)
        f.content = content_after(toks, last + 1, recipient=False)
        return f
    if needs == "proposal":  # "The DWP today set out plans to ensure …"
        src = source_left(toks, first)
        if src is None or not proposes(toks, last, src, sentence_low):
            return None
        f = Found(first, last, "phrase", category, src)
        f.content = content_after(toks, last + 1, recipient=False)
        return f
    return Found(first, last, "phrase", category)  # a modifier: merged with a verb cue later


def _verb_cue(toks: Tokens, i: int, sentence_low: str) -> Found | None:
    vocab = cues()
    low = toks.lows[i]
    form = vocab.verbs[low]
    prev = prev_word(toks, i)
    prev_low = toks.lows[prev] if prev is not None else ""
    contracted_is = prev_low == "'s" and prev is not None and prev > 0 \
        and toks.lows[prev - 1] in PERSONAL_PRONOUNS  # "He's claiming": 's is "is"
    if (prev_low in NOUN_MAKERS and not contracted_is) or (
            prev_low in NP_PREPOSITIONS and form.tense != "ing"):
        return None  # "the reported attack", "his claims", "of warning": not a verb here
    if form.also_noun and form.tense in ("base", "s") and not verbal_subject(toks, prev):
        return None
    if not_a_finite_cue(toks, i, form, prev) or hypothetical(toks, i, form, prev):
        return None
    if low in CREDIT_LINES and i + 1 < len(toks) and toks.lows[i + 1] == "by" and (
            prev is None or prev_low == "additional"):
        return None  # "Additional reporting by Jane Smith": a credit line
    if authorship(toks, i):
        return None  # "was researched, written, and edited by", "was written by the suspect"
    if toks.texts[i][:1].isupper() and prev is not None and toks.texts[prev][:1].isupper() \
            and in_a_name(toks, i, form):
        return None  # "the United States", "… Contamination Report": part of a name
    if prev_low in ("who", "which") and prev is not None and prev > 1 \
            and toks.texts[prev - 1] == ",":
        f = Found(i, i, "verb", form.category, source_left(toks, prev - 1))
        if f.source is not None and (has_content_marker(toks, i, form.frames)
                                     or clause_follows(toks, after_particle(toks, i))
                                     or form.needs == "any"):
            f.content = content_after(toks, i + 1, recipient="recipient" in form.frames)
            return f  # "according to police, who said officers arrived"
    if low in ANONYMITY_VERBS and any(m in " ".join(toks.lows[i - 1 : i + 7])
                                          for m in sentence_markers()):
        return None  # "who asked not to be named" marks a source, it is not a cue
    cited = cited_as_saying(toks, i, prev)
    if cited is not None:  # "Politico, which cited three sources … as saying X": theirs
        f = Found(i, i, "verb", form.category, cited)
        f.content = content_after(toks, i + 1, recipient=False)
        return f
    if form.tense == "ed" and prev_low in BE:
        return passive_cue(toks, i, form)
    f = Found(i, i, "verb", form.category)
    # active voice: a trailing or inverted cue takes its source from the right
    src = None
    if prev is None or toks.texts[i - 1] in (",", '"', "'") or toks.texts[prev] in (",", '"'):
        src = source_right(toks, i + 1)  # "…," said Smith / Says the source / …, said X.
        if src is not None and not (prev is None or toks.texts[i - 1] in ('"', "'")
                                    or toks.texts[i - 2 : i] == ('"', ",")  # British: '"…", said'
                                    or ends_sentence(toks, src.last)
                                    or apposition_ends(toks, src.last + 1)):
            src = None
    if src is None:
        src = source_left(toks, i, skip_verbs=SURFACE_VERBS if form.tense == "ing" else
                          frozenset())
        if src is not None and repaired(toks, src) is None:
            src = None  # "For those of you worried about": an adverbial, no subject
    if src is not None and toks.lows[src.head] in PROFORMS and src.first == src.last and not (
            toks.lows[src.head] == "it" and form.category == "speech" and (
                (src.first > 0 and toks.texts[src.first - 1] == ",")
                or (i + 1 < len(toks) and toks.lows[i + 1] in ("that", '"', ":")))):
        return None  # "This suggests that …" is an inference; "…, it added" is not
    if src is not None and ("-".join(toks.lows[src.first : src.last + 1]) in NEGATIVE_PRONOUNS
                            or toks.tags[src.head] == "EX"):
        return None  # "No one wants to see further bloodshed", "There were reports": no one
    f.source = src
    is_trailing = trailing(toks, i, src)
    content_marker = has_content_marker(toks, i, form.frames) or (
        src is not None and src.last < i and clause_follows(toks, after_particle(toks, i)))
    # a belief verb may drop its "that": "Experts believe the virus spread …"
    zero_that = (form.category == "belief" and src is not None and src.last < i
                 and (starts_clause(toks, i + 1)
                      or "to" in toks.lows[i + 2 : i + 5]))
    closing = (form.category == "stance" and src is not None and src.last < i
               and (ends_sentence(toks, i) or toks.texts[i + 1] == ","))  # "… disagreed."
    if form.needs == "complement":  # "called the decision 'a betrayal'", "dubbed it a farce"
        if src is None or src.last >= i or not complement_follows(toks, i):
            return None
        f.source = src
        f.content = content_after(toks, i + 1, recipient=False)
        return f
    if form.needs == "as":  # "described the meeting as constructive", "which the BBC describes as"
        if src is None or not as_or_a_record(toks, i, src, sentence_low):
            return None
        f.source = src
        f.content = content_after(toks, i + 1, recipient=False)
        return f
    if form.needs == "content" and not (content_marker or is_trailing or zero_that or closing):
        return None
    if form.needs == "any" and src is None and not content_marker:
        return None
    if form.needs == "object" and not content_marker and (
            src is None or src.last >= i or not type_source(toks, src, sentence_low, 0)[1]):
        return None  # "estimated savings" after a source; not "the star has estimated mass"
    if form.needs == "proposal" and (src is None or src.last >= i
                                     or not proposes(toks, i, src, sentence_low)):
        return None  # "DWP unveils plans for …"; not "Apple unveiled a phone"
    if form.needs == "source_subject":
        if src is None or src.last >= i:
            return None
        if not type_source(toks, src, sentence_low, 0)[1]:
            return None
    if form.needs == "document_subject" and (
            src is None or src.last >= i or type_source(toks, src, sentence_low, 0)[0]
            != SourceType.DOCUMENT.value):
        return None  # "the results demonstrate that"; not "Iran has demonstrated that" (acts)
    if (src is None and no_subject(toks, i, form, prev)) or ends_a_prepositional_phrase(toks, i):
        return None
    if is_trailing:
        f.content = span(toks, 0, clause_start(toks, i, src) - 1)
    elif form.category in ("stance", "report") and not content_marker and src is not None \
            and src.last < i:  # "he opposed it and …": the stance's object, to the next clause
        f.content = span(toks, i + 1,
                         object_end(toks, i + 1, stance=form.category == "stance") - 1)
    else:
        f.content = content_after(toks, i + 1, recipient="recipient" in form.frames,
                                   skip=src if src is not None and src.first > i else None)
    if ends_with_colon(toks, i):
        f.colon = True
    return f


def _noun_cue(toks: Tokens, i: int) -> Found | None:
    parts = noun_cue(toks, i)
    if parts is None:
        return None
    source, content = parts
    return Found(i, i, "noun", cues().nouns[toks.lows[i]], source, content=content)


def _merge(found: list[Found], toks: Tokens) -> list[Found]:
    """Attach modifier phrases (``in a statement``) to the verb cue of their sentence; drop
    noun cues that are the head of another cue's source (``the report found``)."""
    verbs = [f for f in found if f.kind == "verb"]
    in_source = _InSource(found)
    out = []
    for f in found:
        if f.kind == "phrase" and f.source is None and f.content is None and not f.backward:
            if verbs:
                continue
            f.source = None
        if f.kind == "noun" and in_source(f):
            continue
        out.append(f)
    return out


class _InSource:
    """Whether a cue's first token lies inside the source of another cue of the sentence:
    the sources sorted by their first token, with the furthest last token so far and the
    furthest of any other cue's (so a cue is never tried against every source)."""

    def __init__(self, found: list[Found]) -> None:
        spans = sorted((f.source.first, f.source.last, id(f)) for f in found
                       if f.source is not None)
        self.firsts = [first for first, _, _ in spans]
        self.best: list[tuple[int, int, int]] = []  # (furthest, its cue, furthest of others)
        furthest, owner, other = -1, 0, -1
        for _, last, cue in spans:
            if last > furthest:
                if cue != owner:
                    other = furthest
                furthest, owner = last, cue
            elif cue != owner:
                other = max(other, last)
            self.best.append((furthest, owner, other))

    def __call__(self, f: Found) -> bool:
        k = bisect.bisect_right(self.firsts, f.cue_first)
        if not k:
            return False
        furthest, owner, other = self.best[k - 1]
        return (other if owner == id(f) else furthest) >= f.cue_first
