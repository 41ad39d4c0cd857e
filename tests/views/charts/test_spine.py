from __future__ import annotations

import pandas as pd

from analysis import Article, sentence_table
from analysis.views.charts import paragraph_lengths, title_text


def test_one_sentence_paragraphs_get_no_panel_of_equal_bars(seed):
    fig = paragraph_lengths(sentence_table(seed))
    (words,) = fig.axes  # every paragraph is one sentence: the title says so, no panel
    assert title_text(fig) == "24 paragraphs, every one a single sentence, of 10–40 words"
    assert words.get_xlabel() == "paragraph" and words.get_ylabel() == "words"
    assert [t.get_text() for t in words.get_xticklabels()][:3] == ["1", "2", "3"]
    assert [round(p.get_height()) for p in words.patches][:3] == [26, 13, 13]


def test_paragraph_lengths_with_several_sentences():
    article = Article.from_text("T\n\nOne. Two. Three.\n\nFour.")
    fig = paragraph_lengths(sentence_table(article))
    assert title_text(fig) == "2 paragraphs, 1–3 sentences each, of 1–3 words"
    top, _ = fig.axes
    assert top.get_ylabel() == "sentences" and [p.get_height() for p in top.patches] == [3, 1]


def test_custom_title():
    table = sentence_table(Article.from_text("T\n\nOne."))
    assert title_text(paragraph_lengths(table, title="Mine")) == "Mine"
    assert isinstance(table, pd.DataFrame)
