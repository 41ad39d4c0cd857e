"""The report in a real browser: it renders, and no script from the article runs."""

from __future__ import annotations

import pytest

from analysis.views.report import write_report
from tests.browser import dump_dom
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
    assert dom.count('src="data:image/png;base64,') == 4  # profile, framing, sentiment, heatmap
    assert "paragraphs 7–10 (4 in a row)" in dom
    assert "anti-fascist underground" in dom


def test_the_corpus_page_escapes_hostile_titles(tmp_path):
    from analysis.cli import main

    source = tmp_path / "c.csv"
    source.write_text(
        'title,text\n"<script>document.body.setAttribute(\'data-pwned\',\'t\')</script>",'
        '"Officials said it rained."\n"<img src=x onerror=alert(1)>","Critics say it was dry."\n',
        encoding="utf-8")
    assert main(["corpus", str(source), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--quiet"]) == 0
    dom = dump_dom(tmp_path / "out" / "corpus.html")
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script" not in dom.lower() and "<img src=\"x\"" not in dom
    assert "&lt;script&gt;document.body.setAttribute" in dom
