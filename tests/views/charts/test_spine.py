from __future__ import annotations

import pandas as pd

from analysis import Article, sentence_table
from analysis.views.charts import paragraph_lengths


def test_paragraph_lengths_title_states_the_shape(seed):
    fig = paragraph_lengths(sentence_table(seed))
    top, bottom = fig.axes
    assert fig._suptitle.get_text() == (
        "24 paragraphs, every one a single sentence, of 10–40 words"
    )
    assert bottom.get_xlabel() == "paragraph"
    assert [t.get_text() for t in bottom.get_xticklabels()][:3] == ["1", "2", "3"]
    assert top.get_ylabel() == "sentences" and bottom.get_ylabel() == "word tokens"
    assert [round(p.get_height()) for p in bottom.patches][:3] == [26, 13, 13]


def test_paragraph_lengths_with_several_sentences():
    article = Article.from_text("T\n\nOne. Two. Three.\n\nFour.")
    fig = paragraph_lengths(sentence_table(article))
    assert fig._suptitle.get_text() == "2 paragraphs, 1–3 sentences each, of 1–3 words"


def test_custom_title():
    table = sentence_table(Article.from_text("T\n\nOne."))
    assert paragraph_lengths(table, title="Mine")._suptitle.get_text() == "Mine"
    assert isinstance(table, pd.DataFrame)
