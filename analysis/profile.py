"""The paragraph profile: one row per paragraph, every measure a reader compares."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.attribution.context import COUNTED_TYPES, effective_type_list
from analysis.columns import to_frame
from analysis.hedges.summary import densities
from analysis.sentiment.scores import by_paragraph as sentiment_by_paragraph

if TYPE_CHECKING:  # pragma: no cover
    from analysis.analyze import ArticleAnalysis


def paragraph_profile(analysis: ArticleAnalysis) -> pd.DataFrame:
    """One row per paragraph (the title is paragraph 0).

    Columns: ``paragraph_id``; ``first_words`` (the paragraph's opening, for labels);
    ``n_sentences``, ``n_tokens``; ``n_attributions``; ``n_attributed`` (sentences with an
    attribution or carried by one); ``attribution_density`` (attributed sentences ÷
    sentences); ``n_unattributed`` and ``unattributed_share`` (unattributed assertions ÷
    sentences); and one count of attributions per source type: ``n_named_person``,
    ``n_named_organization``, ``n_media_outlet``, ``n_anonymous``, ``n_vague``,
    ``n_document``, ``n_implicit`` (a resolved pronoun counts as what it refers to);
    ``n_hedges``, ``n_boosters``, ``hedge_density`` and ``booster_density`` (per 100 word
    tokens) and ``commitment`` (see :mod:`analysis.hedges.summary`); ``sentiment_mean`` (the
    mean of sentence compounds), ``share_positive``, ``share_negative``, ``share_neutral``,
    ``sentiment_min`` and ``sentiment_max``.
    """
    return analysis.paragraphs.copy()


def paragraph_table(sentences, attributions) -> pd.DataFrame:
    """The paragraph profile from the sentence table (with its summary columns) and the
    attributions: frames or columns (see :mod:`analysis.columns`)."""
    return to_frame(paragraph_columns(sentences, attributions), PARAGRAPH_COLUMNS, "paragraphs")


def paragraph_columns(sentences, attributions, *, article_index=None,
                      attribution_rows=None) -> dict[str, list | np.ndarray]:
    """Sum the sentence columns per paragraph. Sentences come in paragraph order, so every
    measure is a ``reduceat`` over the paragraphs' first rows (small tables: no groupby).

    The sentences of several articles at once (a corpus batch) need ``article_index`` (each
    sentence's article: 0, 0, 1, …, so that paragraph 1 of one article is not paragraph 1 of
    the next) and ``attribution_rows`` (the row of each attribution's sentence); one
    article's need neither. With an ``article_id`` sentence column, the paragraphs get one."""
    para = np.asarray(sentences["paragraph_id"], dtype="int64")
    first = np.ones(len(para), dtype=bool)  # the rows that begin a paragraph
    first[1:] = para[1:] != para[:-1]
    if article_index is not None and len(para):
        article_index = np.asarray(article_index)
        first[1:] |= article_index[1:] != article_index[:-1]
    starts = np.flatnonzero(first)
    ids = para[starts]
    counts = np.diff(np.r_[starts, len(para)])
    texts = list(sentences["text"])

    def total(column: str) -> np.ndarray:
        values = np.asarray(sentences[column]).astype("int64")
        return np.add.reduceat(values, starts) if len(starts) else values[:0]

    columns: dict[str, list | np.ndarray] = {
        "paragraph_id": ids.astype("int64"),
        "first_words": [_first_words(texts[k]) for k in starts.tolist()],
        "n_sentences": counts.astype("int64"),
        "n_tokens": total("n_tokens"),
        "n_attributions": total("n_attributions"),
        "n_attributed": total("attributed"),
        "n_unattributed": total("unattributed_assertion"),
        "n_hedges": total("n_hedges"),
        "n_boosters": total("n_boosters"),
    }
    columns["attribution_density"] = columns["n_attributed"] / counts
    columns["unattributed_share"] = columns["n_unattributed"] / counts
    columns.update(densities(columns["n_hedges"], columns["n_boosters"], columns["n_tokens"]))
    columns.update(sentiment_by_paragraph(np.asarray(sentences["compound"], dtype=float),
                                          starts, counts))
    # each attribution's paragraph: the paragraph row of its sentence's row
    paragraph_of_row = np.cumsum(first) - 1
    rows = np.asarray(attributions["sentence_id"] if attribution_rows is None
                      else attribution_rows, dtype="int64")
    where = paragraph_of_row[rows]
    kinds = np.array(effective_type_list(attributions), dtype=object)
    for kind in (*COUNTED_TYPES, "pronoun"):
        columns[f"n_{kind}"] = np.bincount(where[kinds == kind], minlength=len(ids)).astype(
            "int64")
    if "article_id" in sentences:
        columns["article_id"] = np.asarray(sentences["article_id"], dtype=object)[starts]
    return columns


PARAGRAPH_COLUMNS = [
    "paragraph_id", "first_words", "n_sentences", "n_tokens", "n_attributions",
    "n_attributed", "n_unattributed", "n_hedges", "n_boosters", "attribution_density",
    "unattributed_share", "hedge_density", "booster_density", "commitment", "sentiment_mean",
    "share_positive", "share_negative", "share_neutral", "sentiment_min", "sentiment_max",
    *(f"n_{kind}" for kind in COUNTED_TYPES), "n_pronoun",
]


def _first_words(text: str, n: int = 5) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def unattributed_runs(profile: pd.DataFrame) -> pd.DataFrame:
    """Runs of consecutive body paragraphs in which no sentence is attributed, longest first:
    ``first``, ``last`` (paragraph numbers), ``length``, ``n_assertions``."""
    body = profile[profile["paragraph_id"] > 0]
    runs, start, count = [], None, 0
    for row in body.itertuples():
        if row.n_attributed == 0:
            if start is None:
                start, count = row.paragraph_id, 0
            count += row.n_unattributed
            last = row.paragraph_id
        elif start is not None:
            runs.append((start, last, last - start + 1, count))
            start = None
    if start is not None:
        runs.append((start, last, last - start + 1, count))
    frame = pd.DataFrame(runs, columns=["first", "last", "length", "n_assertions"])
    return frame.sort_values(["length", "first"], ascending=[False, True], ignore_index=True)
