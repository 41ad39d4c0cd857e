"""The report in a real browser: it renders, and no script from the article runs."""

from __future__ import annotations

import pytest

from analysis.views.charts.style import MIN_FONT_PT
from analysis.views.report import write_report
from tests.browser import dump_dom, measure
from tests.conftest import SEED

HOSTILE = """Breaking: <script>document.title='PWNED'</script> officials "speak"

The minister said <img src=x onerror="document.body.setAttribute('data-pwned','img')"> it was calm.

A source said </style><script>document.body.setAttribute('data-pwned','style')</script> nothing.

Critics say "><svg onload="document.body.setAttribute('data-pwned','svg')"> and 'quotes' matter.

According to <a href="javascript:document.body.setAttribute('data-pwned','href')">a link</a>,
<!-- a comment --> it worked.
"""


@pytest.fixture(scope="module")
def hostile_dom(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    article = folder / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = write_report(article, folder / "out")
    return dump_dom(result.page)


def test_no_script_from_the_article_ran(hostile_dom):
    assert "data-pwned" not in hostile_dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<title>PWNED</title>" not in hostile_dom
    assert "<script" not in hostile_dom.lower()
    assert "<svg onload" not in hostile_dom.lower() and "<img src=\"x\"" not in hostile_dom


def test_the_hostile_text_shows_literally(hostile_dom):
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in hostile_dom
    assert "&lt;img src=x onerror=" in hostile_dom
    assert "&lt;!-- a comment --&gt;" in hostile_dom


def test_the_seed_report_renders(tmp_path):
    result = write_report(SEED, tmp_path)
    dom = dump_dom(result.page)
    assert "<h2>Reading guide</h2>" in dom
    assert dom.count('src="data:image/svg+xml;base64,') == 4  # profile, framing, arc, grid
    assert "paragraphs 7–10 (4 in a row)" in dom
    assert "anti-fascist underground" in dom


@pytest.fixture(scope="module")
def seed_layout(tmp_path_factory):
    """The seed's report as Chromium lays it out on a 1024 × 768 screen."""
    result = write_report(SEED, tmp_path_factory.mktemp("layout"))
    return measure(result.page)


def test_on_a_projected_screen_no_chart_text_is_under_twelve_pixels(seed_layout):
    """Every chart is SVG drawn no wider than it was made (10 inches: 960 pixels); no chart
    text is under MIN_FONT_PT points (tests/views/charts/test_style.py), which is 4/3 as many
    pixels at the natural width: here, as drawn, at least 12."""
    images = seed_layout["images"]
    assert len(images) == 4
    for image in images:
        scale = image["width"] / image["natural"]
        assert scale <= 1.0001, image["alt"]
        assert MIN_FONT_PT * 96 / 72 * scale >= 12, (image["alt"], scale)
        assert image["alt"] and "." in image["alt"]  # the finding, then what it shows


def test_no_table_is_clipped_and_nothing_scrolls_sideways(seed_layout):
    assert seed_layout["viewport"] == 1024
    assert seed_layout["page_width"] <= seed_layout["viewport"]
    for t in seed_layout["tables"]:
        assert t["scroll"] <= t["client"] + 1 and t["left"] + t["width"] <= 1024, t


def test_no_text_on_the_page_is_under_twelve_pixels(seed_layout):
    assert seed_layout["smallest_font"] >= 12, seed_layout["smallest_font_text"]


def test_the_corpus_page_escapes_hostile_titles(tmp_path):
    from analysis.cli import main

    source = tmp_path / "c.csv"
    source.write_text(
        'title,text\n"<script>document.body.setAttribute(\'data-pwned\',\'t\')</script>",'
        '"Officials said it rained."\n"<img src=x onerror=alert(1)>","Critics say it was dry."\n',
        encoding="utf-8")
    assert main(["corpus", str(source), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--quiet"]) == 0
    dom = dump_dom(tmp_path / "out" / "corpus.html").replace("<wbr>", "")
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script" not in dom.lower() and "<img src=\"x\"" not in dom
    assert "&lt;script&gt;document.body.setAttribute" in dom


def test_a_long_web_address_breaks_instead_of_widening_the_page(tmp_path):
    article = tmp_path / "links.txt"
    article.write_text(
        "Links\n\nThe ministry said https://example.org/a/very/long/path/that/never/ends/and/"
        "keeps/going/without/any/break/at/all/index.html was the source of the figures.\n\n"
        "Critics said the figures were wrong.", encoding="utf-8")
    layout = measure(write_report(article, tmp_path / "out").page)
    assert layout["page_width"] <= 1024
    assert all(t["left"] + t["width"] <= 1024 for t in layout["tables"])
