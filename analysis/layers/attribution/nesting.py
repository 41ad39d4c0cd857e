"""Nested attributions: a cue inside a quotation, or inside an earlier attribution's content.

The convention of the attribution corpora: a cue inside a direct quotation (*"I think it is
important," she said* is one attribution, cue *said*) or inside the content of another
attribution of its sentence (*police said they believe …*, *a poll found that 74% said …*, and
a cue with no source of its own: *I want everyone to understand that …*) is nested, and its
parent is the attribution whose quotation or content holds it. A cue inside a statement read
whole after *said:* is nested in it too (``turns.nest_in_statements``).

Linear time: each cue is looked up, never compared with every earlier cue of its sentence.
The quotations that can hold a cue are bisected by where they start; what ends a reported
clause (:data:`NEW_CLAUSE`) is read from the text once (the clause marks, one ``finditer``)
and at the start of the later cue's clause (its source, or the cue where it has none: the words
just before it), so the earlier cues it allows are a range of
the sentence's cues, found by bisection; a cue whose content ends before a later cue is
dropped from the sentence's candidates for good (the cues of a sentence come in order).
"""

from __future__ import annotations

import bisect
import itertools
import re

from analysis.spine.quotes import QuoteIndex

#: What ends a reported clause before a later cue: a semicolon, a dash, or a coordinated or
#: participial cue of the same source (``and reiterated``, ``, adding``). Searched in the text
#: between an earlier cue and a later cue's source; :class:`_ClauseBreaks` answers the same
#: question without the search.
NEW_CLAUSE = re.compile(r"[;—]|\b(?:and|but)\s*$|,\s*$")
_CLAUSE_MARKS = re.compile(r"[;—]")


def mark_nested(rows: list[dict], index: QuoteIndex, text: str) -> None:
    """Set ``nested`` and ``parent`` of every row (the attributions of an article, sentence
    by sentence, each sentence's cues in order)."""
    for row in rows:
        row["nested"] = index.contains(row["cue_start"], row["cue_end"])
        row["parent"] = None
    # the quotations that can hold a nested cue, by where their content starts: a cue's
    # parent is the innermost one that holds it (the latest start; the first row on a tie)
    holders = sorted((row["content_start"], j) for j, row in enumerate(rows)
                     if row["is_quote"] and not row["nested"]
                     and row["content_start"] is not None)
    starts = [start for start, _ in holders]
    reach = list(itertools.accumulate((rows[j]["content_end"] for _, j in holders), max))
    breaks = _ClauseBreaks(text)
    open_, sentence = _OpenContents(rows), None
    for k, row in enumerate(rows):
        if row["sentence_id"] != sentence:
            sentence = row["sentence_id"]
            open_ = _OpenContents(rows)
        open_.see(row)
        if row["nested"]:
            row["parent"] = _innermost(rows, row, holders, starts, reach)
            continue
        if row["cue_kind"] == "verb" or (row["cue_kind"] == "noun"
                                         and row["source_start"] is not None):
            parent = open_.first_holding(row, *breaks.limit(_clause_start(row)))
            if parent is not None:
                row["nested"], row["parent"] = True, parent
        if not row["nested"]:  # "according to X", "reportedly": a source of their own
            open_.add(k)


def _innermost(rows: list[dict], row: dict, holders: list[tuple[int, int]], starts: list[int],
               reach: list[int]) -> int | None:
    """The row of the quotation that holds ``row``'s cue, looked for from the nearest start
    back (a bisection, so a long article's quotations are not all tried for every cue), and
    only as far back as a content reaches the cue (``reach``: the furthest end of the
    contents up to each holder)."""
    k = bisect.bisect_right(starts, row["cue_start"])
    best = None
    while k > 0 and reach[k - 1] >= row["cue_end"]:
        k -= 1
        start, j = holders[k]
        if best is not None and start < rows[best]["content_start"]:
            break
        other = rows[j]
        if other is not row and not other["nested"] and holds(other, row):
            best = j if best is None else min(best, j)
    return best


def _clause_start(row: dict) -> int:
    """Where a cue's own clause starts: at its source, or at the cue where it has none (*I
    want everyone to understand that …*: *understand* is inside what *want* holds)."""
    return row["cue_start"] if row["source_start"] is None else row["source_start"]


def holds(outer: dict, inner: dict) -> bool:
    """Whether ``inner``'s cue lies inside ``outer``'s content."""
    return outer["content_start"] is not None and \
        outer["content_start"] <= inner["cue_start"] and inner["cue_end"] <= outer["content_end"]


class _ClauseBreaks:
    """Where :data:`NEW_CLAUSE` finds a new clause in ``text[c:s]``, for any ``c``, answered
    for a source at ``s`` in logarithmic time: the clause marks are found once, and the words
    before ``s`` are read once per source (the white space before each source is its own)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = [m.start() for m in _CLAUSE_MARKS.finditer(text)]
        self.limits: dict[int, tuple[int, int]] = {}

    def limit(self, s: int) -> tuple[int, int]:
        """``(at_most, exactly)``: ``NEW_CLAUSE.search(text[c:s])`` finds a match if and only
        if ``c <= at_most`` or ``c == exactly`` (``-1`` where nothing qualifies)."""
        if s not in self.limits:
            self.limits[s] = self._limit(s)
        return self.limits[s]

    def _limit(self, s: int) -> tuple[int, int]:
        text = self.text
        k = bisect.bisect_left(self.marks, s)
        at_most = self.marks[k - 1] if k else -1  # a ";" or "—" anywhere in text[c:s]
        exactly = -1
        p = s - 1  # the last character before s that is not white space
        while p >= 0 and text[p].isspace():
            p -= 1
        if p < 0:
            return at_most, exactly
        if text[p] == ",":  # ",\s*$"
            at_most = max(at_most, p)
        elif p >= 2 and text[p - 2 : p + 1] in ("and", "but"):  # "\b(?:and|but)\s*$"
            if p >= 3 and _is_word_char(text[p - 3]):
                exactly = p - 2  # "band": a word boundary only where text[c:s] starts
            else:
                at_most = max(at_most, p - 2)
        return at_most, exactly


def _is_word_char(ch: str) -> bool:
    """``\\w`` of a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


class _OpenContents:
    """The attributions of one sentence that may still hold a later cue of it: not nested,
    by a verb, with a content. Kept in the order of their cues (the order of the rows), with
    the end of each cue, so the ones a clause break allows are a bisection away."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows
        self.cue_ends: list[int] = []
        self.ids: list[int] = []
        self.next: list[int] = []  # the next candidate not dropped, at or after each (a forest)
        self.ordered = True
        self.last_cue_end = -1

    def see(self, row: dict) -> None:
        """Take note of the sentence's next row (a cue before the one before it would make
        the bisection wrong: never seen, as a sentence's cues come in order, but then every
        candidate is tried)."""
        if row["cue_end"] < self.last_cue_end:
            self.ordered = False
        self.last_cue_end = row["cue_end"]

    def add(self, j: int) -> None:
        row = self.rows[j]
        if row["cue_kind"] != "verb" or row["content_start"] is None:
            return
        self.cue_ends.append(row["cue_end"])
        self.ids.append(j)
        self.next.append(len(self.next))

    def _alive(self, i: int) -> int:
        """The first candidate at or after ``i`` that was not dropped (``len`` if none)."""
        nxt = self.next
        root = i
        while root < len(nxt) and nxt[root] != root:
            root = nxt[root]
        while i < len(nxt) and nxt[i] != i:  # path compression
            nxt[i], i = root, nxt[i]
        return root

    def first_holding(self, row: dict, at_most: int, exactly: int) -> int | None:
        """The first earlier attribution of the sentence whose content holds ``row``'s cue and
        starts no later than its clause (:func:`_clause_start`), with no new clause between its
        cue and there; ``at_most`` and ``exactly`` are :meth:`_ClauseBreaks.limit` of where
        that clause starts."""
        if not self.ordered:
            return next((j for j in self.ids if at_most < (other := self.rows[j])["cue_end"]
                         and holds(other, row) and other["cue_end"] <= row["cue_start"]
                         and other["cue_end"] != exactly
                         and other["content_start"] <= _clause_start(row)), None)
        i = self._alive(bisect.bisect_right(self.cue_ends, at_most))
        while i < len(self.ids):
            other = self.rows[self.ids[i]]
            if row["cue_end"] > other["content_end"]:
                self.next[i] = i + 1  # ends before this cue, so before every later one
            elif other["cue_end"] <= row["cue_start"] and other["cue_end"] != exactly \
                    and other["content_start"] <= row["cue_start"] \
                    and other["content_start"] <= _clause_start(row):
                return self.ids[i]
            i = self._alive(i + 1)
        return None
