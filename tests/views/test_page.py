"""The pieces every page shares: charts as SVG with alt text, tables with labels for readers."""

from __future__ import annotations

import base64
import re

import pandas as pd

from analysis import analyze
from analysis.views.charts import profile_chart
from analysis.views.page import CSP, MAX_TABLE_ROWS, document, figure, table


def test_a_chart_is_an_svg_image_whose_alt_text_states_the_finding(seed):
    html = figure(profile_chart(analyze(seed)))
    alt = re.search(r'alt="([^"]*)"', html).group(1)
    assert alt.startswith("11 of 24 paragraphs cite no one;")
    assert 'width="960"' in html  # 10 inches: the page's column at 1024 pixels
    data = base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1))
    assert data.startswith(b"<?xml") and b"<svg" in data and b"<script" not in data
    assert figure(profile_chart(analyze(seed))) == html  # the same bytes every time


def test_a_table_has_labels_right_aligned_numbers_and_escaped_text():
    frame = pd.DataFrame({"paragraph_id": [1, 2], "attribution_density": [0.5, -0.0001],
                          "text": ["<b>bold</b>", None], "nested": [True, False]})
    html = table(frame)
    assert "<th class=\"num\">paragraph</th>" in html and "share attributed" in html
    assert "attribution_density" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>" not in html
    assert "-0.00" not in html and ">0.50<" in html and ">yes<" in html


def test_a_long_table_is_cut_and_names_the_file_that_has_it_all():
    frame = pd.DataFrame({"sentence_id": range(MAX_TABLE_ROWS + 7)})
    html = table(frame, csv="sentences.csv")
    assert html.count("<tr>") == MAX_TABLE_ROWS + 1  # the rows and the header
    assert f"The first {MAX_TABLE_ROWS:,} of {MAX_TABLE_ROWS + 7:,} rows; sentences.csv" in html


def test_a_page_forbids_scripts_and_escapes_its_title():
    page = document("<script>x</script>", "<p>body</p>")
    assert CSP in page and "<title>&lt;script&gt;x&lt;/script&gt;</title>" in page
    assert "<main><p>body</p></main>" in page
