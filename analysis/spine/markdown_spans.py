"""Markdown's spans — comments, images, links, emphasis, code, headings — removed in linear time.

Each function here returns exactly what ``re.sub`` with the regular expression in its
docstring returns, without ever letting a match attempt run on to the end of a line or of the
text: tried at every ``[`` of a line of ``[``, ``\\[([^\\]]+)\\]\\([^)]*\\)`` scans the rest of
the line each time, so a crafted line of 50 KB took minutes. Here the closing marks are either
found once (their positions sorted, then bisected for each opening mark) or searched for from
a point that only moves forward, so each function reads its text a bounded number of times
(plus a bisection per opening mark). ``tests/spine/test_markdown_spans.py`` holds each one
equal to its regular expression on random texts.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

_BLANK = " \t"


def drop_comments(md: str) -> str:
    """``re.sub(r"<!--.*?-->", "", md, flags=re.S)``."""
    out, at = [], 0
    while (p := md.find("<!--", at)) >= 0:
        q = md.find("-->", p + 4)
        if q < 0:
            break  # no comment closes after this one opens: none after it does either
        out.append(md[at:p])
        at = q + 3
    out.append(md[at:])
    return "".join(out)


def headings(md: str) -> str:
    """``re.sub(r"^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$", r"\\1", md, flags=re.M)``."""
    out, at, line, n = [], 0, 0, len(md)
    while line <= n:
        eol = md.find("\n", line)
        eol = n if eol < 0 else eol
        i = _skip_blank(md, line, 3)
        h = _run(md, i, "#")
        if 1 <= h <= 6 and i + h < eol and md[i + h] in _BLANK:
            content = _skip_blank_to(md, i + h, eol)
            end = eol
            while end > content and md[end - 1] in " \t#":
                end -= 1  # the closing hashes and blanks, never past the content's start
            out += [md[at:line], md[content:end]]
            at = eol
        line = eol + 1
    out.append(md[at:])
    return "".join(out)


def drop_image_markup(md: str) -> str:
    """``re.sub(r"!\\[([^\\]]*)\\]\\([^)]*\\)", r"\\1", md)``: an image's alt text."""
    return _bracketed(md, "![", empty_ok=True)


def drop_link_markup(md: str) -> str:
    """``re.sub(r"\\[([^\\]]+)\\]\\([^)]*\\)", r"\\1", md)``: a link's text."""
    return _bracketed(md, "[", empty_ok=False)


def image_lines(md: str, repl: Callable[[str], str]) -> str:
    """``re.sub(r"^[ \\t]{0,3}!\\[([^\\]]*)\\]\\([^)]*\\)[ \\t]*$", lambda m: repl(m.group(1)),
    md, flags=re.M)``: an image alone on its line (its brackets may span lines)."""
    close_bracket, close_paren = _Next(md, "]"), _Next(md, ")")
    out, at, line, n = [], 0, 0, len(md)
    while line <= n:
        i = _skip_blank(md, line, 3)
        if md.startswith("![", i):
            q = close_bracket(i + 2)
            if q < 0:
                break  # no "]" after this line's start: no later line has one either
            if q + 1 < n and md[q + 1] == "(":
                r = close_paren(q + 2)
                if r < 0:
                    break
                end = _skip_blank_to(md, r + 1, n)
                if end == n or md[end] == "\n":
                    out += [md[at:line], repl(md[i + 2 : q])]
                    at = end
                    line = end + 1
                    continue
        eol = md.find("\n", line)
        if eol < 0:
            break
        line = eol + 1
    out.append(md[at:])
    return "".join(out)


def drop_bold(md: str) -> str:
    """``re.sub(r"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", r"\\2", md)``."""
    closers = {mark: [e for e in _positions(md, mark) if e and not md[e - 1].isspace()]
               for mark in ("**", "__")}
    lines = _Lines(md)
    out, at, n = [], 0, len(md)
    for p in sorted(_positions(md, "**") + _positions(md, "__")):
        if p < at or p + 2 >= n or md[p + 2].isspace():
            continue
        e = _first_at(closers[md[p : p + 2]], p + 3)
        if e is not None and e < lines.end(p + 2):
            out += [md[at:p], md[p + 2 : e]]
            at = e + 2
    out.append(md[at:])
    return "".join(out)


def drop_emphasis(md: str, mark: str) -> str:
    """With ``mark`` ``*``: ``re.sub(r"(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", r"\\1",
    md)``; with ``_``, the same rule for underscores."""
    n = len(md)

    def free(k: int) -> bool:  # (?<![\w*]) before an opener, (?![\w*]) after a closer
        return k < 0 or k >= n or not (_is_word_char(md[k]) or md[k] == mark)

    marks = _positions(md, mark)
    closers = [e for e in marks if e and not md[e - 1].isspace() and free(e + 1)]
    lines = _Lines(md)
    out, at = [], 0
    for p in marks:
        if p < at or not free(p - 1) or p + 1 >= n or md[p + 1].isspace():
            continue
        e = _first_at(closers, p + 2)
        if e is not None and e < lines.end(p + 1):
            out += [md[at:p], md[p + 1 : e]]
            at = e + 1
    out.append(md[at:])
    return "".join(out)


def drop_code_spans(md: str) -> str:
    """``re.sub(r"(`+)(?!`)(.+?)(?<!`)\\1(?!`)", r"\\2", md)``: a span closes at the next run
    of exactly as many backticks, on its line. A match may start inside a run (``` ``a` ```
    is a backtick and the span ``a``), so each backtick of a run is tried."""
    runs: list[tuple[int, int]] = []  # (start, length) of every run of backticks
    k = md.find("`")
    while k >= 0:
        length = _run(md, k, "`")
        runs.append((k, length))
        k = md.find("`", k + length)
    by_length: dict[int, list[int]] = {}
    for start, length in runs:
        by_length.setdefault(length, []).append(start)
    lines = _Lines(md)
    out, at, n = [], 0, len(md)
    for start, length in runs:
        content = start + length  # after the run: never a backtick
        if content >= n or md[content] == "\n":
            continue
        for p in range(max(start, at), content):
            width = content - p
            e = _first_at(by_length[width], content + 1) if width in by_length else None
            if e is not None and e < lines.end(content):
                out += [md[at:p], md[content:e]]
                at = e + width
                break
    out.append(md[at:])
    return "".join(out)


def _bracketed(md: str, opener: str, *, empty_ok: bool) -> str:
    """``opener`` + ``[^\\]]*`` (``+`` unless ``empty_ok``) + ``](`` + ``[^)]*`` + ``)``,
    replaced by the bracketed text: the first ``]`` after the opener, then the first ``)``
    (both may be lines away, as the regexes read them)."""
    close_bracket, close_paren = _Next(md, "]"), _Next(md, ")")
    out, at, search, n = [], 0, 0, len(md)
    while (p := md.find(opener, search)) >= 0:
        first = p + len(opener)
        q = close_bracket(first)
        if q < 0:
            break  # no "]" after this opener: none after a later one either
        search = p + 1
        if (q == first and not empty_ok) or q + 1 >= n or md[q + 1] != "(":
            continue
        r = close_paren(q + 2)
        if r < 0:
            break  # no ")" after this "](": none after a later one either
        out += [md[at:p], md[first:q]]
        at = search = r + 1
    out.append(md[at:])
    return "".join(out)


class _Next:
    """The first ``char`` at or after a position that never moves back: one scan of the text
    in all, as an answer stands for every position up to it."""

    def __init__(self, md: str, char: str) -> None:
        self.md, self.char, self.found, self.since = md, char, -1, 0

    def __call__(self, at: int) -> int:
        if not self.since <= at <= self.found:
            self.since, self.found = at, self.md.find(self.char, at)
            if self.found < 0:
                self.found = len(self.md)  # none: every later search fails too
        return self.found if self.found < len(self.md) else -1


class _Lines:
    """Where the line holding a position ends, by bisection over the text's line breaks."""

    def __init__(self, md: str) -> None:
        self.breaks = _positions(md, "\n")
        self.n = len(md)

    def end(self, at: int) -> int:
        k = bisect.bisect_left(self.breaks, at)
        return self.breaks[k] if k < len(self.breaks) else self.n


def _positions(md: str, mark: str) -> list[int]:
    """Every position where ``mark`` starts (overlapping ones too: ``***`` holds ``**``
    twice)."""
    out, k = [], md.find(mark)
    while k >= 0:
        out.append(k)
        k = md.find(mark, k + 1)
    return out


def _first_at(positions: list[int], at: int) -> int | None:
    """The first of the sorted ``positions`` at or after ``at``."""
    k = bisect.bisect_left(positions, at)
    return positions[k] if k < len(positions) else None


def _skip_blank(md: str, at: int, most: int) -> int:
    """``at`` moved past at most ``most`` spaces and tabs."""
    return _skip_blank_to(md, at, at + most)


def _skip_blank_to(md: str, at: int, end: int) -> int:
    """``at`` moved past spaces and tabs, not beyond ``end``."""
    end = min(end, len(md))
    while at < end and md[at] in _BLANK:
        at += 1
    return at


def _run(md: str, at: int, char: str) -> int:
    """How many ``char`` follow one another from ``at``."""
    k = at
    while k < len(md) and md[k] == char:
        k += 1
    return k - at


def _is_word_char(ch: str) -> bool:
    """``\\w`` of a ``str`` pattern."""
    return ch.isalnum() or ch == "_"
