"""Splitting a text into paragraphs: blank lines between them, or single line breaks where a
text has no blank line anywhere."""

from __future__ import annotations

import re

from analysis.errors import A_TEXT, expect

# Every line break str.splitlines() knows, CRLF first so it counts as one break.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every paragraph, trimmed of surrounding white space.

    A paragraph is a run of non-blank lines; blank lines (empty or white space only) separate
    paragraphs. If the text has no blank line between two non-blank lines, every line break
    separates paragraphs instead. Linear in the length of the text.
    """
    expect(text, str, function="split_paragraphs", wanted=A_TEXT)
    lines: list[tuple[int, int]] = []  # (start, end) of each non-blank line, trimmed
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        _add_line(text, pos, m.start(), lines)
        pos = m.end()
    _add_line(text, pos, len(text), lines)
    if not lines:
        return []
    # Two consecutive non-blank lines belong to one block unless a blank line lies between
    # them, i.e. the white space between them holds more than one line break.
    blocks = []
    start, end = lines[0]
    for s, e in lines[1:]:
        if _has_blank_line(text[end:s]):
            blocks.append((start, end))
            start = s
        end = e
    blocks.append((start, end))
    return blocks if len(blocks) > 1 else lines


def _add_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        out.append((start + lead, start + lead + len(stripped)))


def _has_blank_line(gap: str) -> bool:
    breaks = _LINE_BREAK.finditer(gap)
    return next(breaks, None) is not None and next(breaks, None) is not None
