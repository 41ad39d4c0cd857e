"""The visible text of HTML and Markdown: one paragraph per block, markup and furniture gone."""

from __future__ import annotations

import pytest

from analysis.spine.markup import html_to_text, markdown_to_text


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
