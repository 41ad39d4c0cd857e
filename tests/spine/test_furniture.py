"""Bylines, datelines and credit lines are page furniture, not what the article says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import Article, analyze, unattributed_runs
from analysis.spine.furniture import (
    BODY,
    BYLINE,
    CAPTION,
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
    ("Caption: Rescuers search the rubble of the dam on Monday, a day after it broke.", CAPTION),
    ("Pictured: the minister at the port", CAPTION),
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


# --- in HTML, the markup says so ------------------------------------------------------------

def _news_page(paragraphs, *, header, footer="", wrapper=("", "")):
    """A news page shaped as newsrooms publish them: a header with the headline and its
    byline, the story's paragraphs, a figure with its credit, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{paragraphs[0][:20]} | The Bugle</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><article>{header}{wrapper[0]}{body}"
            "<figure><img src='a.jpg' alt=''><figcaption>Hamza bin Laden in 2011. "
            "<span class='c-credit'>Photo: CIA</span></figcaption></figure>"
            f"{wrapper[1]}{footer}</article></main><footer>© The Bugle</footer></body></html>")


def _wikinews_paragraphs():
    """Wikinews contributors (CC BY 2.5), "US President Trump says Osama bin Laden's son
    killed" (tests/fixtures/wikinews_framing, fr01): its headline and body paragraphs."""
    path = next(WIKINEWS.glob("fr01-*.txt"))
    article = Article.from_text(path.read_text(encoding="utf-8"))
    return article.title, [p.text for p in article.paragraphs[2:]]  # without its dateline


@pytest.mark.parametrize("header, kinds", [
    ('<header><h1>{title}</h1><p class="byline">By Sam Reyes and Jo Park, Staff Writers</p>'
     '<p class="dateline">Washington, Sept. 14</p></header>', [BYLINE, DATELINE]),
    ('<h1>{title}</h1><div class="article-byline"><span class="c-byline__author">Sam Reyes'
     '</span> <time>September 14, 2019 at 6:42 p.m.</time></div>', [BYLINE]),
    ('<h1>{title}</h1><address>Sam Reyes, national security reporter, '
     '<a href="mailto:sam@example.org">sam@example.org</a></address>', [BYLINE]),
    ('<h1>{title}</h1><p><span class="author">Sam Reyes</span> | Washington bureau</p>',
     [BYLINE]),
])
def test_html_bylines_are_furniture_never_an_assertion(tmp_path, header, kinds):
    """They became paragraph 1 and counted as an unattributed assertion (issue 17)."""
    from analysis import read_article

    title, paragraphs = _wikinews_paragraphs()
    page = tmp_path / "story.html"
    page.write_text(_news_page(paragraphs, header=header.format(title=title)), encoding="utf-8")
    result = analyze(read_article(page))
    article = result.article
    assert article.title == title
    got = [p.kind for p in article.paragraphs]
    n = len(kinds)
    assert got[1:1 + n] == kinds
    # the story's paragraphs are text; the figure's caption, holding its credit, is furniture
    assert got[1 + n:] == [BODY] * len(paragraphs) + [CAPTION]
    assert article.paragraphs[1 + n].text == paragraphs[0]
    marked = result.sentences[result.sentences.paragraph_kind.isin(kinds)]
    assert len(marked) and not marked.unattributed_assertion.any()


def test_an_html_credit_line_is_furniture_wherever_it_stands():
    from analysis.spine.markup import html_text_and_furniture

    text, marked = html_text_and_furniture(
        "<h1>Dam breaks</h1><p>Water rose.</p><p>Residents fled.</p><p>The mayor spoke.</p>"
        "<p>Roads closed.</p><p class='credit'>Photo: Jane Doe/Reuters</p><p>Rain fell.</p>"
        "<p>Schools shut.</p><p>Power failed.</p><p>It went on.</p>")
    article = Article.from_text(text, marked=marked)
    assert [p.kind for p in article.paragraphs if p.kind != BODY] == ["title", CREDIT]


def test_a_byline_class_on_a_wrapper_does_not_hide_the_article(tmp_path):
    """A class naming an author around the whole story (some themes' 'author-content') marks
    no paragraph longer than a byline can be; a short marked block stays furniture."""
    from analysis import read_article

    title, paragraphs = _wikinews_paragraphs()
    page = tmp_path / "story.html"
    page.write_text(_news_page(paragraphs, header=f"<h1>{title}</h1>",
                               wrapper=('<div class="author-content">', "</div>")),
                    encoding="utf-8")
    article = read_article(page)
    long = [p for p in article.paragraphs[1:] if len(p.text.split()) > 60]
    assert long and all(p.kind == BODY for p in long)


def test_a_marked_element_inside_a_long_paragraph_leaves_it_text():
    from analysis.spine.markup import html_text_and_furniture

    _, marked = html_text_and_furniture(
        "<h1>T</h1><p>The report, written by <a rel='author' href='/jo'>Jo Park</a> for the "
        "council, found that the dam had not been inspected for eleven years, officials said.</p>")
    assert marked == {}


def test_a_caption_is_furniture_wherever_it_stands_in_text_markdown_and_html(tmp_path):
    """A picture's caption describes the picture, not what the article asserts: in plain text
    (*Caption:*, *Pictured:*), as a Markdown image on a line of its own (its alt text), and as
    an HTML ``<figcaption>``; never an unattributed assertion."""
    from analysis import read_article

    title, paragraphs = _wikinews_paragraphs()
    middle = len(paragraphs) // 2
    md = tmp_path / "story.md"
    md.write_text(f"# {title}\n\n" + "\n\n".join(paragraphs[:middle])
                  + "\n\n![Hamza bin Laden in a video released in 2011](hamza.jpg)\n\n"
                  + "\n\n".join(paragraphs[middle:]), encoding="utf-8")
    text = tmp_path / "story.txt"
    text.write_text(f"{title}\n\n" + "\n\n".join(paragraphs[:middle])
                    + "\n\nPictured: Hamza bin Laden in a video released in 2011\n\n"
                    + "\n\n".join(paragraphs[middle:]), encoding="utf-8")
    for path in (md, text):
        result = analyze(read_article(path))
        kinds = [p.kind for p in result.article.paragraphs]
        assert kinds == ["title", *[BODY] * middle, CAPTION, *[BODY] * (len(paragraphs) - middle)]
        caption = result.article.paragraphs[1 + middle]
        assert "Hamza bin Laden in a video released in 2011" in caption.text
        assert "hamza.jpg" not in result.article.text and "![" not in result.article.text
        captioned = result.sentences[result.sentences.paragraph_kind == CAPTION]
        assert len(captioned) and not captioned.unattributed_assertion.any()


def test_markdown_captions_keep_every_offset_exact():
    from analysis.spine.markup import markdown_text_and_furniture

    text, marked = markdown_text_and_furniture(
        "Intro **bold** and [a link](http://x).\n\n![A flooded street](f.png)\n\n"
        "Then `code` and more.\n\n![](decoration.png)\n\nEnd.")
    assert text == ("Intro bold and a link.\n\nA flooded street\n\nThen code and more."
                    "\n\n\n\nEnd.")
    assert marked == {text.index("A flooded"): CAPTION}  # an image with no alt text is dropped
