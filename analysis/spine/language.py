"""Is the article in English? The lexicons are, so the layers find little in other languages.

Not a language identifier: it measures the share of an article's words that are the commonest
English words (*the, of, and, to, is* …; ``analysis/lexicons/function_words.csv``). English news
runs at about 35–50%; other languages that use the Latin alphabet at a few percent, other
scripts at zero.
"""

from __future__ import annotations

import functools
import itertools
import warnings
from collections.abc import Iterable

import analysis.lexicons as lexicons
from analysis.spine.tokens import words

#: Below this share of English function words (with at least MIN_WORDS words), warn.
THRESHOLD = 0.10
MIN_WORDS = 20
#: How many words (from the start of the text) are counted.
LIMIT = 3000


class LanguageWarning(UserWarning):
    """The article does not look English: the results will be thin."""


@functools.cache
def function_words() -> frozenset[str]:
    """The commonest English words, lower-cased (the lexicon ``function_words``)."""
    return lexicons.words("function_words")


def english_share(text: str, *, limit: int = LIMIT) -> float:
    """The share of the first ``limit`` words of ``text`` that are English function words."""
    return function_word_share((w.lower() for w in words(text[: limit * 8])), limit=limit)


def function_word_share(lower_words: Iterable[str], *, limit: int = LIMIT) -> float:
    """The share of the first ``limit`` of ``lower_words`` (lower-cased) that are English
    function words (what a prepared document's ``english_share`` is, from its tokens)."""
    first = list(itertools.islice(lower_words, limit))
    return sum(map(function_words().__contains__, first)) / len(first) if first else 0.0


def looks_english(share: float, normalized: str) -> bool:
    """Whether a text with this ``share`` of function words counts as English: it does, or it
    is too short to tell (fewer than :data:`MIN_WORDS` words in its first 4,000 characters)."""
    return share >= THRESHOLD or len(words(normalized[:4000])) < MIN_WORDS


def language_warning(where: str, share: float) -> str:
    """The one-line warning for a text that does not look English."""
    return (f"{where}: does not look like English ({share:.0%} English function words); the "
            "lexicons are English, so attributions, hedges and sentiment will be mostly missed")


def warn_if_not_english(where: str, share: float, normalized: str, *, stacklevel: int = 2
                        ) -> None:
    """Warn (:class:`LanguageWarning`) when the text does not look English."""
    if not looks_english(share, normalized):
        warnings.warn(language_warning(where, share), LanguageWarning, stacklevel=stacklevel + 1)
