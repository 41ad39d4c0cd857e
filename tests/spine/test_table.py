"""The sentence table: one row per sentence, offsets that index the text, the declared dtypes."""

from __future__ import annotations

from analysis import Article, prepare, sentence_frame, sentence_table
from analysis.spine.table import SENTENCES, sentence_columns


def test_the_sentence_table_of_an_article_or_its_document_is_the_same():
    article = Article.from_text("Rain\n\nIt rained. Then it stopped.\n\nThe sun came out.")
    table = sentence_table(article)
    assert table.equals(sentence_table(prepare(article)))
    SENTENCES.check(table)
    assert table[["sentence_id", "paragraph_id", "sent_in_para", "is_title"]].values.tolist() == [
        [0, 0, 0, True], [1, 1, 0, False], [2, 1, 1, False], [3, 2, 0, False]]
    assert all(article.text[r.start_char:r.end_char] == r.text for r in table.itertuples())
    assert table.n_tokens.tolist() == [1, 2, 3, 4]


def test_a_frame_of_several_articles_keeps_each_ones_id_and_numbering():
    a = Article.from_text("A\n\nOne. Two.", article_id="a")
    b = Article.from_text("B\n\nThree.", article_id="b")
    frame = sentence_frame([a, b])
    assert frame.article_id.tolist() == ["a", "a", "a", "b", "b"]
    assert frame.sentence_id.tolist() == [0, 1, 2, 0, 1]
    SENTENCES.check(frame)
    SENTENCES.check(sentence_frame([]))


def test_columns_are_arrays_with_the_declared_dtypes():
    columns = sentence_columns(prepare(Article.from_text("T\n\nOne.")))
    assert list(columns) == SENTENCES.names
    assert columns["sentence_id"].dtype == "int64" and columns["is_title"].dtype == bool
    assert columns["text"] == ["T", "One."]
