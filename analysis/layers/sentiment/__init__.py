"""The sentiment layer: where does the text turn emotive, and why does the score say so?"""

from analysis.layers.sentiment.explain import (
    explain_sentiment,
    lexicon_valence,
    word_contributions,
)
from analysis.layers.sentiment.scores import (
    SENTIMENT,
    SENTIMENT_COLUMNS,
    aggregate,
    saturation,
    score_sentiment,
    sentiment_columns,
)

__all__ = ["SENTIMENT", "SENTIMENT_COLUMNS", "aggregate", "explain_sentiment",
           "lexicon_valence", "saturation", "score_sentiment", "sentiment_columns",
           "word_contributions"]
