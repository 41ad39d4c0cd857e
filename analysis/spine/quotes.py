"""Direct quotations: spans between double quotation marks, across sentences and paragraphs.

Quotation marks are read on the normalized copy (curly quotes become ``"``), paragraph by
paragraph. Marks pair up in order. A paragraph that ends inside an open quotation continues it
into the next paragraph when that one opens with a quotation mark — the newsroom convention
for a quotation running over several paragraphs (no closing mark until its last paragraph).
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from analysis.spine.article import Article


class Quote(NamedTuple):
    """One stretch of quoted text inside one paragraph. ``start``/``end`` exclude the marks;
    ``quote_id`` is shared by the pieces of a quotation that runs over paragraphs."""

    quote_id: int
    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None: the quotation continues in the next paragraph


def find_quotes(article: Article, normalized: str) -> list[Quote]:
    """Every quoted stretch of ``article`` in reading order, read on ``normalized`` (the
    article's normalized text)."""
    quotes: list[Quote] = []
    next_id = 0
    carrying: int | None = None  # quote_id of a quotation left open by the last paragraph
    norm = normalized
    for para in article.paragraphs:
        text = norm[para.start_char : para.end_char]
        marks = _marks(text)
        base = para.start_char
        k = 0
        if carrying is not None:
            if marks and text[: marks[0]].strip() == "":
                k = 1  # the opening mark of a continued quotation
                quote_id = carrying
                opened = marks[0]
            else:
                quote_id = None
            carrying = None
        else:
            quote_id = None
        while True:
            if quote_id is None:
                if k >= len(marks):
                    break
                quote_id, opened = next_id, marks[k]
                next_id += 1
                k += 1
            if k < len(marks):
                close = marks[k]
                k += 1
                if close > opened + 1:
                    quotes.append(Quote(quote_id, base + opened + 1, base + close,
                                        base + opened, base + close))
                quote_id = None
                continue
            # unclosed: runs to the end of the paragraph, maybe on into the next
            if len(text) > opened + 1:
                quotes.append(Quote(quote_id, base + opened + 1, base + len(text),
                                    base + opened, None))
            carrying = quote_id
            break
    return quotes


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
        self.opens = [q.open_mark for q in quotes]
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
        return self.quotes[k] if k < len(self.quotes) and self.opens[k] <= last else None

    def closed_before(self, position: int) -> Quote | None:
        """The last stretch closed by a mark before ``position``, if any."""
        k = bisect.bisect_left(self.closes, position)
        return self.closed[k - 1] if k else None

    def contains(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted stretch."""
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.ends[k]
