"""``find_hedges``: every hedge and booster of an article, with its span and context."""

from __future__ import annotations

import functools
import itertools

import pandas as pd

from analysis.article import Article
from analysis.attribution.context import effective_type_list
from analysis.columns import missing, to_frame
from analysis.hedges.lexicon import Entry, index, two_word_index
from analysis.hedges.rules import keep
from analysis.tokens import Tokens

HEDGE_COLUMNS = [
    "article_id", "sentence_id", "term", "entry", "kind", "category", "start_char", "end_char",
    "negated", "in_quote", "origin",
]
NEGATORS = frozenset({"not", "n't", "never", "no", "without", "hardly", "barely", "nor"})
PEOPLE_QUANTIFIERS = frozenset({"some", "many", "several", "most", "various", "numerous"})


def find_hedges(article: Article, *, attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every hedge (language that lowers commitment) and booster (that raises it).

    Columns: ``term`` (the words as written) and ``entry`` (the lexicon entry they match);
    ``kind`` — hedge or booster; ``category`` — epistemic_modal, epistemic_verb,
    epistemic_adverb, evidential, approximator, generalizer, weasel; certainty, intensifier,
    universal; ``start_char``, ``end_char``; ``negated`` — a negation right before it (*not
    likely*, *no significant*); ``in_quote`` — inside a direct quotation, so the source's
    words, not the outlet's; ``origin`` — ``lexicon``, or ``attribution`` for a weasel taken
    from a vague attribution (*critics*, *human rights organizations*, *widespread reports*).

    ``attributions`` (from :func:`analysis.find_attributions`) is computed if not given.
    """
    return to_frame(find_hedge_columns(article, attributions=attributions), HEDGE_COLUMNS,
                    "hedges")


def find_hedge_columns(article: Article, *, attributions=None) -> dict[str, list]:
    """:func:`find_hedges` as columns (see :mod:`analysis.columns`); ``attributions`` a frame
    or columns."""
    if attributions is None:
        from analysis.attribution.extract import find_attribution_columns

        attributions = find_attribution_columns(article)
    quotes = article.quote_index
    vague = _vague_sources(attributions)
    rows: list[tuple] = []
    for sent, toks in zip(article.sentences, article.sentence_tokens, strict=True):
        matches = list(_matches(toks))
        for s, e in vague.get(sent.sentence_id, ()):
            if not any(m[0] < e and s < m[1] and m[2].kind == "hedge" for m in matches):
                matches.append((s, e, Entry("vague attribution", "hedge", "weasel", "source"),
                                False, "attribution"))
        for start, end, entry, negated, origin in sorted(matches, key=lambda m: m[0]):
            rows.append((article.article_id, sent.sentence_id, article.text[start:end],
                         entry.term, entry.kind, entry.category, start, end, negated,
                         quotes.contains(start, end), origin))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(HEDGE_COLUMNS)
    return {name: list(values) for name, values in zip(HEDGE_COLUMNS, columns, strict=True)}


def _matches(toks: Tokens):
    """Longest lexicon matches, left to right, kept by the context rules."""
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
        if found is None and lows[i] in PEOPLE_QUANTIFIERS and i + 1 < len(toks) \
                and lows[i + 1] in _people_nouns():
            found = (i + 2, Entry(f"{lows[i]} + people", "hedge", "weasel", "phrase"))
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
    """Every word a match can start with: a lexicon entry's first word or a quantifier."""
    return frozenset(index()) | PEOPLE_QUANTIFIERS


@functools.cache
def _alone_words() -> frozenset[str]:
    """The start words that can match without a particular next word: single-word entries'
    words and the quantifiers (the others start phrases only)."""
    return frozenset(first for first, (_, singles) in two_word_index().items() if singles) \
        | PEOPLE_QUANTIFIERS


def _negated(lows: list[str], i: int, entry: Entry) -> bool:
    if entry.term in NEGATORS or entry.term in ("none", "nobody", "nothing", "no one"):
        return False
    window = lows[max(0, i - 2) : i]
    return any(w in NEGATORS for w in window)


@functools.cache
def _people_nouns() -> frozenset[str]:
    from analysis.attribution.lexicon import vocabulary

    sources = vocabulary().sources
    return sources.get("vague", frozenset()) | {"sources", "residents", "accounts"}


def _vague_sources(attributions) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    kinds = effective_type_list(attributions)
    vague = [k for k, kind in enumerate(kinds) if kind == "vague"]
    if not vague:
        return out
    sid = list(attributions["sentence_id"])
    start = list(attributions["source_start"])
    end = list(attributions["source_end"])
    for k in vague:
        if not missing(start[k]):
            out.setdefault(int(sid[k]), []).append((int(start[k]), int(end[k])))
    return out
