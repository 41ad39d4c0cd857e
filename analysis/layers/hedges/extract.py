"""Every hedge and booster of an article, with its span and context.

A hedge lowers the writer's commitment (*may*, *reportedly*, *some say*), a booster raises it
(*clearly*, *undoubtedly*). Matches come from the lexicons (``hedges.csv``, ``boosters.csv``)
and are kept by the context rules of :mod:`analysis.layers.hedges.rules`; a vague attribution
the attribution layer found (*critics said*, *human rights organizations reported*) is a weasel
too. The attributions are an argument: this layer never runs the attribution layer itself.
"""

from __future__ import annotations

import bisect
import functools
import itertools

from analysis.layers.hedges.lexicon import Entry, index, two_word_index
from analysis.layers.hedges.rules import keep
from analysis.layers.hedges.weasels import TRIGGERS, find_weasels
from analysis.schema import BOOL, INT, TEXT, Column, Columns, Schema
from analysis.spine.document import Document
from analysis.spine.tokens import Tokens
from analysis.vocabulary.grammar import NEGATORS
from analysis.vocabulary.sources import SourceType, effective_types

HEDGES = Schema("hedges", "One row per hedge (language that lowers commitment) or booster (that "
                "raises it).", (
    Column("article_id", TEXT, "the article"),
    Column("sentence_id", INT, "the sentence"),
    Column("term", TEXT, "the words as written"),
    Column("entry", TEXT, "the lexicon entry they match (*vague attribution* for a weasel "
                          "source, *many + noun*, *be + regarded*, *one of the + superlative* "
                          "for a weasel construction)"),
    Column("kind", TEXT, "hedge or booster"),
    Column("category", TEXT, "epistemic_modal, epistemic_verb, epistemic_adverb, evidential, "
                             "approximator, generalizer, conditional (if, whether), weasel "
                             "(hedges: weasel words are a category of hedges — vague "
                             "quantities, vague agents, agentless passives of judging, "
                             "superlative rankings); certainty, intensifier, universal "
                             "(boosters)"),
    Column("start_char", INT, "where the words start"),
    Column("end_char", INT, "where they end"),
    Column("negated", BOOL, "a negation right before it (*not likely*, *no significant*)"),
    Column("in_quote", BOOL, "inside a direct quotation: the source's words, not the outlet's"),
    Column("origin", TEXT, "lexicon; construction for a weasel found by the grammar (*many "
                           "residents*, *is widely regarded as*, *one of the most*); or "
                           "attribution for a weasel taken from a vague attribution "
                           "(*critics*, *human rights organizations*)"),
))
HEDGE_COLUMNS = HEDGES.names
#: A vague source the attribution layer found (*critics said*): a weasel too.
VAGUE_ATTRIBUTION = Entry("vague attribution", "hedge", "weasel", "source")


def hedge_columns(doc: Document, attributions: Columns) -> Columns:
    """Every hedge and booster of ``doc`` as columns (:data:`HEDGES`), given the document's
    attributions (the attribution layer's columns)."""
    quotes = doc.quotes
    vague = _vague_sources(attributions)
    text = doc.text
    article_id = doc.article_id
    rows: list[tuple] = []
    for sent, toks in zip(doc.sentences, doc.tokens, strict=True):
        matches = _with_weasels(list(_matches(toks)), toks)
        if sent.sentence_id in vague:
            hedges = _Disjoint([m for m in matches if m[2].kind == "hedge"])
            for s, e in vague[sent.sentence_id]:
                if not hedges.overlaps(s, e):  # a hedge of its own is not a second one
                    hedges.add((s, e))
                    matches.append((s, e, VAGUE_ATTRIBUTION, False, "attribution"))
        for start, end, entry, negated, origin in sorted(matches, key=lambda m: m[0]):
            rows.append((article_id, sent.sentence_id, text[start:end],
                         entry.term, entry.kind, entry.category, start, end, negated,
                         quotes.contains(start, end), origin))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(HEDGE_COLUMNS)
    return {name: list(values) for name, values in zip(HEDGE_COLUMNS, columns, strict=True)}


def _with_weasels(matches: list[tuple], toks: Tokens) -> list[tuple]:
    """The lexicon's matches and the weasel constructions of :mod:`.weasels`: a weasel takes
    the place of an approximator or booster it overlaps (*several reports*, *certain members*)
    and of a hedge inside it (*widely* in *is widely seen as*), and gives way to a hedge the
    lexicon found that it does not contain (*be widely regarded*, *some people*)."""
    if not any(low in TRIGGERS for low in toks.lows):
        return matches
    kept = _Disjoint(matches)  # the lexicon's matches never overlap, nor do the kept ones
    added = []
    for i, j, entry in find_weasels(toks):
        s, e = toks.starts[i], toks.ends[j - 1]
        overlapping = kept.overlapping(s, e)
        if any(m[2].kind == "hedge" and m[2].category != "approximator"
               and not (s <= m[0] and m[1] <= e) for m in overlapping):
            continue  # a hedge the weasel does not contain: "be widely regarded", "some people"
        kept.remove(overlapping)
        weasel = (s, e, entry, False, "construction")
        kept.add(weasel)
        added.append(weasel)
    gone = kept.removed
    return [m for m in matches if id(m) not in gone] + [m for m in added if id(m) not in gone]


class _Disjoint:
    """Spans that never overlap one another, sorted: the ones a span overlaps are a run of
    them, bisected for (not every span tried for every weasel and vague source)."""

    def __init__(self, spans: list[tuple]) -> None:
        self.spans = sorted(spans, key=lambda m: m[0])
        self.starts = [m[0] for m in self.spans]
        self.ends = [m[1] for m in self.spans]
        self.removed: set[int] = set()

    def _run(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)

    def overlapping(self, start: int, end: int) -> list[tuple]:
        """The spans that overlap ``[start, end)``, in order."""
        lo, hi = self._run(start, end)
        return self.spans[lo:hi]

    def overlaps(self, start: int, end: int) -> bool:
        lo, hi = self._run(start, end)
        return lo < hi

    def remove(self, spans: list[tuple]) -> None:
        """Take out ``spans`` (a run :meth:`overlapping` returned)."""
        if spans:
            lo = bisect.bisect_left(self.starts, spans[0][0])
            del self.spans[lo : lo + len(spans)], self.starts[lo : lo + len(spans)], \
                self.ends[lo : lo + len(spans)]
            self.removed.update(map(id, spans))

    def add(self, span: tuple) -> None:
        """Put in ``span``, which overlaps none of the spans."""
        k = bisect.bisect_left(self.starts, span[0])
        self.spans.insert(k, span)
        self.starts.insert(k, span[0])
        self.ends.insert(k, span[1])


def _matches(toks: Tokens):
    """Longest lexicon matches, left to right, kept by the context rules (the weasel
    constructions are :func:`_with_weasels`'s)."""
    idx = two_word_index()
    starts = _start_words()
    lows = toks.lows
    n = len(lows)
    i = 0  # the first token not yet inside a match
    alone = _alone_words()
    for k in toks.where(starts):  # nothing else can start one
        if k < i:
            continue
        if lows[k] not in alone and (k + 1 == n or lows[k + 1] not in idx[lows[k]][0]):
            continue  # "the", "of": only phrases start here, and no phrase's second word follows
        i = k
        found = None
        by_second, singles = idx.get(lows[i], _NO_ENTRIES)
        phrases = by_second.get(lows[i + 1], ()) if i + 1 < n and by_second else ()
        for words, entry in itertools.chain(phrases, singles):
            j = i + len(words)
            if tuple(lows[i:j]) == words and keep(toks, i, j, entry):
                found = (j, entry)
                break
        if found is None:
            i += 1
            continue
        j, entry = found
        negated = entry.kind in ("hedge", "booster") and _negated(lows, i, entry)
        yield toks.starts[i], toks.ends[j - 1], entry, negated, "lexicon"
        i = j


_NO_ENTRIES: tuple[dict, list] = ({}, [])


@functools.cache
def _start_words() -> frozenset[str]:
    """Every word a match can start with: a lexicon entry's first word."""
    return frozenset(index())


@functools.cache
def _alone_words() -> frozenset[str]:
    """The start words that can match without a particular next word: single-word entries'
    words (the others start phrases only)."""
    return frozenset(first for first, (_, singles) in two_word_index().items() if singles)


def _negated(lows: list[str], i: int, entry: Entry) -> bool:
    if entry.term in NEGATORS or entry.term in ("none", "nobody", "nothing", "no one"):
        return False
    window = lows[max(0, i - 2) : i]
    return any(w in NEGATORS for w in window)


def _vague_sources(attributions: Columns) -> dict[int, list[tuple[int, int]]]:
    """The source spans of the vague attributions, by sentence."""
    out: dict[int, list[tuple[int, int]]] = {}
    kinds = effective_types(attributions["resolved_source_type"], attributions["source_type"])
    vague = [k for k, kind in enumerate(kinds) if kind == SourceType.VAGUE]
    if not vague:
        return out
    sid = list(attributions["sentence_id"])
    start = list(attributions["source_start"])
    end = list(attributions["source_end"])
    for k in vague:
        if start[k] is not None:
            out.setdefault(int(sid[k]), []).append((int(start[k]), int(end[k])))
    return out
