"""Direct quotations: spans between double quotation marks, across sentences and paragraphs.

Quotation marks are read on the normalized copy (curly quotes become ``"``), paragraph by
paragraph, and pair up in order. A quotation left open at the end of a paragraph goes on into
the paragraphs after it in two ways a newsroom writes it:

- **reopened**: each next paragraph opens with a quotation mark and the last one closes it
  (``"First paragraph.`` / ``"Second paragraph."``), the newspaper convention;
- **not reopened**: the next paragraph — or the next one with a quotation mark, past at most
  :data:`MAX_OPEN_PARAGRAPHS` paragraphs with none — has as its first mark one that closes
  (``Smith said: "We will go.`` / ``We will win.`` / ``We have the votes."``). A mark closes
  where it stands after a word or punctuation and before white space, punctuation or the
  paragraph's end (:func:`closes`).

Anything else ends the quotation with its paragraph: an unclosed stray mark never swallows the
article, and a closing mark with no quotation open opens none. Every stretch the quotation
covers is one :class:`Quote` per paragraph, all with its ``quote_id``; a stretch that opens a
paragraph with no mark of its own has no ``open_mark``. Linear: each paragraph's marks are
found once, and the paragraph that decides whether a quotation goes on is read from a table
made in one backward pass.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from analysis.spine.article import Article

#: The most paragraphs with no quotation mark that a quotation left open runs over to reach its
#: closing mark (a statement quoted whole, marks only at its ends). Past it, the open mark is
#: taken for a stray one and its quotation ends with its paragraph.
MAX_OPEN_PARAGRAPHS = 6
#: What may stand after a closing mark, besides white space and the paragraph's end.
_AFTER_CLOSE = frozenset(".,;:!?)]}\u2014\u2013-'")


class Quote(NamedTuple):
    """One stretch of quoted text inside one paragraph. ``start``/``end`` exclude the marks;
    ``quote_id`` is shared by the pieces of a quotation that runs over paragraphs."""

    quote_id: int
    start: int
    end: int
    open_mark: int | None  # None: the quotation comes on from the paragraph before, unopened
    close_mark: int | None  # None: the quotation continues in the next paragraph


def find_quotes(article: Article, normalized: str) -> list[Quote]:
    """Every quoted stretch of ``article`` in reading order, read on ``normalized`` (the
    article's normalized text)."""
    paragraphs = article.paragraphs
    texts = [normalized[p.start_char : p.end_char] for p in paragraphs]
    marks = [_marks(text) for text in texts]
    closing_ahead = _closing_ahead(texts, marks)
    quotes: list[Quote] = []
    next_id = 0
    carrying: int | None = None  # quote_id of a quotation left open by the last paragraph
    for k, para in enumerate(paragraphs):
        text, base, here = texts[k], para.start_char, marks[k]
        quote_id: int | None = None
        opened: int | None = None
        i = 0
        if carrying is not None:
            if here and text[: here[0]].strip() == "":
                quote_id, opened, i = carrying, here[0], 1  # reopened
            elif closing_ahead[k] == k or (not here and closing_ahead[k] is not None):
                quote_id, opened = carrying, None  # goes on unopened
        carrying = None
        while True:
            if quote_id is None:
                if i >= len(here):
                    break
                if closes(text, here[i]):
                    i += 1  # a closing mark with no quotation open: stray (or inches: 5'10")
                    continue
                quote_id, opened = next_id, here[i]
                next_id += 1
                i += 1
            start = 0 if opened is None else opened + 1
            if i < len(here):
                close = here[i]
                i += 1
                if close > start:
                    quotes.append(Quote(quote_id, base + start, base + close,
                                        _at(base, opened), base + close))
                quote_id = None
                continue
            # unclosed: runs to the end of the paragraph, maybe on into the next
            if len(text) > start:
                quotes.append(Quote(quote_id, base + start, base + len(text),
                                    _at(base, opened), None))
            carrying = quote_id
            break
    return quotes


def _at(base: int, mark: int | None) -> int | None:
    return None if mark is None else base + mark


def closes(text: str, at: int) -> bool:
    """Whether the quotation mark at ``text[at]`` closes a quotation by where it stands: after
    a word or punctuation, before white space, punctuation or the end (``win," she said``,
    ``votes."``).

    >>> closes('We have the votes," Smith said.', 18), closes('"We will," he said.', 0)
    (True, False)
    """
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)


def _closing_ahead(texts: list[str], marks: list[list[int]]) -> list[int | None]:
    """For each paragraph, the paragraph (itself, or one at most :data:`MAX_OPEN_PARAGRAPHS`
    on past paragraphs with no mark) whose first quotation mark closes, if the first
    paragraph with a mark from here on is one; read backwards once."""
    ahead: list[int | None] = [None] * len(texts)
    found: int | None = None  # the first paragraph with a mark after the one read
    for k in range(len(texts) - 1, -1, -1):
        if marks[k]:
            found = k if closes(texts[k], marks[k][0]) else None
        elif found is not None and found - k > MAX_OPEN_PARAGRAPHS:
            found = None
        ahead[k] = found
    return ahead


def _marks(text: str) -> list[int]:
    """Where the quotation marks of ``text`` (normalized) are."""
    marks, k = [], text.find('"')
    while k >= 0:
        marks.append(k)
        k = text.find('"', k + 1)
    return marks


class QuoteIndex:
    """The quotations of an article, sorted, for lookups in logarithmic time (quotations never
    overlap, so their starts and ends are both in order)."""

    def __init__(self, quotes: list[Quote]) -> None:
        """Index ``quotes`` (in reading order, as :func:`find_quotes` gives them)."""
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        self.ends = [q.end for q in quotes]
        opened = [q for q in quotes if q.open_mark is not None]
        self.opened = opened  # the stretches with an opening mark of their own
        self.opens = [q.open_mark for q in opened]
        closed = [q for q in quotes if q.close_mark is not None]
        self.closed = closed
        self.closes = [q.close_mark for q in closed]
        self.pieces: dict[int, list[Quote]] = {}
        for q in quotes:
            self.pieces.setdefault(q.quote_id, []).append(q)

    def overlapping(self, start: int, end: int) -> list[Quote]:
        """The quoted stretches that overlap ``[start, end)``."""
        return self.quotes[bisect.bisect_right(self.ends, start):
                           bisect.bisect_left(self.starts, end)]

    def opening_at(self, first: int, last: int) -> Quote | None:
        """The first stretch whose opening mark lies in ``[first, last]``, if any."""
        k = bisect.bisect_left(self.opens, first)
        return self.opened[k] if k < len(self.opened) and self.opens[k] <= last else None

    def closed_before(self, position: int) -> Quote | None:
        """The last stretch closed by a mark before ``position``, if any."""
        k = bisect.bisect_left(self.closes, position)
        return self.closed[k - 1] if k else None

    def contains(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted stretch."""
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.ends[k]

    def covers_words(self, text: str, start: int, end: int) -> bool:
        """Whether every word of ``text[start:end]`` (letters and digits) lies inside a quoted
        stretch, and at least one does: a sentence all of whose words are quoted is someone
        else's words (``"It's an adrenaline rush."``, ``We will win.`` inside a quotation over
        paragraphs). Reads the sentence once, outside its quotations."""
        inside = self.overlapping(start, end)
        if not inside:
            return False
        at = start
        for q in inside:
            if _has_word(text, at, q.start):
                return False
            at = max(at, q.end)
        return not _has_word(text, at, end)


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or a digit."""
    return any(ch.isalnum() for ch in text[start:end]) if start < end else False
