"""Keyword in context for hedges, boosters and framing marks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

import pandas as pd

from analysis.errors import A_TEXT, expect


@runtime_checkable
class Analysed(Protocol):
    """What a concordance reads: an article's or a corpus's analysis."""

    hedges: pd.DataFrame
    framing: pd.DataFrame

    @property
    def texts(self) -> Mapping[str, str]: ...


LAYERS = ("hedges", "framing")


def concordance(analysis: Analysed, term_or_category: str, *, width: int = 40,
                layer: str = "hedges") -> pd.DataFrame:
    """Every hedge or booster (or, with ``layer="framing"``, every framing mark) matching
    ``term_or_category`` with ``width`` characters of context on each side: ``sentence_id,
    left, match, right`` (and ``article_id`` first when the analysis holds several articles).

    ``term_or_category`` is matched, without regard to case, against the words as written,
    the lexicon entry, the category (``intensifier``, ``weasel``, ``emotive``, ``label`` …) and,
    for hedges, the kind (``hedge``, ``booster``); for framing marks also the voice (``own``,
    ``attributed``, ``quoted``). ``analysis`` is an :class:`~analysis.ArticleAnalysis` or
    anything with that table and a ``texts`` mapping from ``article_id`` to text.
    """
    expect(analysis, Analysed, function="concordance",
           wanted="an ArticleAnalysis (from analysis.analyze) or a CorpusAnalysis")
    expect(term_or_category, str, function="concordance", wanted=f"{A_TEXT} as the term")
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; choose from {LAYERS}")
    key = term_or_category.lower()
    marks = getattr(analysis, layer)
    extra = "kind" if layer == "hedges" else "voice"
    hit = (marks["term"].str.lower().eq(key) | marks["entry"].str.lower().eq(key)
           | marks["category"].eq(key) | marks[extra].eq(key))
    texts = analysis.texts
    rows = []
    for r in marks[hit].itertuples():
        text = texts[r.article_id]
        left = text[max(0, r.start_char - width) : r.start_char]
        right = text[r.end_char : r.end_char + width]
        rows.append({"article_id": r.article_id, "sentence_id": r.sentence_id,
                     "left": _flat(left).rjust(width), "match": text[r.start_char : r.end_char],
                     "right": _flat(right).ljust(width)})
    frame = pd.DataFrame(rows, columns=["article_id", "sentence_id", "left", "match", "right"])
    if len(texts) == 1:
        frame = frame.drop(columns="article_id")
    return frame


def _flat(text: str) -> str:
    return " ".join(text.split()) if "\n" in text else text
