"""Paragraphs: blank lines between them, or line breaks where a text has no blank line."""

from __future__ import annotations

import pytest

from analysis import split_paragraphs


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraphs(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\n\nFirst para.\n\nSecond para.", ["Title", "First para.", "Second para."]),
        # blank lines with white space on them still separate, and trailing spaces are trimmed
        ("Title  \n \t \nBody one. \n   \n\nBody two.", ["Title", "Body one.", "Body two."]),
        # hard-wrapped lines inside a paragraph stay together when blank lines exist
        ("Title\n\nA line\nwrapped here.\n\nNext.", ["Title", "A line\nwrapped here.", "Next."]),
        # no blank line anywhere: every line is a paragraph (the Wikinews CSV style varies)
        ("Title\nOne.\nTwo.", ["Title", "One.", "Two."]),
        # Windows and old-Mac line ends
        ("Title\r\n\r\nOne.\r\n\r\nTwo.", ["Title", "One.", "Two."]),
        ("Title\r\rOne.\rTwo.", ["Title", "One.\rTwo."]),
        ("  just one line  ", ["just one line"]),
        ("", []),
        (" \n\t\n ", []),
    ],
)
def test_split_paragraphs(text, expected):
    assert spans(text) == expected


def test_every_line_break_python_knows_separates_lines():
    """U+2028 (line separator) and U+0085 (next line) break lines as str.splitlines does."""
    assert spans("Title\u2028One.\u2028Two.") == ["Title", "One.", "Two."]
    assert spans("Title\x85\x85One.") == ["Title", "One."]


def test_offsets_are_linear_and_exact_on_a_long_text():
    text = "\n\n".join(f"Paragraph {k}." for k in range(20_000))
    bounds = split_paragraphs(text)
    assert len(bounds) == 20_000 and text[bounds[-1][0]:bounds[-1][1]] == "Paragraph 19999."
