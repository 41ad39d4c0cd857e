"""The prepared document: everything the layers read, computed once per article.

:func:`prepare` is the one step between an :class:`~analysis.spine.article.Article` (pure data)
and the layers. It computes, once:

- ``normalized`` — the length-preserving normalized copy of the text (DESIGN decision 5): every
  layer matches and scores on it, and its offsets are the text's;
- ``sentences`` — the spine (:mod:`analysis.spine.sentences`), never crossing a paragraph;
- ``tokens`` — each sentence's tokens (:class:`~analysis.spine.tokens.Tokens`, absolute
  offsets);
- ``quotes`` — the direct quotations (:class:`~analysis.spine.quotes.QuoteIndex`);
- ``english_share`` — how English the text looks (:mod:`analysis.spine.language`).

and, the first time a layer reads it, ``entities`` — the people, organizations, outlets and
places it names, each mention grouped with the others of its referent
(:mod:`analysis.spine.entities`): built once per article, and only for articles whose layers
ask.

Every layer takes a :class:`Document` (its public function also accepts an ``Article`` and
prepares it). Annotations that later steps add to the tokens — part-of-speech tags, lemmas, a
dependency parse — belong to the document's ``tokens`` too: a layer that needs them reads them
there, so no layer's signature changes when the document learns more.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from analysis.errors import AN_ARTICLE, RAW_TEXT, expect
from analysis.spine.article import Article
from analysis.spine.entities import Entities, find_entities
from analysis.spine.language import function_word_share, warn_if_not_english
from analysis.spine.normalize import normalize
from analysis.spine.quotes import QuoteIndex, find_quotes
from analysis.spine.sentences import Sentence, segment
from analysis.spine.tokens import Tokens


@dataclass(frozen=True, eq=False)
class Document:
    """An article prepared for the layers (see the module text). ``tokens[k]`` are the tokens
    of ``sentences[k]``."""

    article: Article
    normalized: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[Tokens, ...]
    quotes: QuoteIndex
    english_share: float

    @functools.cached_property
    def entities(self) -> Entities:
        """The entity model of the article (:mod:`analysis.spine.entities`), built the first
        time it is read."""
        return find_entities(self.article.text, self.sentences, self.tokens)

    @property
    def article_id(self) -> str:
        return self.article.article_id

    @property
    def text(self) -> str:
        """The article's text, as decoded: what every offset indexes."""
        return self.article.text

    @property
    def where(self) -> str:
        """How to name the article in a message: its file or record, its title, its id."""
        a = self.article
        return a.source or a.title or a.article_id

    def warn_if_not_english(self, *, stacklevel: int = 2) -> None:
        """Warn (:class:`~analysis.spine.language.LanguageWarning`, one line naming the
        article) when the article does not look English."""
        warn_if_not_english(self.where, self.english_share, self.normalized,
                            stacklevel=stacklevel + 1)

    def __repr__(self) -> str:
        return (f"Document({self.article_id!r}: {len(self.sentences)} sentences, "
                f"{len(self.quotes.quotes)} quoted stretches)")


def prepare(article: Article) -> Document:
    """Prepare ``article`` for the layers: its normalized copy, sentences, tokens, quotations
    and English share, each computed once."""
    expect(article, Article, function="prepare", wanted=AN_ARTICLE, hint=RAW_TEXT)
    normalized = normalize(article.text)
    sentences, tokens = segment(article, normalized)
    share = function_word_share(itertools.chain.from_iterable(t.word_lows() for t in tokens))
    return Document(article, normalized, sentences, tokens,
                    QuoteIndex(find_quotes(article, normalized)), share)


def as_document(article_or_document: Article | Document, *, function: str = "as_document"
                ) -> Document:
    """A document: ``article_or_document`` itself, or the article prepared. Anything else is
    one :class:`~analysis.errors.InputError` line naming ``function``, the public function
    that was given it (a str: *use Article.from_text*)."""
    if isinstance(article_or_document, Document):
        return article_or_document
    expect(article_or_document, Article, function=function, wanted=AN_ARTICLE, hint=RAW_TEXT)
    return prepare(article_or_document)
