from __future__ import annotations

import pytest

import analysis
from analysis import Article, InputError


def test_title_is_paragraph_zero_and_body_counts_from_one():
    article = Article.from_text("The headline\n\nFirst.\n\nSecond.")
    assert article.title == "The headline"
    assert [(p.paragraph_id, p.is_title, p.text) for p in article.paragraphs] == [
        (0, True, "The headline"),
        (1, False, "First."),
        (2, False, "Second."),
    ]


def test_without_title_the_first_block_is_body():
    article = Article.from_text("First.\n\nSecond.", has_title=False)
    assert article.title is None
    assert [p.paragraph_id for p in article.paragraphs] == [1, 2]
    assert not any(p.is_title for p in article.paragraphs)


def test_article_id_is_a_stable_hash_unless_given():
    a = Article.from_text("Same text.\n\nBody.")
    b = Article.from_text("Same text.\n\nBody.")
    c = Article.from_text("Other text.\n\nBody.")
    assert a.article_id == b.article_id != c.article_id
    assert len(a.article_id) == 12
    assert Article.from_text("x", article_id="mine").article_id == "mine"


def test_paragraph_offsets_index_the_text(seed):
    for p in seed.paragraphs:
        assert seed.text[p.start_char : p.end_char] == p.text


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text_is_a_clear_error(text):
    with pytest.raises(InputError, match="no text"):
        Article.from_text(text)


def test_non_string_is_a_clear_error():
    with pytest.raises(InputError, match=r"^Article.from_text\(\): takes a str, not a bytes "
                       r"\(b'bytes are not text'\); for a file use analysis.read_article"):
        Article.from_text(b"bytes are not text")


def test_article_is_frozen():
    article = Article.from_text("T\n\nBody.")
    with pytest.raises(AttributeError):
        article.text = "changed"


def test_a_pickled_article_is_the_same_article(seed):
    import copy as copy_module
    import pickle

    # copy.copy rebuilds through the same __reduce__ a worker's unpickling calls
    copy = copy_module.copy(seed)
    assert (copy.article_id, copy.title, copy.text, copy.paragraphs, copy.source,
            copy.metadata) == (seed.article_id, seed.title, seed.text, seed.paragraphs,
                               seed.source, seed.metadata)
    assert analysis.prepare(copy).sentences == analysis.prepare(seed).sentences
    # the paragraphs' texts are sliced again, not sent: the pickle is about the text's size
    assert len(pickle.dumps(seed)) < 1.5 * len(seed.text.encode("utf-8"))
