"""The whole pipeline on arbitrary and hostile Unicode: no exception, every span exact (a text
with a lone surrogate, which no output can hold, is refused with one InputError)."""

from __future__ import annotations

import html
import re
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis import Article, InputError, analyze
from analysis.errors import SURROGATE
from analysis.spine.language import LanguageWarning
from analysis.views.highlight import highlight

ODD = ["\x00", "\x07", "\x1b", "\x7f", "\ud800", "\udfff", "\u202e", "\u200f", "\u0301",
       "\u0645\u0631\u062d\u0628\u0627", "\U0001F600", "\U0001F1FA\U0001F1E6", "\r\n", "\r",
       "\n", "\n\n", "\u2028", "\u2029", "\x85", "\x0c", "\t", "\u00a0", "...", "?!", '"',
       "\u201c", "\u201d", "\u2019", "<script>", "</style>", "&amp;", "said", "according to",
       "reportedly", "may", "May", "Mr.", "U.S.", " ", "A", "z"]
texts = st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=4)), max_size=50).map("".join)


def check(text: str, *, has_title: bool) -> None:
    if not text.strip():
        return
    if SURROGATE.search(text):  # half a UTF-16 pair, which no output can hold: refused
        with pytest.raises(InputError, match="holds a lone surrogate"):
            Article.from_text(text, has_title=has_title)
        return
    article = Article.from_text(text, has_title=has_title)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)  # arbitrary Unicode is no English
        result = analyze(article)
    t = article.text
    covered = bytearray(len(t))
    for row in result.sentences.itertuples():
        assert t[row.start_char : row.end_char] == row.text
        covered[row.start_char : row.end_char] = b"\x01" * (row.end_char - row.start_char)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(t))
    for row in result.attributions.itertuples():
        assert t[row.cue_start : row.cue_end] == row.cue
        if pd.notna(row.source_start):
            assert t[row.source_start : row.source_end] == row.source
        if pd.notna(row.content_start):
            assert 0 <= row.content_start < row.content_end <= len(t)
    for row in result.hedges.itertuples():
        assert t[row.start_char : row.end_char] == row.term
    assert len(result.sentiment) == len(result.sentences)
    assert result.paragraphs.n_sentences.sum() == len(result.sentences)
    fragment = highlight(result).html
    assert "<script>" not in fragment and "</style>" not in fragment
    visible = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    for sentence in result.document.sentences:
        assert sentence.text in visible


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
@example("\ud800 said \x00 \u202eevil\u202c. <script>alert(1)</script>", False)
@example("said \x00 \u202eevil\u202c. <script>alert(1)</script>", False)
@example("...!!!???", True)
@example("\r\n\r\n\r\rA.\u2028B said: \u201cC.\u201d", True)
def test_analyze_on_arbitrary_text(text, has_title):
    check(text, has_title=has_title)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1))
def test_analyze_on_any_unicode(text):
    check(text, has_title=False)


def test_twenty_thousand_tiny_paragraphs():
    """(The 100,000-paragraph case runs in the benchmark's scaling check.)"""
    text = "\n\n".join(f"Item {k} said no." for k in range(20_000))
    result = analyze(Article.from_text(text, has_title=False))
    assert len(result.sentences) == 20_000 and len(result.paragraphs) == 20_000


def test_one_long_paragraph():
    """A 200 KB paragraph through every layer (5 MB: the benchmark's scaling check)."""
    unit = "The committee, officials said, met again on Tuesday and greatly disagreed. "
    text = "Title\n\n" + unit * (200_000 // len(unit))
    result = analyze(Article.from_text(text))
    assert len(result.sentences) == 1 + 200_000 // len(unit)
    assert result.sentences.end_char.iloc[-1] == len(text.rstrip())
