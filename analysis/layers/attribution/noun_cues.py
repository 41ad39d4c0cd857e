"""Noun cues (*claims by*, *criticism from*, *the party's announcement*, *reports of*): where
their source and content are (:mod:`analysis.layers.attribution.detect` finds them)."""

from __future__ import annotations

import analysis.lexicons as lexicons
from analysis.layers.attribution.clauses import content_after
from analysis.layers.attribution.source_phrases import (
    HEARSAY_PLURALS,
    Source,
    source_left,
    source_right,
)
from analysis.spine.mentions import PLACE
from analysis.spine.names import headline_case, kind_of
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import (
    AUXILIARIES,
    CLAUSE_WORDS,
    NP_DETERMINERS,
    PERSONAL_PRONOUNS,
    PRONOUN_OF_POSSESSIVE,
)

#: Noun cues whose *of* names their source, not their content (``the demands of the
#: protesters``, ``at the request of Prime Minister Boris Johnson``; but ``reports of abuses``).
OF_SOURCE = lexicons.words("attribution_context", "of_source")


def noun_cue(toks: Tokens, i: int) -> tuple[Source | None, tuple[int, int] | None] | None:
    """The source and content (character span) of the noun cue at ``i``, or None where it is
    no attribution: a source after *by*/*from* (``claims by the opposition``, ``criticism from
    human rights groups``; *of* after a noun of :data:`OF_SOURCE`: ``the demands of the
    protesters``), a possessive before it (``the party's announcement``, ``Protesters'
    demands``), or a clause after *of*/*that* (``reports of abuses``)."""
    vocab = cues()
    if i > 0 and toks.texts[i][:1].isupper() and any(toks.is_word[:i]) \
            and not headline_case(toks):
        return None  # "the government’s Plan for Change": a name, not a plan presented
    nxt = toks.lows[i + 1] if i + 1 < len(toks) else ""
    if nxt == "of" and toks.lows[i] in OF_SOURCE:  # "at the request of Boris Johnson"
        source = source_right(toks, i + 2)
        return (source, None) if source is not None else None
    agent = _agent_after(toks, i)
    if agent is not None:
        source = source_right(toks, agent + 1)
        if source is None or _a_place(toks, source):
            return None  # "a report from Capitol Hill": where it was filed, not whose
        after = source.last + 1
        content = content_after(toks, after, recipient=False) \
            if after < len(toks) and toks.lows[after] == "that" else None  # "claims by X that"
        return source, content
    source = None
    if i >= 2 and (toks.lows[i - 1] == "'s" or (
            toks.texts[i - 1] in ("'", "’") and toks.lows[i - 2].endswith("s"))):
        source = source_left(toks, i - 1)  # "the party's announcement", "Protesters' demands"
    elif i >= 1 and toks.lows[i - 1] in PRONOUN_OF_POSSESSIVE and vocab.nouns[
            toks.lows[i]] == "stance":
        # "Under her plan", "his promises to …": a position or intention; a possessive
        # pronoun before a noun of speech is most often a verb cue's modifier ("said in
        # prepared opening remarks for their testimony"), which the guideline leaves unlabelled
        source = Source(i - 1, i - 1, i - 1)
    if nxt in ("of", "that"):
        if source is None:
            first = i  # "councils and developers report that": the words before the cue
            while first > 0 and toks.is_word[first - 1] and toks.lows[first - 1] not in (
                    AUXILIARIES | PERSONAL_PRONOUNS | CLAUSE_WORDS | set(vocab.verbs)) and (
                    not toks.texts[first - 1][:1].isupper()
                    or toks.lows[first - 1] in NP_DETERMINERS):
                first -= 1
            source = _before_cue(toks, first, i)
        return source, content_after(toks, i + 2, recipient=False)
    return (source, None) if source is not None else None


def _a_place(toks: Tokens, source: Source) -> bool:
    """Whether the entity model reads a source phrase, up to its head, as a place (``Capitol
    Hill``, a name ending in a place word): after *from* it says where a report was filed,
    not whose it is."""
    words = [k for k in range(source.first, source.head + 1) if toks.is_word[k]]
    return bool(words) and kind_of(toks, words[0], words[-1], [toks.lows[k] for k in words],
                                   "") == PLACE


def _agent_after(toks: Tokens, i: int) -> int | None:
    """The index of the *by* or *from* that introduces a noun cue's source: right after it
    (``claims by the opposition``, ``criticism from human rights groups``) or after the
    *to* phrase of a response (``a response to the statistics from the Security Minister``)."""
    nxt = i + 1
    if nxt < len(toks) and toks.lows[nxt] in ("by", "from"):
        return nxt
    if nxt < len(toks) and toks.lows[nxt] == "to" and toks.lows[i - 1] != "in":
        # not "in response to a statement from her brother": a preposition, not a cue
        for k in range(nxt + 1, min(len(toks), nxt + 6)):
            if toks.lows[k] == "from":
                return k
            if not toks.is_word[k]:
                return None
    return None


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
