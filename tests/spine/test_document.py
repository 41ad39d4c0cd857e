"""prepare(): everything the layers read, computed once per article, offsets into its text."""

from __future__ import annotations

import warnings

import pytest

from analysis import Article, Document, prepare
from analysis.spine.document import as_document
from analysis.spine.language import LanguageWarning

TEXT = ("Talks stall\n\n"
        "\u201cWe will not sign,\u201d the minister said. Talks resume on Monday.\n\n"
        "\u201cNothing has changed.")


def test_prepare_computes_the_normalized_copy_sentences_tokens_and_quotations():
    article = Article.from_text(TEXT, article_id="talks")
    doc = prepare(article)
    assert doc.article is article and doc.article_id == "talks" and doc.text == TEXT
    assert len(doc.normalized) == len(TEXT) and "\u201c" not in doc.normalized
    assert [s.text for s in doc.sentences] == [
        "Talks stall", "\u201cWe will not sign,\u201d the minister said.",
        "Talks resume on Monday.", "\u201cNothing has changed."]
    assert len(doc.tokens) == len(doc.sentences)
    for sentence, toks in zip(doc.sentences, doc.tokens, strict=True):
        assert toks.n_words == sentence.n_tokens
        assert all(TEXT[s:e].replace("\u201c", '"').replace("\u201d", '"') == t
                   for s, e, t in zip(toks.starts, toks.ends, toks.texts, strict=True))
    quotes = [TEXT[q.start:q.end] for q in doc.quotes.quotes]
    assert quotes == ["We will not sign,", "Nothing has changed."]
    assert 0.2 < doc.english_share < 0.8


def test_as_document_prepares_an_article_and_passes_a_document_through():
    article = Article.from_text(TEXT)
    doc = prepare(article)
    assert as_document(doc) is doc
    assert isinstance(as_document(article), Document) and as_document(article) is not doc


def test_the_language_warning_names_the_article_and_is_raised_where_asked():
    german = Article.from_text("Die Lage\n\n" + "Die Regierung hat gestern eine neue Regel "
                               "beschlossen, die ab Montag gilt und viele Menschen betrifft. " * 3,
                               source="nachricht.txt")
    doc = prepare(german)
    with pytest.warns(LanguageWarning, match=r"^nachricht.txt: does not look like English"):
        doc.warn_if_not_english()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        prepare(Article.from_text(TEXT)).warn_if_not_english()  # English: no warning
    assert repr(doc).startswith("Document(") and "sentences" in repr(doc)
