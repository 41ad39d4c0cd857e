"""The sentiment layer: where does the text turn emotive, and why does the score say so?"""

from analysis.sentiment.explain import explain_sentiment
from analysis.sentiment.scores import SENTIMENT_COLUMNS, aggregate, score_sentiment

__all__ = ["SENTIMENT_COLUMNS", "aggregate", "explain_sentiment", "score_sentiment"]
