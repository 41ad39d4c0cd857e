"""The paragraph profile: one row per paragraph, every measure a reader compares."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from analysis.attribution.context import COUNTED_TYPES, effective_types
from analysis.hedges.summary import add_densities
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


def paragraph_table(sentences: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    groups = sentences.groupby("paragraph_id", sort=True)
    frame = pd.DataFrame({
        "first_words": groups["text"].first().map(_first_words),
        "n_sentences": groups.size(),
        "n_tokens": groups["n_tokens"].sum(),
        "n_attributions": groups["n_attributions"].sum(),
        "n_attributed": groups["attributed"].sum(),
        "n_unattributed": groups["unattributed_assertion"].sum(),
        "n_hedges": groups["n_hedges"].sum(),
        "n_boosters": groups["n_boosters"].sum(),
    })
    add_densities(frame, frame["n_tokens"].to_numpy())
    frame = frame.join(sentiment_by_paragraph(sentences))
    frame["attribution_density"] = frame["n_attributed"] / frame["n_sentences"]
    frame["unattributed_share"] = frame["n_unattributed"] / frame["n_sentences"]
    para_of = sentences.set_index("sentence_id")["paragraph_id"]
    kinds = pd.DataFrame({
        "paragraph_id": attributions["sentence_id"].map(para_of).astype("int64"),
        "kind": effective_types(attributions),
    })
    counts = pd.crosstab(kinds["paragraph_id"], kinds["kind"]) if len(kinds) else pd.DataFrame()
    for kind in COUNTED_TYPES:
        column = counts[kind] if kind in counts else pd.Series(dtype="int64")
        frame[f"n_{kind}"] = column.reindex(frame.index, fill_value=0).astype("int64")
    frame["n_pronoun"] = (counts["pronoun"].reindex(frame.index, fill_value=0).astype("int64")
                          if "pronoun" in counts else 0)
    frame = frame.reset_index()
    for column in ["n_attributed", "n_unattributed"]:
        frame[column] = frame[column].astype("int64")
    return frame


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
