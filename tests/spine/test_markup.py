"""The visible text of HTML and Markdown: one paragraph per block, markup and furniture gone."""

from __future__ import annotations

import pytest

from analysis.spine.markup import html_to_text, markdown_to_text, split_front_matter


def test_html_blocks_become_paragraphs_and_the_first_h1_the_title():
    html = ("<html><head><title>Site | Story</title><style>p{}</style></head><body>"
            "<nav>Home · World</nav><h1>Dam breaks</h1><p>Water rose <b>fast</b>.</p>"
            "<script>alert(1)</script><p>Residents   fled\n at dawn.</p>"
            "<footer>© News</footer><aside>Related</aside></body></html>")
    assert html_to_text(html) == "Dam breaks\n\nWater rose fast.\n\nResidents fled at dawn."


def test_without_h1_the_title_element_is_the_title_and_entities_are_decoded():
    assert html_to_text("<title>Rates &amp; prices</title><p>Up 2&nbsp;%.</p>") == (
        "Rates & prices\n\nUp 2 %.")  # a non-breaking space is white space too


@pytest.mark.parametrize("md, expected", [
    ("# Dam breaks\n\nWater rose **fast**, said [the mayor](http://x).",
     "Dam breaks\n\nWater rose fast, said the mayor."),
    ("- first point\n- second point", "first point\nsecond point"),
    ("> A quoted line.", "A quoted line."),
    ("Text\n\n```\ncode()\n```\n\nMore _text_ and `code`.", "Text\n\n\n\nMore text and code."),
    ("![a photo of the dam](dam.jpg)\n\n---\n\n<!-- note -->End.",
     "a photo of the dam\n\n\n\nEnd."),
])
def test_markdown_markup_is_removed_and_the_text_kept(md, expected):
    assert markdown_to_text(md) == expected


# --- code blocks: left out, as CommonMark draws them ----------------------------------------

@pytest.mark.parametrize("md, expected", [
    # four spaces or a tab after a blank line: code
    ("Para one.\n\n    x = 1\n    y = 2\n\nPara two.", "Para one.\n\n\n\nPara two."),
    ("Para one.\n\n\tx = 1\n\n\ty = 2\nPara two.", "Para one.\n\n\n\nPara two."),
    # an indented line straight after a paragraph line continues it
    ("Para one\n    goes on.", "Para one\n    goes on."),
    # a list item's indented paragraph is the item's, not code
    ("- item\n\n    more of the item.\n\nEnd.", "item\n\n    more of the item.\n\nEnd."),
    # fences of backticks or tildes, with an info string; a longer closing fence closes
    ("A.\n~~~python\ncode()\n~~~\nB.", "A.\n\nB."),
    ("A.\n````\n```\nstill code\n`````\nB.", "A.\n\nB."),
    # an unclosed fence runs to the end
    ("A.\n\n```\ncode()\nmore()", "A.\n\n"),
    # three backticks inside a line are inline code, not a fence
    ("It is ```x``` here.", "It is x here."),
])
def test_code_blocks_are_left_out(md, expected):
    assert markdown_to_text(md) == expected


# --- front matter ---------------------------------------------------------------------------

def test_front_matter_is_read_as_fields():
    md = ('---\ntitle: "Dam breaks: a town waits"\ndate: 2019-01-04\ntags: [flood, dam]\n'
          "authors:\n  - Sam Reyes\n  - 'Jo Park'\n# a comment\nsummary: >\n  The dam\n  broke.\n"
          "---\n# Heading\n\nText.")
    fields, rest = split_front_matter(md)
    assert fields == {"title": "Dam breaks: a town waits", "date": "2019-01-04",
                      "tags": ["flood", "dam"], "authors": ["Sam Reyes", "Jo Park"],
                      "summary": "The dam broke."}
    assert rest == "# Heading\n\nText."


@pytest.mark.parametrize("md", [
    "---\nA rule, then a paragraph.\n---\nMore.",  # not key: value lines
    "Text first.\n---\ntitle: x\n---\n",  # not at the top
    "---\ntitle: never closed\n\nText.",
])
def test_what_is_not_front_matter_is_left_alone(md):
    assert split_front_matter(md) == ({}, md)
