from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import SENTIMENT_COLUMNS, Article, analyze, paragraph_profile, score_sentiment
from analysis.layers.sentiment import aggregate
from analysis.layers.sentiment.scores import analyzer

REFERENCE = SentimentIntensityAnalyzer()


def test_scores_equal_the_reference_on_the_normalized_sentence(seed_doc):
    frame = score_sentiment(seed_doc)
    assert list(frame.columns) == SENTIMENT_COLUMNS
    for sentence, row in zip(seed_doc.sentences, frame.itertuples(), strict=True):
        expected = REFERENCE.polarity_scores(seed_doc.normalized[sentence.start_char :
                                                                 sentence.end_char])
        assert (row.compound, row.pos, row.neu, row.neg) == (
            expected["compound"], expected["pos"], expected["neu"], expected["neg"])


def test_curly_apostrophes_do_not_hide_negation():
    """VADER reads didn't as a negation and didn’t as an unknown word."""
    curly = score_sentiment(Article.from_text("He didn\u2019t like it.", has_title=False))
    straight = REFERENCE.polarity_scores("He didn't like it.")["compound"]
    assert curly.compound.iloc[0] == straight < 0
    assert REFERENCE.polarity_scores("He didn\u2019t like it.")["compound"] > 0


def test_one_analyzer():
    assert analyzer() is analyzer()


def test_aggregate():
    import pandas as pd

    agg = aggregate(pd.Series([0.5, -0.5, 0.0, -0.9]))
    assert agg == {"sentiment_mean": pytest.approx(-0.225), "share_positive": 0.25,
                   "share_negative": 0.5, "share_neutral": 0.25, "sentiment_min": -0.9,
                   "sentiment_max": 0.5}


def test_paragraphs_aggregate_sentences_never_the_whole_text():
    article = Article.from_text(
        "T\n\nThe rescue was a wonderful success. The storm killed nine people.")
    profile = paragraph_profile(analyze(article)).set_index("paragraph_id")
    sentences = score_sentiment(article)
    assert profile.loc[1, "sentiment_mean"] == pytest.approx(sentences.compound[1:].mean())
    assert profile.loc[1, ["share_positive", "share_negative"]].tolist() == [0.5, 0.5]


def test_the_seed_is_mostly_negative(seed):
    result = analyze(seed)
    body = result.sentences[~result.sentences.is_title]
    assert (body.compound <= -0.05).sum() == 16 and len(body) == 24
    most_negative = body.loc[body.compound.idxmin()]
    assert most_negative.paragraph_id == 6  # "demoralized by the uncertainty and fear …"
