"""``python -m analysis evaluate sentiment --ratings FILE``: VADER against human ratings.

The file has VADER's ground-truth layout: tab-separated ``id``, mean rating (−4 … +4), text;
ids ``ARTICLE_SENTENCE`` group sentences into articles. Printed: Pearson r at sentence level
(compound against rating); at article level the mean of sentence compounds against the mean
rating (DESIGN decision 3) — and, for comparison, the compound of the whole article scored as
one text; and the macro F1 of three classes (positive / neutral / negative: compound beyond
±0.05, rating beyond ±``neutral_band``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analysis.errors import InputError
from analysis.evaluate.metrics import prf
from analysis.layers.sentiment.scores import polarity
from analysis.vocabulary.sentiment import label


@dataclass(frozen=True)
class SentimentScores:
    """Correlations with human ratings and the three-class macro F1."""
    n_sentences: int
    n_articles: int
    sentence_r: float
    article_r: float
    whole_text_r: float
    macro_f1: float

    def report(self) -> str:
        return "\n".join([
            f"{self.n_sentences} sentences in {self.n_articles} articles",
            f"sentence level       Pearson r {self.sentence_r:.3f}",
            f"article level        Pearson r {self.article_r:.3f}   (mean of sentence scores)",
            f"article as one text  Pearson r {self.whole_text_r:.3f}   (for comparison)",
            f"3 classes            macro F1  {self.macro_f1:.3f}",
        ])


def read_ratings(path: str | Path) -> list[tuple[str, str, float, str]]:
    """``(article, id, rating, text)`` for every line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            raise InputError(f"{path}:{number}", "expected id<TAB>rating<TAB>text")
        ident, rating, text = parts
        try:
            value = float(rating)
        except ValueError:
            raise InputError(f"{path}:{number}", f"rating {rating!r} is not a number") from None
        if not -4 <= value <= 4:
            raise InputError(f"{path}:{number}", f"rating {value} is outside -4 … +4")
        out.append((ident.split("_")[0], ident, value, text))
    if len(out) < 3:
        raise InputError(path, "needs at least three rated sentences")
    return out


def _pearson(a: list[float], b: list[float]) -> float:
    if len(a) < 2 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def _class(rating: float, band: float) -> str:
    return "positive" if rating > band else "negative" if rating < -band else "neutral"


def evaluate_sentiment(path: str | Path, *, neutral_band: float = 0.5) -> SentimentScores:
    """Score VADER against the human ratings in ``path``."""
    items = read_ratings(path)
    compounds = [polarity(text)["compound"] for _, _, _, text in items]
    ratings = [r for _, _, r, _ in items]
    groups: dict[str, list[int]] = defaultdict(list)
    for k, (article, _, _, _) in enumerate(items):
        groups[article].append(k)
    mean_c = [float(np.mean([compounds[k] for k in ks])) for ks in groups.values()]
    mean_r = [float(np.mean([ratings[k] for k in ks])) for ks in groups.values()]
    whole = [polarity(" ".join(items[k][3] for k in ks))["compound"] for ks in groups.values()]
    f1s = []
    for cls in ("positive", "neutral", "negative"):
        predicted = {k for k, c in enumerate(compounds) if label(c) == cls}
        gold = {k for k, r in enumerate(ratings) if _class(r, neutral_band) == cls}
        f1s.append(prf(predicted, gold).f1)
    return SentimentScores(len(items), len(groups), _pearson(compounds, ratings),
                           _pearson(mean_c, mean_r), _pearson(whole, mean_r),
                           float(np.mean(f1s)))
