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

import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from analysis.spine.tagging import tag

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


#: One token and the white space before it, in three groups: (space, word, punctuation) —
#: exactly one of the last two is not empty. ``findall`` gives every token of a text without a
#: match object per token; the space before each gives the offsets.
_PIECES_RE = re.compile(r"(\s*)(?:(" + WORD_RE.pattern + "\n)|(\\S))",
                        re.VERBOSE | re.IGNORECASE)
_new_token = tuple.__new__
_lower = str.lower


class Tokens(Sequence[Token]):
    """The tokens of a text as columns: ``texts``, ``lows`` (lower-cased), ``starts``,
    ``ends``; ``n_words`` of them are words. Indexing gives a :class:`Token`.

    A sentence's tokens are read at a few places only (where a cue or a hedge may start), but
    there are hundreds of thousands of them in a corpus: the columns are made by C loops
    (``findall``, ``map``, ``accumulate``), the offsets when first asked for, and a
    :class:`Token` only for the index asked for. Equal to a list of the same tokens.

    The columns are tuples, not lists: the cycle collector stops tracking a tuple of strings
    or numbers once it has seen it, and walks a list item by item at every full collection —
    a loop that keeps its analyses keeps every sentence's tokens (as lists, they cost
    ``analyze`` over articles one by one an eighth of its time). Compare a slice with a
    tuple: ``tuple(toks.lows[i : i + 2]) == ("how", "to")``."""

    __slots__ = ("_ends", "_is_word", "_offset", "_pieces", "_starts", "_tags", "_words",
                 "lows", "n_words", "texts")

    def __init__(self, text: str, offset: int = 0):
        pieces = _PIECES_RE.findall(text)
        self._pieces = tuple(pieces)
        self._offset = offset
        self._starts = self._ends = None
        if pieces:
            _, words, punct = zip(*pieces, strict=True)
            self.texts = tuple(map(operator.add, words, punct))  # one of the two is ""
            self._words = words
            self.n_words = len(words) - words.count("")
        else:
            self.texts, self._words, self.n_words = (), (), 0
        self._is_word = None
        self._tags = None
        self.lows = tuple(map(_lower, self.texts))

    @property
    def starts(self) -> tuple[int, ...]:
        if self._starts is None:
            self._offsets()
        return self._starts

    @property
    def ends(self) -> tuple[int, ...]:
        if self._ends is None:
            self._offsets()
        return self._ends

    @property
    def is_word(self) -> tuple[bool, ...]:
        if self._is_word is None:
            self._is_word = tuple(map(bool, self._words))
        return self._is_word

    @property
    def tags(self) -> tuple[str, ...]:
        """The Penn Treebank part-of-speech tag of each token (:mod:`analysis.spine.tagging`),
        computed the first time they are asked for."""
        if self._tags is None:
            self._tags = tuple(tag(self.texts))
        return self._tags

    def _offsets(self) -> None:
        # the running length of (space, word, punctuation) pieces: a token starts after its
        # space and ends after its word and punctuation
        at = list(itertools.accumulate(map(len, itertools.chain.from_iterable(self._pieces)),
                                       initial=self._offset))
        self._starts, self._ends = tuple(at[1::3]), tuple(at[3::3])

    def word_lows(self) -> Iterator[str]:
        """The lower-cased words, in order (punctuation left out)."""
        return itertools.compress(self.lows, self._words)

    def where(self, lows: AbstractSet[str]) -> list[int]:
        """The indexes of the tokens whose lower-cased text is in ``lows``, in order."""
        if lows.isdisjoint(self.lows):
            return []
        return list(itertools.compress(range(len(self.lows)), map(lows.__contains__, self.lows)))

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(map(_new_token, itertools.repeat(Token), zip(
                self.starts[i], self.ends[i], self.texts[i], self.lows[i], self.is_word[i],
                strict=True)))
        return _new_token(Token, (self.starts[i], self.ends[i], self.texts[i], self.lows[i],
                                  self.is_word[i]))

    def __iter__(self) -> Iterator[Token]:
        return map(_new_token, itertools.repeat(Token),
                   zip(self.starts, self.ends, self.texts, self.lows, self.is_word, strict=True))

    def __eq__(self, other) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


def tokens(text: str, offset: int = 0) -> Tokens:
    """Every token of ``text`` — words as :data:`WORD_RE` finds them, and every other
    non-space character on its own — with offsets shifted by ``offset``.

    ``is_word`` agrees with :data:`WORD_RE` exactly: the words of ``tokens(t)`` are the
    matches of ``WORD_RE`` in ``t``.
    """
    return Tokens(text, offset)


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
