"""Attribution cues in one sentence, with their sources and contents.

A verb from the cue lexicon counts only when it is used as a verb and its ``needs`` are met:
``any`` — a source or passive voice is found; ``content`` — a reported clause follows
(``that``, a quotation, a colon, a comma, ``whether``…) or the cue trails a quotation;
``source_subject`` — its subject is a recognisable source (``the video showed``, not ``the
strikes showed``); ``object`` — a recognisable source subject or a content marker
(``analysts estimated savings of …``, not ``the star has estimated mass``); ``as`` — an
evaluation (``described the meeting as constructive``); ``proposal`` — a recognisable source
presents a plan (``DWP unveils plans``, ``The DWP today set out plans``; not ``Apple unveiled
a phone``). A relative pronoun's antecedent is the subject (``officers who noticed that``);
a form with no finite use there is no cue (``informed management``, ``ask questions`` with no
subject, ``In conservative Islamic thought,``). Phrases (``according to``), noun cues
(``reports of``, ``claims by``) and hearsay adverbs (``reportedly``) follow their own rules
below.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.layers.attribution.clauses import (
    be_index,
    clause_follows,
    clause_start,
    content_after,
    ends_sentence,
    ends_with_colon,
    find_by,
    find_that,
    has_content_marker,
    prev_word,
    span,
    starts_clause,
    trailing,
    verbal_subject,
)
from analysis.layers.attribution.source_phrases import (
    HEARSAY_PLURALS,
    Source,
    sentence_markers,
    source_left,
    source_right,
    type_source,
)
from analysis.spine.names import headline_case
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import VerbForm, cues
from analysis.vocabulary.grammar import (
    AUXILIARIES,
    BE,
    CLAUSE_WORDS,
    NOUN_MAKERS,
    NP_DETERMINERS,
    NP_PREPOSITIONS,
    PERSONAL_PRONOUNS,
    PROFORMS,
    RELATIVES,
)

#: Verbs of publication a document's cue may follow (``a video posted online showing``).
SURFACE_VERBS = lexicons.words("attribution_context", "surface_verb")
#: The verbs of "asked not to be named": they mark a source, they are not cues.
ANONYMITY_VERBS = lexicons.words("attribution_context", "anonymity_verb")
#: The nouns of a proposal a source presents (``unveils plans``, ``set out proposals``).
PROPOSALS = lexicons.words("attribution_context", "proposal_noun")
#: The words that end a stance verb's noun-phrase object (a coordinated clause begins) and
#: those that end a stance or report verb's (a subordinate clause begins).
OBJECT_ENDS = lexicons.words("attribution_context", "object_end")
CLAUSE_ENDS = lexicons.words("attribution_context", "clause_end")
#: The words of a credit line (``Additional reporting by …``): not cues.
CREDIT_LINES = lexicons.words("attribution_context", "credit_line")
#: The participles of producing a text (``written``, ``edited``): with a *by*, authorship.
AUTHORSHIP = lexicons.words("attribution_context", "authorship")


#: The tags of the words between a preposition and its noun (``In conservative Islamic``).
_NOUN_MODIFIER_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
                                 "CD"})


@dataclass
class Found:
    """One attribution found in a sentence (token indices into that sentence's tokens)."""

    cue_first: int
    cue_last: int
    kind: str  # verb, phrase, noun, adverb, quote
    category: str
    source: Source | None = None
    source_type: str | None = None
    content: tuple[int, int] | None = None  # absolute character offsets
    backward: bool = False  # "This was reported": the content is the previous sentence
    colon: bool = False  # "He said:" — the content follows in the next sentence(s)
    quote_id: int | None = None  # the quotation that is the content, if any


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
            f = _noun_cue(toks, i, sentence_low)
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
        if src is None:
            return None
        f = Found(first, last, "phrase", category, src)
        f.content = content_after(toks, last + 1, recipient=False)
        return f
    if needs == "proposal":  # "The DWP today set out plans to ensure …"
        src = source_left(toks, first)
        if src is None or not _proposes(toks, last, src, sentence_low):
            return None
        f = Found(first, last, "phrase", category, src)
        f.content = content_after(toks, last + 1, recipient=False)
        return f
    if needs == "implicit":  # "It is understood that …": hearsay with no source
        f = Found(first, last, "phrase", category)
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
    if _not_a_finite_cue(toks, i, form, prev):
        return None
    if low in CREDIT_LINES and i + 1 < len(toks) and toks.lows[i + 1] == "by" and (
            prev is None or prev_low == "additional"):
        return None  # "Additional reporting by Jane Smith": a credit line
    if low in AUTHORSHIP and _by_after_a_list(toks, i):
        return None  # "was researched, written, and edited by", "was written by the suspect"
    if toks.texts[i][:1].isupper() and prev is not None and toks.texts[prev][:1].isupper() \
            and _in_a_name(toks, i, form):
        return None  # "the United States", "… Contamination Report": part of a name
    if prev_low in ("who", "which") and prev is not None and prev > 1 \
            and toks.texts[prev - 1] == ",":
        f = Found(i, i, "verb", form.category, source_left(toks, prev - 1))
        if f.source is not None and (has_content_marker(toks, i, form.frames)
                                     or clause_follows(toks, _after_particle(toks, i))
                                     or form.needs == "any"):
            f.content = content_after(toks, i + 1, recipient="recipient" in form.frames)
            return f  # "according to police, who said officers arrived"
    if low in ANONYMITY_VERBS and any(m in " ".join(toks.lows[i - 1 : i + 7])
                                          for m in sentence_markers()):
        return None  # "who asked not to be named" marks a source, it is not a cue
    passive = form.tense == "ed" and prev_low in BE
    f = Found(i, i, "verb", form.category)
    if passive:
        if "no_passive" in form.frames:
            return None
        if form.lemma == "quote":  # "Smith was quoted as saying"
            f.source = source_left(toks, be_index(toks, i))
            if i + 2 < len(toks) and toks.lows[i + 1] == "as" and toks.lows[i + 2] == "saying":
                f.cue_last = i + 2
            f.content = content_after(toks, f.cue_last + 1, recipient=False)
            return f
        by = find_by(toks, i + 1)
        f.source = source_right(toks, by + 1) if by is not None else None
        after = (f.source.last + 1) if f.source is not None else i + 1
        if form.lemma == "tell" and by is None:
            after = i + 1
        subject = prev_word(toks, be_index(toks, i))
        that = find_that(toks, i + 1)
        if f.source is None and (that is None or that > i + 2) \
                and form.category not in ("speech", "report") and form.lemma != "accuse" \
                and not (subject is not None and subject == 0 and toks.lows[0] in PROFORMS):
            return None  # "was expected to end", "was suspected of", "is known as": no one cited
        if that is not None:
            f.content = content_after(toks, that + 1, recipient=False)
        elif subject is not None and toks.lows[subject] in PROFORMS and subject == 0:
            f.backward = True
        else:
            f.content = content_after(toks, after, recipient=False)
        return f
    # active voice: a trailing or inverted cue takes its source from the right
    src = None
    if prev is None or toks.texts[i - 1] in (",", '"', "'") or toks.texts[prev] in (",", '"'):
        src = source_right(toks, i + 1)  # "…," said Smith / Says the source / …, said X.
        if src is not None and not (prev is None or toks.texts[i - 1] in ('"', "'")
                                    or ends_sentence(toks, src.last)):
            src = None
    if src is None:
        src = source_left(toks, i, skip_verbs=SURFACE_VERBS if form.tense == "ing" else
                          frozenset())
    if src is not None and toks.lows[src.head] in PROFORMS and src.first == src.last and not (
            toks.lows[src.head] == "it" and form.category == "speech" and (
                (src.first > 0 and toks.texts[src.first - 1] == ",")
                or (i + 1 < len(toks) and toks.lows[i + 1] in ("that", '"', ":")))):
        return None  # "This suggests that …" is an inference; "…, it added" is not
    f.source = src
    is_trailing = trailing(toks, i, src)
    content_marker = has_content_marker(toks, i, form.frames) or (
        src is not None and src.last < i and clause_follows(toks, _after_particle(toks, i)))
    # a belief verb may drop its "that": "Experts believe the virus spread …"
    zero_that = (form.category == "belief" and src is not None and src.last < i
                 and (starts_clause(toks, i + 1)
                      or "to" in toks.lows[i + 2 : i + 5]))
    closing = (form.category == "stance" and src is not None and src.last < i
               and (ends_sentence(toks, i) or toks.texts[i + 1] == ","))  # "… disagreed."
    if form.needs == "complement":  # "called the decision 'a betrayal'", "dubbed it a farce"
        if src is None or src.last >= i or not _complement_follows(toks, i):
            return None
        f.source = src
        f.content = content_after(toks, i + 1, recipient=False)
        return f
    if form.needs == "as":  # "described the meeting as constructive"
        if src is None or "as" not in toks.lows[i + 2 : i + 10]:
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
                                     or not _proposes(toks, i, src, sentence_low)):
        return None  # "DWP unveils plans for …"; not "Apple unveiled a phone"
    if form.needs == "source_subject":
        if src is None or src.last >= i:
            return None
        if not type_source(toks, src, sentence_low, 0)[1]:
            return None
    if (src is None and _no_subject(toks, i, form, prev)) or _ends_a_prepositional_phrase(toks, i):
        return None
    if is_trailing:
        f.content = span(toks, 0, clause_start(toks, i, src) - 1)
    elif form.category in ("stance", "report") and not content_marker and src is not None \
            and src.last < i:  # "he opposed it and …": the stance's object, to the next clause
        f.content = span(toks, i + 1,
                         _object_end(toks, i + 1, stance=form.category == "stance") - 1)
    else:
        f.content = content_after(toks, i + 1, recipient="recipient" in form.frames,
                                   skip=src if src is not None and src.first > i else None)
    if ends_with_colon(toks, i):
        f.colon = True
    return f


def _not_a_finite_cue(toks: Tokens, i: int, form: VerbForm, prev: int | None) -> bool:
    """A form that is no cue here, by its tag and its neighbours: a base form after ``to``
    (``likely to appeal``; ``went on to say`` is a phrase) or after a form of *be* (``you are
    welcome``), a participle used as an adjective
    (``confirmed cases``, ``pledged delegates``) or in a reduced relative after a noun
    (``people accused of crimes``), or a noun (``IAAF rules``, ``radio show``)."""
    tags = toks.tags
    nxt = i + 1 if i + 1 < len(toks) else None
    if form.tense == "base" and prev is not None and toks.lows[prev] in BE:
        return True  # "you are welcome": no verb's base form follows a form of "be"
    if form.tense == "base" and prev is not None and toks.lows[prev] == "to" and prev > 0 \
            and (tags[prev - 1] == "JJ" or toks.lows[prev - 1] == "out"):
        return True
    if form.tense in ("ed", "ing") and nxt is not None and prev is not None \
            and tags[nxt] in ("NN", "NNS") and tags[prev] in ("CD", "JJ"):
        return True  # "1,051,635 confirmed cases"
    if form.tense == "ed" and nxt is not None and prev is not None and i - prev == 1 \
            and tags[prev] in ("NNS",) and toks.lows[nxt] in ("of", "as", "in", "with") \
            and toks.texts[prev][:1].islower():
        return True  # "people accused of crimes", "a website known as"
    # a noun: "under IAAF rules.", "the district court ruling."
    return tags[i].startswith("NN") and (form.also_noun or form.tense == "ing") and (
        nxt is None or not toks.is_word[nxt] or tags[nxt] in ("IN", "VBD", "VBZ", "MD")) \
        and prev is not None and tags[prev] in ("NN", "NNP", "JJ", "DT", "POS")


def _object_end(toks: Tokens, start: int, *, stance: bool) -> int:
    """Where the noun-phrase object of a stance or report verb that begins at ``start`` ends:
    before a subordinate clause (:data:`CLAUSE_ENDS`: ``are reporting [harassment by Taliban
    fighters] even as a Taliban spokesman promised``); a stance's object also ends at a comma
    or a coordinated clause (``he [opposed] it and had warned``), a report's runs on over an
    absolute phrase (``The footage depicted [a young father being forcibly removed from his
    infant, his face streaked with tears …]``)."""
    stops, ends = (",;:", OBJECT_ENDS | CLAUSE_ENDS) if stance else (";:", CLAUSE_ENDS)
    end = start
    while end < len(toks) and toks.texts[end] not in stops and toks.lows[end] not in ends:
        end += 1
    return end


def _by_after_a_list(toks: Tokens, i: int) -> bool:
    """Whether *by* follows the participle at ``i``, past a list of other participles of
    authorship (``written, and edited by``)."""
    j = i + 1
    while j < len(toks) and (toks.lows[j] in AUTHORSHIP or toks.lows[j] in (",", "and")):
        j += 1
    return j < len(toks) and toks.lows[j] == "by"


def _proposes(toks: Tokens, last: int, src: Source, sentence_low: str) -> bool:
    """Whether a verb of presenting whose last word is at ``last`` presents a proposal: its
    subject is a recognisable source and its object, within a few words, is headed by a
    noun of :data:`PROPOSALS` (``DWP unveils plans``, ``the minister outlined her
    strategy``)."""
    if not type_source(toks, src, sentence_low, 0)[1]:
        return False
    for k in range(last + 1, min(len(toks), last + 4)):
        if toks.lows[k] in PROPOSALS:
            return True
        if not toks.is_word[k]:
            return False
    return False


def _no_subject(toks: Tokens, i: int, form: VerbForm, prev: int | None) -> bool:
    """Whether an active cue with no source is no attribution: a base form with no subject,
    auxiliary, *to* or relative pronoun before it (``allowing the public to interact with
    the center, ask questions``; but ``went on to say`` and ``tried to warn`` take the main
    clause's subject, ``signs which read`` its antecedent), a past participle used as an
    adjective (``promoting understanding and informed management``)."""
    prev_low = toks.lows[prev] if prev is not None else ""
    if form.tense == "base" and prev_low != "to" and prev_low not in AUXILIARIES \
            and prev_low not in RELATIVES:
        return True
    return form.tense == "ed" and i + 1 < len(toks) and toks.tags[i + 1] in ("NN", "NNS") \
        and prev_low not in AUXILIARIES


def _ends_a_prepositional_phrase(toks: Tokens, i: int) -> bool:
    """Whether the cue form at ``i`` is the noun that ends an opening prepositional phrase
    (``In conservative Islamic thought, mahram can include …``): a comma follows it, and
    before it, back to the clause's start, stand only a preposition and one noun phrase's
    modifiers (not ``In a statement the ministry said``: two noun phrases)."""
    if i + 1 >= len(toks) or toks.texts[i + 1] != ",":
        return False
    k = i - 1
    while k >= 0 and toks.tags[k] in _NOUN_MODIFIER_TAGS:
        k -= 1
    determiners = [j for j in range(k + 2, i) if toks.tags[j] in ("DT", "PRP$")]
    return 0 <= k < i - 1 and toks.tags[k] == "IN" and (k == 0 or toks.texts[k - 1] == ",") \
        and not determiners


def _in_a_name(toks: Tokens, i: int, form: VerbForm) -> bool:
    """Whether a capitalised cue form after a capitalised word is part of a name: always
    outside a headline (``the Human Rights Watch Report``); in a headline only a form that is
    also a noun, ending it (``… Contamination Report``; but ``…, Rice Says`` is a cue)."""
    if not headline_case(toks):
        return True
    return form.also_noun and form.tense in ("base", "s") and (
        i + 1 == len(toks) or not toks.is_word[i + 1])


def _complement_follows(toks: Tokens, i: int) -> bool:
    """``called [the decision] "a betrayal"``, ``dubbed [him] a traitor``: an object of a few
    words, then a quotation or an indefinite noun phrase (not ``called for``, ``called the
    police``, ``called off``)."""
    j = i + 1
    if j >= len(toks) or toks.lows[j] in ("for", "on", "off", "up", "in", "out", "to", "back"):
        return False
    for k in range(j + 1, min(len(toks), j + 7)):
        if toks.texts[k] in ('"', "'") or (toks.lows[k] in ("a", "an") and k > j):
            return True
        if not toks.is_word[k]:
            return False
    return False


def _after_particle(toks: Tokens, i: int) -> int:
    """The token after a verb cue at ``i`` and its particle, if any (``pointed out``)."""
    j = i + 1
    if j < len(toks) and toks.lows[j] in ("out", "back", "on"):
        j += 1
    return j


def _noun_cue(toks: Tokens, i: int, sentence_low: str) -> Found | None:
    vocab = cues()
    nxt = toks.lows[i + 1] if i + 1 < len(toks) else ""
    f = Found(i, i, "noun", vocab.nouns[toks.lows[i]])
    if nxt in ("by", "from"):
        f.source = source_right(toks, i + 2)
        after = f.source.last + 1 if f.source else i + 2
        if after < len(toks) and toks.lows[after] == "that":  # "claims by X that …"
            f.content = content_after(toks, after, recipient=False)
        return f if f.source is not None else None
    if i >= 2 and toks.lows[i - 1] == "'s":
        f.source = source_left(toks, i - 1)
    if nxt in ("of", "that"):
        if f.source is None:
            first = i  # "councils and developers report that": the words before the cue
            while first > 0 and toks.is_word[first - 1] and toks.lows[first - 1] not in (
                    AUXILIARIES | PERSONAL_PRONOUNS | CLAUSE_WORDS | set(vocab.verbs)) and (
                    not toks.texts[first - 1][:1].isupper()
                    or toks.lows[first - 1] in NP_DETERMINERS):
                first -= 1
            f.source = _before_cue(toks, first, i)
        f.content = content_after(toks, i + 2, recipient=False)
        return f
    return f if f.source is not None else None


def _before_cue(toks: Tokens, first: int, cue: int) -> Source | None:
    """The source of a noun cue read to its left (``first``..``cue``), without the cue: a
    phrase never holds its own cue. What is left is the source if it holds a noun
    (*developers report that* → *developers*). Where nothing, or no noun, is left, a hearsay
    plural is its own vague source — *widespread reports of abuses*, *Reports of* in a
    title: whose reports the text does not say, which is what makes them weasel words —
    and any other cue has no source."""
    nouns = [k for k in range(first, cue) if toks.tags[k].startswith("NN")]
    if nouns:
        return Source(first, nouns[-1], nouns[-1])
    if toks.lows[cue] in HEARSAY_PLURALS:
        return Source(first, cue, cue)
    return None


def _merge(found: list[Found], toks: Tokens) -> list[Found]:
    """Attach modifier phrases (``in a statement``) to the verb cue of their sentence; drop
    noun cues that are the head of another cue's source (``the report found``)."""
    verbs = [f for f in found if f.kind == "verb"]
    in_source = _InSource(found)
    out = []
    for f in found:
        if f.kind == "phrase" and f.source is None and f.content is None and not f.backward \
                and cues().phrases.get(_words(f, toks)) != (f.category, "implicit"):
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


def _words(f: Found, toks: Tokens) -> tuple[str, ...]:
    return tuple(toks.lows[f.cue_first : f.cue_last + 1])
