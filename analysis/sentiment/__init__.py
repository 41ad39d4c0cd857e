"""The sentiment layer: where does the text turn emotive, and why does the score say so?"""

from analysis.sentiment.explain import explain_sentiment, lexicon_valence, word_contributions
from analysis.sentiment.scores import SENTIMENT_COLUMNS, aggregate, saturation, score_sentiment

__all__ = ["SENTIMENT_COLUMNS", "aggregate", "explain_sentiment", "lexicon_valence",
           "saturation", "score_sentiment", "word_contributions"]
