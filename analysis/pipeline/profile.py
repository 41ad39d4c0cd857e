"""The paragraph profile: one row per paragraph, every measure a reader compares."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.errors import A_FRAME, expect
from analysis.layers.attribution import counted_rows
from analysis.layers.framing.summary import framing_densities
from analysis.layers.hedges.summary import densities
from analysis.layers.sentiment.scores import by_paragraph as sentiment_by_paragraph
from analysis.schema import FLOAT, INT, TEXT, Column, Columns, Schema
from analysis.spine.furniture import BODY
from analysis.vocabulary.sources import (
    COUNTED_TYPES,
    DEPRECATED_COUNTS,
    SourceType,
    effective_types,
)


def paragraph_columns(sentences: Columns, attributions: Columns, *,
                      article_index: np.ndarray | None = None,
                      attribution_rows: np.ndarray | None = None) -> Columns:
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
        "paragraph_kind": [sentences["paragraph_kind"][k] for k in starts.tolist()],
        "n_sentences": counts.astype("int64"),
        "n_tokens": total("n_tokens"),
        "n_attributions": total("n_attributions"),
        "n_attributed": total("attributed"),
        "n_unattributed": total("unattributed_assertion"),
        "n_hedges": total("n_hedges"),
        "n_boosters": total("n_boosters"),
        "n_framing": total("n_framing"),
        "n_framing_own": total("n_framing_own"),
    }
    columns["attribution_density"] = columns["n_attributed"] / counts
    columns["unattributed_share"] = columns["n_unattributed"] / counts
    columns.update(densities(columns["n_hedges"], columns["n_boosters"], columns["n_tokens"]))
    columns.update(framing_densities(columns["n_framing"], columns["n_framing_own"],
                                     columns["n_tokens"]))
    columns.update(sentiment_by_paragraph(np.asarray(sentences["compound"], dtype=float),
                                          starts, counts))
    # each attribution's paragraph: the paragraph row of its sentence's row
    paragraph_of_row = np.cumsum(first) - 1
    rows = np.asarray(attributions["sentence_id"] if attribution_rows is None
                      else attribution_rows, dtype="int64")
    counted = np.asarray(counted_rows(attributions), dtype=bool)  # nested ones are not
    where = paragraph_of_row[rows][counted]
    kinds = np.array(effective_types(attributions["resolved_source_type"],
                                     attributions["source_type"]), dtype=object)[counted]
    for kind in (*COUNTED_TYPES, SourceType.PRONOUN.value):
        columns[f"n_{kind}"] = np.bincount(where[kinds == kind], minlength=len(ids)).astype(
            "int64")
    for old, new in DEPRECATED_COUNTS.items():
        columns[old] = columns[new]
    if "article_id" in sentences:
        columns["article_id"] = np.asarray(sentences["article_id"], dtype=object)[starts]
    return columns


def _counted(kind: SourceType) -> Column:
    return Column(f"n_{kind.value}", INT, f"attributions that count as {kind.short}")


def deprecated_counts() -> list[Column]:
    """The count columns kept under their old names for one release."""
    return [Column(old, INT, f"deprecated: the same as `{new}`, its name until 0.3; removed "
                             "in 0.4") for old, new in DEPRECATED_COUNTS.items()]


PARAGRAPHS = Schema("paragraphs", "One row per paragraph (the title is paragraph 0): every "
                    "measure a reader compares. Densities are per 100 word tokens; a resolved "
                    "pronoun counts as the source it refers to.", (
    Column("paragraph_id", INT, "0 for the title, 1, 2, … for body paragraphs"),
    Column("first_words", TEXT, "the paragraph's first five words (for labels)"),
    Column("paragraph_kind", TEXT, "title, body, or page furniture: byline, dateline, credit, "
                                   "caption"),
    Column("n_sentences", INT, "sentences"),
    Column("n_tokens", INT, "word tokens"),
    Column("n_attributions", INT, "attributions whose cue is in the paragraph"),
    Column("n_attributed", INT, "sentences with an attribution or carried by one"),
    Column("n_unattributed", INT, "unattributed assertions"),
    Column("n_hedges", INT, "hedges"),
    Column("n_boosters", INT, "boosters that are not negated"),
    Column("attribution_density", FLOAT, "attributed sentences ÷ sentences"),
    Column("unattributed_share", FLOAT, "unattributed assertions ÷ sentences"),
    Column("hedge_density", FLOAT, "hedges per 100 word tokens"),
    Column("booster_density", FLOAT, "boosters per 100 word tokens"),
    Column("commitment", FLOAT, "(boosters − hedges) / (boosters + hedges)"),
    Column("n_framing", INT, "framing marks, in any voice"),
    Column("n_framing_own", INT, "framing marks in the article's own voice"),
    Column("framing_density", FLOAT, "framing marks per 100 word tokens"),
    Column("own_framing_density", FLOAT, "framing marks in the article's own voice per 100 "
                                         "word tokens"),
    Column("sentiment_mean", FLOAT, "the mean of its sentences' compound scores"),
    Column("share_positive", FLOAT, "the share of its sentences that are positive"),
    Column("share_negative", FLOAT, "the share that are negative"),
    Column("share_neutral", FLOAT, "the share that are neutral"),
    Column("sentiment_min", FLOAT, "its most negative sentence's compound"),
    Column("sentiment_max", FLOAT, "its most positive sentence's compound"),
    *(_counted(SourceType(kind)) for kind in COUNTED_TYPES),
    Column("n_pronoun", INT, "attributions to a pronoun that refers to no source named before"),
    *deprecated_counts(),
))
PARAGRAPH_COLUMNS = PARAGRAPHS.names


#: The paragraph columns a run of paragraphs sums (:func:`paragraph_runs`).
SUMMED = ("n_sentences", "n_tokens", "n_attributed", "n_unattributed", "n_hedges",
          "n_boosters", "n_framing", "n_framing_own")


def paragraph_runs(profile: pd.DataFrame, size: int) -> pd.DataFrame:
    """The paragraphs of ``profile`` in runs of ``size`` consecutive ones (the last may be
    shorter), one row per run: ``first``, ``last`` (paragraph numbers), the sums of
    :data:`SUMMED`, the densities of those sums (the layers' own rules) and
    ``sentiment_mean``, the mean of all the run's sentences."""
    group = np.arange(len(profile)) // size
    columns = {name: profile[name].to_numpy() for name in SUMMED}
    weighted = profile["sentiment_mean"].to_numpy() * profile["n_sentences"].to_numpy()
    frame = pd.DataFrame({"group": group, "paragraph_id": profile["paragraph_id"].to_numpy(),
                          "weighted": weighted, **columns})
    runs = frame.groupby("group").agg(
        first=("paragraph_id", "min"), last=("paragraph_id", "max"), weighted=("weighted", "sum"),
        **{name: (name, "sum") for name in columns})
    runs["sentiment_mean"] = runs["weighted"] / runs["n_sentences"].clip(lower=1)
    n = {name: runs[name].to_numpy() for name in SUMMED}
    for name, values in {**densities(n["n_hedges"], n["n_boosters"], n["n_tokens"]),
                         **framing_densities(n["n_framing"], n["n_framing_own"],
                                             n["n_tokens"])}.items():
        runs[name] = values
    return runs.drop(columns="weighted").reset_index(drop=True)


def _first_words(text: str, n: int = 5) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def unattributed_runs(profile: pd.DataFrame) -> pd.DataFrame:
    """Runs of consecutive body paragraphs in which no sentence is attributed, longest first:
    ``first``, ``last`` (paragraph numbers), ``length``, ``n_assertions``. Page furniture (a
    byline, a dateline) is passed over: it neither starts, lengthens nor breaks a run (a
    profile without ``paragraph_kind``, e.g. made by hand, is all body)."""
    expect(profile, pd.DataFrame, function="unattributed_runs", wanted=A_FRAME)
    body = profile[profile["paragraph_id"] > 0]
    if "paragraph_kind" in body:
        body = body[body["paragraph_kind"] == BODY]
    runs, start, count, length = [], None, 0, 0
    for row in body.itertuples():
        if row.n_attributed == 0:
            if start is None:
                start, count, length = row.paragraph_id, 0, 0
            count += row.n_unattributed
            length += 1
            last = row.paragraph_id
        elif start is not None:
            runs.append((start, last, length, count))
            start = None
    if start is not None:
        runs.append((start, last, length, count))
    frame = pd.DataFrame(runs, columns=["first", "last", "length", "n_assertions"])
    return frame.sort_values(["length", "first"], ascending=[False, True], ignore_index=True)
