"""Throughput of score_sentiment against vaderSentiment alone on the same sentences.

Both run in this process on one core; the ratio is what matters (machines differ). Reads the
Wikinews CSVs from ../shared/corpora, or the bundled articles with a message.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_sentences import load_articles
from common import RESULTS, best_of, report
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis


def main() -> None:
    articles = [analysis.prepare(analysis.Article.from_text(a.text)) for a in load_articles()]
    sentences = [s.text for a in articles for s in a.sentences]
    n = len(sentences)
    vader = SentimentIntensityAnalyzer()
    analysis.score_sentiment(articles[0])  # load the package's analyzer once, outside timing
    t_ref = best_of(3, lambda: [vader.polarity_scores(s) for s in sentences])
    t_ours = best_of(3, lambda: [analysis.score_sentiment(a) for a in articles])
    report([("sentences", n, "count"),
            ("vader_alone_sentences_per_s", round(n / t_ref), "sentences/s: vaderSentiment"),
            ("score_sentiment_sentences_per_s", round(n / t_ours),
             "sentences/s: the sentiment layer (the package's scores)"),
            ("ratio_to_vader_alone", round(t_ref / t_ours, 2), "times as fast")],
           RESULTS / "sentiment.csv")


if __name__ == "__main__":
    main()
