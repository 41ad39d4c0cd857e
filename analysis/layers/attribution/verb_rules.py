"""Whether a cue word is used as a cue where it stands: the rules on its form and on the
words around it that :mod:`analysis.layers.attribution.detect` reads before it counts a verb
cue — a form with no finite use there (``informed management``, ``In conservative Islamic
thought,``), a form inside a name, a credit line, a plan presented (``DWP unveils plans``),
*cited X as saying* — and where a noun-phrase object ends. Each rule has a real example from
the development texts in its docstring.
"""

from __future__ import annotations

import analysis.lexicons as lexicons
from analysis.layers.attribution.clauses import FINITE, be_index, clause_follows, prev_word
from analysis.layers.attribution.source_phrases import Source, known_source_words, source_right
from analysis.layers.attribution.source_types import DOCUMENT, type_source
from analysis.spine.names import headline_case
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import VerbForm, cues
from analysis.vocabulary.grammar import AUXILIARIES, BE, CONDITIONALS, RELATIVES

#: How far back (tokens) the *cited* of *cited X as saying* may stand.
MAX_CITED = 14
#: The nouns of a proposal a source presents (``unveils plans``, ``set out proposals``).
PROPOSALS = lexicons.words("attribution_context", "proposal_noun")
#: The words that end a stance verb's noun-phrase object (a coordinated clause begins) and
#: those that end a stance or report verb's (a subordinate clause begins).
OBJECT_ENDS = lexicons.words("attribution_context", "object_end")
CLAUSE_ENDS = lexicons.words("attribution_context", "clause_end")
#: The participles of producing a text (``written``, ``edited``): with a *by*, authorship.
AUTHORSHIP = lexicons.words("attribution_context", "authorship")
#: The tags of the words between a preposition and its noun (``In conservative Islamic``).
NOUN_MODIFIER_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
                                 "CD"})


def not_a_finite_cue(toks: Tokens, i: int, form: VerbForm, prev: int | None) -> bool:
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
        and prev is not None and tags[prev] in ("NN", "NNP", "JJ", "DT", "POS") \
        and not that_clause_after_a_source(toks, i, prev)


def that_clause_after_a_source(toks: Tokens, i: int, prev: int) -> bool:
    """Whether a form the tagger reads as a noun is the verb of a source word before it,
    because a *that* and a clause follow it (``The coverage notes that there were 400
    terror-related offences``; not ``the notes that were published``: a relative *that*)."""
    nxt = i + 1
    return nxt < len(toks) and toks.lows[nxt] == "that" and clause_follows(toks, nxt + 1) \
        and toks.lows[prev] in known_source_words()


def object_end(toks: Tokens, start: int, *, stance: bool) -> int:
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


def authorship(toks: Tokens, i: int) -> bool:
    """Whether the participle at ``i`` credits who produced a text, *by* following it past a
    list of other participles of authorship (``Most of this report was researched, written,
    and edited by …``; ``whether a manifesto … was written by the suspect``): no cue."""
    if toks.lows[i] not in AUTHORSHIP:
        return False
    j = i + 1
    while j < len(toks) and (toks.lows[j] in AUTHORSHIP or toks.lows[j] in (",", "and")):
        j += 1
    return j < len(toks) and toks.lows[j] == "by"

def cited_as_saying(toks: Tokens, i: int, prev: int | None) -> Source | None:
    """The source of a *saying* (*stating*, *warning* …) at ``i`` that follows *cited X as*
    or *quoted X as*: X, the people cited (``Politico, which cited three sources familiar with
    the negotiations as saying …``, ``It cited the Air Force as stating …``), not the one who
    cites them."""
    form = cues().verbs[toks.lows[i]]
    if prev is None or toks.lows[prev] != "as" or form.tense != "ing" or form.category != "speech":
        return None
    for k in range(prev - 1, max(-1, prev - MAX_CITED), -1):
        cite = cues().verbs.get(toks.lows[k])
        if cite is not None and cite.lemma in ("cite", "quote"):
            src = source_right(toks, k + 1)
            return src if src is not None and src.last == prev - 1 else None
        if not toks.is_word[k]:
            return None
    return None


def proposes(toks: Tokens, last: int, src: Source, sentence_low: str) -> bool:
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


def no_subject(toks: Tokens, i: int, form: VerbForm, prev: int | None) -> bool:
    """Whether an active cue with no source is no attribution: a base form with no subject,
    auxiliary, *to* or relative pronoun before it (``allowing the public to interact with
    the center, ask questions``; but ``went on to say`` and ``tried to warn`` take the main
    clause's subject, ``signs which read`` its antecedent), a past participle used as an
    adjective (``promoting understanding and informed management``) or modifying the noun or
    pronoun before it (``For those of you worried about where we might have been``)."""
    prev_low = toks.lows[prev] if prev is not None else ""
    if form.tense == "base" and prev_low != "to" and prev_low not in AUXILIARIES \
            and prev_low not in RELATIVES:
        return True
    if form.tense == "ed" and prev is not None and toks.tags[i] == "VBN" \
            and toks.tags[prev] in ("PRP", "NN", "NNS"):
        return True  # "For those of you worried about where we might have been": a modifier
    return form.tense == "ed" and i + 1 < len(toks) and toks.tags[i + 1] in ("NN", "NNS") \
        and prev_low not in AUXILIARIES


def ends_a_prepositional_phrase(toks: Tokens, i: int) -> bool:
    """Whether the cue form at ``i`` is the noun that ends an opening prepositional phrase
    (``In conservative Islamic thought, mahram can include …``): a comma follows it, and
    before it, back to the clause's start, stand only a preposition and one noun phrase's
    modifiers (not ``In a statement the ministry said``: two noun phrases)."""
    if i + 1 >= len(toks) or toks.texts[i + 1] != ",":
        return False
    k = i - 1
    while k >= 0 and toks.tags[k] in NOUN_MODIFIER_TAGS:
        k -= 1
    determiners = [j for j in range(k + 2, i) if toks.tags[j] in ("DT", "PRP$")]
    return 0 <= k < i - 1 and toks.tags[k] == "IN" and (k == 0 or toks.texts[k - 1] == ",") \
        and not determiners


def in_a_name(toks: Tokens, i: int, form: VerbForm) -> bool:
    """Whether a capitalised cue form after a capitalised word is part of a name: always
    outside a headline (``the Human Rights Watch Report``); in a headline only a form that is
    also a noun, ending it (``… Contamination Report``; but ``…, Rice Says`` is a cue)."""
    if not headline_case(toks):
        return True
    return form.also_noun and form.tense in ("base", "s") and (
        i + 1 == len(toks) or not toks.is_word[i + 1])


def complement_follows(toks: Tokens, i: int) -> bool:
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


def hearsay_passive(toks: Tokens, i: int) -> bool:
    """Whether the agentless passive participle at ``i`` of a verb whose frames hold
    ``hearsay_passive`` presents hearsay, a belief the text gives no one: its subject is an
    expletive *it* and a clause follows (``…, it is believed the schemes can help boost …``;
    ``It is understood that …``), or a *to*-infinitive follows (``roughly 90 percent of
    Belarusians are believed to speak Russian``). Not ``the mechanism is not well understood``
    or ``she was thought of as``: no one's belief is reported there."""
    nxt = i + 1
    if nxt + 1 < len(toks) and toks.lows[nxt] == "to" and toks.tags[nxt + 1] in ("VB", "VBP"):
        return True
    subject = prev_word(toks, be_index(toks, i))
    return subject is not None and toks.lows[subject] == "it" and nxt < len(toks) and (
        toks.lows[nxt] == "that" or clause_follows(toks, nxt))


def as_or_a_record(toks: Tokens, i: int, src: Source, sentence_low: str) -> bool:
    """Whether a verb cue of evaluation that needs *as* (``describe``, ``identify``,
    ``list``) at ``i`` is one here: *as* follows within a few words (``described the meeting
    as constructive``), or its subject before it is a document, whose description is what it
    records (``In the past, USGS maps only identified natural earthquake hazards``; not
    ``police identified the victim``: identifying a person is an act)."""
    if "as" in toks.lows[i + 1 : i + 10]:
        return True
    return src.last < i and type_source(toks, src, sentence_low, 0)[0] == DOCUMENT


#: The auxiliaries of the future: a belief after one is foretold, not held.
FUTURE = frozenset({"will", "'ll", "shall"})
#: How far back (tokens) a conditional's subordinator may stand before its cue.
MAX_CONDITION = 12


def hypothetical(toks: Tokens, i: int, form: VerbForm, prev: int | None) -> bool:
    """Whether the present-tense cue at ``i`` stands in a clause of condition or generic time
    (:data:`CONDITIONALS`, with no finite verb between): a hypothetical, which the guideline
    does not count (``allow police to carry out Stop and Search when they believe protestors
    are setting out to …``; ``what can happen when a close Russian ally with lots of
    Russian-speaking people decides to “change sides”``; not ``when he said``: past, an
    event); or a belief verb after a future auxiliary (``they will feel the full weight of the
    law``), a state foretold, not held."""
    if form.tense not in ("base", "s"):
        return False
    if form.category == "belief" and prev is not None and toks.lows[prev] in FUTURE:
        return True  # "they will feel the full weight of the law": a state foretold
    for k in range(i - 1, max(-1, i - MAX_CONDITION), -1):
        if toks.lows[k] in CONDITIONALS:
            return True
        if not toks.is_word[k] or toks.tags[k] in FINITE:
            return False
    return False


def after_particle(toks: Tokens, i: int) -> int:
    """The token after a verb cue at ``i`` and its particle, if any (``pointed out``)."""
    j = i + 1
    if j < len(toks) and toks.lows[j] in ("out", "back", "on"):
        j += 1
    return j
