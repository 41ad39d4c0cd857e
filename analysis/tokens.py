"""Word tokens with character offsets, by one compiled regex.

The rules follow NLTK's Treebank-style ``NLTKWordTokenizer`` for what counts as a word token
(contractions split into ``did`` + ``n't``, clitics ``'s 're 've 'll 'd 'm`` split off,
numbers with separators and dotted initialisms kept whole, hyphenated words kept whole), but
run as a single ``finditer`` over the text: several times faster than NLTK's chain of regex
substitutions, and every token comes with its offsets. ``tests/test_tokens.py`` compares the
two on real sentences.

Punctuation is not a word token. Run on the *normalized* copy (``analysis.normalize``) so
that curly apostrophes split like straight ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# A word character: Python's \w plus the combining marks it leaves out (Devanagari vowel
# signs, Arabic and Hebrew points, combining accents), which would otherwise cut words apart.
_W = (
    r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    r"\ufe20-\ufe2f]"
)

WORD_RE = re.compile(
    r"""
    # The common case first, in one step: a run of letters that nothing below would match
    # differently (not "cannot", not followed by a word character, an apostrophe or a hyphen,
    # nor — for one letter, which may start an initialism — by a period). The alternatives
    # after it give the same tokens without it; it only spares most words their backtracking.
      (?!cannot\b)[a-z][a-z]+(?![¤'\-])
    | [a-z](?![¤'.\-])
    | (?:[^\W\d_]\.){2,}(?![^\W\d_])          # initialisms with periods: U.S.  p.m.  e.g.
    | \d+(?:[.,:/]\d+)+                       # numbers with separators: 1,000  3.5  5:30
    | can(?=not\b)                            # "cannot" is "can" + "not", as in NLTK
    | (?<=can)not\b
    | \w+(?=n't\b)                            # "did" of "didn't" (then n't below)
    | n't\b
    | '(?:s|re|ve|ll|d|m)\b                   # clitics split off: John 's, they 're
    | §+(?:'(?!(?:s|re|ve|ll|d|m|t)\b)§+)+     # names with an apostrophe: O'Rourke
    | §+(?:-§+)*                              # words, numbers, hyphenated compounds
    """.replace("¤", _W[1:-1]).replace("§", _W),  # ¤: the class's contents, inside a class
    re.VERBOSE | re.IGNORECASE,
)


class Token(NamedTuple):
    """A token of a sentence: word or single punctuation character, with offsets.
    ``is_word``: :data:`WORD_RE` matched it (punctuation is the rest)."""

    start: int
    end: int
    text: str
    low: str
    is_word: bool


_TOKEN_RE = re.compile(WORD_RE.pattern + r"|\S", re.VERBOSE | re.IGNORECASE)
_new_token = tuple.__new__


class _OneCharWord(dict):
    """Whether a one-character token is a word (a character of the word class) or
    punctuation; filled as characters are met."""

    _CHAR = re.compile(_W)

    def __missing__(self, char: str) -> bool:
        self[char] = value = self._CHAR.fullmatch(char) is not None
        return value


_ONE_CHAR_WORD = _OneCharWord()


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Every token of ``text`` — words as :data:`WORD_RE` finds them, and every other
    non-space character on its own — with offsets shifted by ``offset``.

    A token of two or more characters is a word (punctuation comes one character at a time,
    and every word-class character is part of some word match), so ``is_word`` agrees with
    :data:`WORD_RE` exactly: the words of ``tokens(t)`` are the matches of ``WORD_RE`` in ``t``.
    """
    one = _ONE_CHAR_WORD
    new = _new_token
    out = []
    if text.isascii():  # lower() keeps every offset: slice one lower-cased copy
        low = text.lower()
        for m in _TOKEN_RE.finditer(text):
            s, e = m.span()
            out.append(new(Token, (s + offset, e + offset, text[s:e], low[s:e],
                                   e - s > 1 or one[text[s]])))
    else:
        for m in _TOKEN_RE.finditer(text):
            s, e = m.span()
            t = text[s:e]
            out.append(new(Token, (s + offset, e + offset, t, t.lower(), e - s > 1 or one[t])))
    return out


def word_spans(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every word token in ``text``, shifted by ``offset``."""
    for m in WORD_RE.finditer(text):
        yield m.start() + offset, m.end() + offset


def words(text: str) -> list[str]:
    """The word tokens of ``text``."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """How many word tokens ``text`` has."""
    return sum(1 for _ in WORD_RE.finditer(text))
