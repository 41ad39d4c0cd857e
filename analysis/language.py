"""Is the article in English? The lexicons are, so the layers find little in other languages.

Not a language identifier: it measures the share of an article's words that are common English
function words (*the, of, and, to, is* …). English news runs at about 35–50%; other languages
that use the Latin alphabet at a few percent, other scripts at zero.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterable

from analysis.article import Article
from analysis.tokens import words

FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it as was with be by on not he i this are or his from at "
    "which but have an they you were her she there been has had will would their its who said "
    "we can all more one about up out if".split()
)
#: Below this share of English function words (with at least MIN_WORDS words), warn.
THRESHOLD = 0.10
MIN_WORDS = 20
#: How many words (from the start of the text) are counted.
LIMIT = 3000


class LanguageWarning(UserWarning):
    """The article does not look English: the results will be thin."""


def english_share(text: str, *, limit: int = LIMIT) -> float:
    """The share of the first ``limit`` words of ``text`` that are English function words."""
    return function_word_share(w.lower() for w in words(text[: limit * 8]))


def function_word_share(lower_words: Iterable[str], *, limit: int = LIMIT) -> float:
    """The share of the first ``limit`` of ``lower_words`` (lower-cased) that are English
    function words (what :attr:`Article.english_share` computes from the article's tokens)."""
    first = list(itertools.islice(lower_words, limit))
    return sum(map(FUNCTION_WORDS.__contains__, first)) / len(first) if first else 0.0


def check_language(article: Article) -> float:
    """Warn (:class:`LanguageWarning`, one line naming the article) when the article does not
    look English; return its share of English function words."""
    share = article.english_share
    if share < THRESHOLD and len(words(article.normalized[:4000])) >= MIN_WORDS:
        where = article.source or article.title or article.article_id
        warnings.warn(
            f"{where}: does not look like English ({share:.0%} English function words); the "
            "lexicons are English, so attributions, hedges and sentiment will be mostly missed",
            LanguageWarning, stacklevel=3)
    return share
