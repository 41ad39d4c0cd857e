"""Markdown's spans removed in linear time: each function equals its regular expression (the
reference, kept here) on random texts, and reads a crafted text a bounded number of times."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.spine import markdown_spans as spans

#: The regular expressions the functions replace, as ``markup.py`` ran them until they were
#: found quadratic: the reference each function must equal.
REFERENCE = {
    "drop_comments": (re.compile(r"<!--.*?-->", re.S), ""),
    "headings": (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),
    "drop_image_markup": (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    "drop_link_markup": (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    "drop_bold": (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    "drop_code_spans": (re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)"), r"\2"),
}
ITALICS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
UNDERSCORES = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
IMAGE_LINE = re.compile(r"^[ \t]{0,3}!\[([^\]]*)\]\([^)]*\)[ \t]*$", re.M)

#: Texts made of the characters the rules turn on, so that random ones hit every branch.
MARKDOWN = st.text(alphabet=st.sampled_from(list("*_`[]()!<>-#\t\n a\u00a0é")), max_size=40)


def _caption(alt: str) -> str:
    return "\x00" + alt if alt.strip() else ""


@settings(max_examples=400, deadline=None)
@given(MARKDOWN)
@example("``a`")
@example("***a***")
@example("![a](b) [c](d) [](e) ![](f)")
@example("<!-- a --> b <!-- c")
@example("  # a ## \n#b\n####### c\n # d #")
def test_each_span_rule_equals_its_regular_expression(md):
    for name, (pattern, repl) in REFERENCE.items():
        assert getattr(spans, name)(md) == pattern.sub(repl, md), name
    assert spans.drop_emphasis(md, "*") == ITALICS.sub(r"\1", md)
    assert spans.drop_emphasis(md, "_") == UNDERSCORES.sub(r"\1", md)
    assert spans.image_lines(md, _caption) == IMAGE_LINE.sub(
        lambda m: _caption(m.group(1)), md)


class _CountingText(str):
    """A text that counts the searches made in it (``find`` is how the functions scan)."""

    finds = 0

    def find(self, *args):
        type(self).finds += 1
        return super().find(*args)


@pytest.mark.parametrize("unit, rule", [
    ("[", spans.drop_link_markup), ("![", spans.drop_image_markup),
    ("<!--", spans.drop_comments), ("![\n", lambda md: spans.image_lines(md, _caption)),
])
def test_a_run_of_openers_that_never_close_is_read_once(unit, rule):
    """``[[[[…``: the regexes scanned the rest of the text from every opener (quadratic);
    the functions stop at the first opener that nothing closes, and never search a stretch
    of the text twice, so their searches grow with the text, not with its square."""
    counts = []
    for k in (100, 400):
        _CountingText.finds = 0
        md = _CountingText(unit * k)
        assert rule(md) == unit * k
        counts.append(_CountingText.finds)
    assert counts[1] <= 4 * counts[0] + 4, counts


def test_openers_before_one_late_closing_mark_share_one_search_for_it():
    """``[a [a [a … ](x)``: the link is the first bracket to the ``]``, found once."""
    _CountingText.finds = 0
    md = _CountingText("[a " * 300 + "](x)")
    assert spans.drop_link_markup(md) == "a " + "[a " * 299
    assert _CountingText.finds <= 2 * 300 + 10
