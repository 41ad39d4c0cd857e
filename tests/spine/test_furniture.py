"""Bylines, datelines and credit lines are page furniture, not what the article says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import Article, analyze, unattributed_runs
from analysis.spine.furniture import (
    BODY,
    BYLINE,
    CREDIT,
    DATELINE,
    paragraph_kind,
    paragraph_kinds,
)
from tests.conftest import ROOT

WIKINEWS = ROOT / "tests" / "fixtures" / "wikinews_framing" / "texts"


@pytest.mark.parametrize("text, kind", [
    ("Friday, January 4, 2019", DATELINE),            # Wikinews
    ("Thursday, April 11, 2019 ", DATELINE),
    ("Updated 6:42 p.m. EST", DATELINE),
    ("Published: 4 January 2019", DATELINE),
    ("By Sam Reyes, Staff Writer · Updated 6:42 p.m.", BYLINE),
    ("By Anna Smith and John Doe, Associated Press", BYLINE),
    ("By The Associated Press", BYLINE),
    ("By Reuters staff", BYLINE),
    ("Photo: Reuters/Jane Doe", CREDIT),
    ("© 2019 The Daily Bugle", CREDIT),
    # and what only looks like one
    ("By noon the crowd had gone.", BODY),
    ("By Monday, the roads were open", BODY),
    ("By March, two thirds had left", BODY),
    ("March 2019", BODY),
    ("Officials said the port closed on Friday, January 4, 2019.", BODY),
])
def test_what_a_short_paragraph_at_the_top_is(text, kind):
    assert paragraph_kind(text, at_edge=True) == kind


def test_a_byline_deep_in_the_body_is_text_and_a_long_one_too():
    assert paragraph_kind("By Sam Reyes", at_edge=False) == BODY
    long = "By Sam Reyes, " + "who has covered the war for the paper since it began " * 2
    assert paragraph_kind(long, at_edge=True) == BODY


def test_every_wikinews_dateline_is_marked_and_nothing_else_of_its_article():
    """30 real Wikinews articles (Wikinews contributors, CC BY 2.5): where the paragraph under
    the headline is the day's date, it is the dateline; no other paragraph is furniture."""
    dated = 0
    for path in sorted(WIKINEWS.glob("fr*.txt")):
        article = Article.from_text(path.read_text(encoding="utf-8"))
        kinds = [p.kind for p in article.paragraphs]
        first = article.paragraphs[1].text.split()
        is_date = len(first) == 4 and first[0].endswith("day,") and first[3].isdigit()
        assert (kinds[1] == DATELINE) == is_date, (path.name, article.paragraphs[1].text)
        assert kinds[2:].count(BODY) == len(kinds) - 2, path.name
        dated += is_date
    assert dated >= 20


def test_a_dateline_is_never_an_unattributed_assertion_nor_the_longest_stretch():
    text = ("Hong Kong leader announces withdrawal\n\nFriday, September 6, 2019\n\n"
            "Lam said the bill would be withdrawn.\n\nProtests went on.")
    result = analyze(Article.from_text(text))
    dateline = result.sentences[result.sentences.paragraph_id == 1].iloc[0]
    assert dateline.paragraph_kind == DATELINE and not dateline.unattributed_assertion
    runs = unattributed_runs(result.paragraphs)
    assert runs.iloc[0][["first", "last", "length"]].tolist() == [3, 3, 1]


def test_an_article_of_furniture_alone_is_read_as_text():
    assert paragraph_kinds(["By Sam Reyes"], has_title=False) == [BODY]


@given(st.lists(st.text(min_size=1, max_size=40).filter(str.strip), min_size=1, max_size=12))
def test_every_paragraph_gets_one_known_kind(texts):
    kinds = paragraph_kinds(texts, has_title=True)
    assert len(kinds) == len(texts) and kinds[0] == "title"
    assert set(kinds[1:]) <= {BODY, BYLINE, DATELINE, CREDIT}
