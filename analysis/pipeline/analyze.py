"""``analyze``: every layer of one article, joined on the spine.

The pipeline, in the order it runs (:func:`analyze_document`)::

    prepare → attributions → hedges (given the attributions)
            → framing (given the attributions) → sentiment
            → sentence summaries → paragraph profile · who speaks (the sources)

Each step takes what the steps before it made, as arguments: no layer calls another.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import FrozenInstanceError

import pandas as pd

from analysis.errors import AN_ANALYSIS, AN_ARTICLE, RAW_TEXT, expect
from analysis.layers.attribution import ATTRIBUTIONS, attribution_columns
from analysis.layers.attribution.coverage import SENTENCE_SUMMARY as ATTRIBUTION_SUMMARY
from analysis.layers.attribution.coverage import attribution_sentence_columns
from analysis.layers.framing import FRAMING, framing_columns
from analysis.layers.framing.summary import SENTENCE_SUMMARY as FRAMING_SUMMARY
from analysis.layers.framing.summary import framing_sentence_columns
from analysis.layers.hedges import HEDGES, hedge_columns
from analysis.layers.hedges.summary import SENTENCE_SUMMARY as HEDGE_SUMMARY
from analysis.layers.hedges.summary import hedge_sentence_columns
from analysis.layers.sentiment.scores import SENTENCE_SUMMARY as SENTIMENT_SUMMARY
from analysis.layers.sentiment.scores import SENTIMENT, sentiment_columns
from analysis.pipeline.profile import PARAGRAPHS, paragraph_columns
from analysis.pipeline.sources import SOURCES, source_columns
from analysis.schema import Columns, Schema
from analysis.spine.article import Article
from analysis.spine.document import Document, as_document
from analysis.spine.table import SENTENCES, sentence_columns

#: The sentence table of an analysis: the spine's columns, then what each layer says of each
#: sentence.
SENTENCE_TABLE = SENTENCES.extend(
    (*ATTRIBUTION_SUMMARY, *HEDGE_SUMMARY, *FRAMING_SUMMARY, *SENTIMENT_SUMMARY),
    description="One row per sentence, in reading order: the spine, and what each layer says "
                "of the sentence. Every other table is keyed by `article_id` and "
                "`sentence_id`.")
#: The tables of an analysis, in order.
TABLES: dict[str, Schema] = {"sentences": SENTENCE_TABLE, "attributions": ATTRIBUTIONS,
                             "hedges": HEDGES, "framing": FRAMING, "sentiment": SENTIMENT,
                             "paragraphs": PARAGRAPHS, "sources": SOURCES}
#: The tables made from the others (the sentence and attribution columns) when first read.
DERIVED = ("paragraphs", "sources")


def _table(name: str) -> property:
    def read(self: ArticleAnalysis) -> pd.DataFrame:
        return self._frame(name)

    read.__doc__ = f"The ``{name}`` table, made when first read. {TABLES[name].description}"
    return property(read)


class ArticleAnalysis:
    """The analysis of one article.

    ``sentences`` is the sentence table plus per-sentence summary columns (attribution,
    hedging, framing, and VADER's ``compound`` and ``label``); every other table is keyed by
    ``sentence_id`` and its spans index ``article.text``; ``sources`` has one row per cited
    entity (who speaks). ``document`` is the prepared document the layers read.

    Each table is a DataFrame made the first time it is read, once: :func:`analyze` keeps
    what the layers computed as columns (see :mod:`analysis.schema`), and the paragraph
    profile and the sources are made from the sentence and attribution columns when first
    read. A loop over many articles pays only for the tables it reads (the first six add
    about a fifth to an article's analysis). Like a frozen dataclass, an analysis cannot be
    changed after it is made; it pickles and copies with every table made.
    """

    __slots__ = ("_columns", "_frames", "_lock", "article", "document")

    sentences = _table("sentences")
    attributions = _table("attributions")
    hedges = _table("hedges")
    framing = _table("framing")
    sentiment = _table("sentiment")
    paragraphs = _table("paragraphs")
    sources = _table("sources")

    def __init__(self, article: Article, sentences: pd.DataFrame, attributions: pd.DataFrame,
                 hedges: pd.DataFrame, framing: pd.DataFrame, sentiment: pd.DataFrame,
                 paragraphs: pd.DataFrame, document: Document,
                 sources: pd.DataFrame | None = None) -> None:
        frames = {"sentences": sentences, "attributions": attributions, "hedges": hedges,
                  "framing": framing, "sentiment": sentiment, "paragraphs": paragraphs}
        if sources is not None:  # else made from the sentences and attributions when read
            frames["sources"] = sources
        self._set(article, document, frames, {})

    @classmethod
    def _of_columns(cls, document: Document, tables: Mapping[str, Columns]) -> ArticleAnalysis:
        """The analysis of ``document`` whose tables are ``tables`` (columns, as
        :func:`analyze_document` makes them; without ``paragraphs`` or ``sources``, each is
        made from the sentences and attributions when first read)."""
        missing = [name for name in TABLES if name not in tables and name not in DERIVED]
        if missing:
            raise ValueError(f"no columns for the table(s) {missing}")
        analysis = cls.__new__(cls)
        analysis._set(document.article, document, {},
                      {name: tables[name] for name in TABLES if name in tables})
        return analysis

    def _set(self, article: Article, document: Document, frames: dict[str, pd.DataFrame],
             columns: dict[str, Columns]) -> None:
        for name, value in (("article", article), ("document", document), ("_frames", frames),
                            ("_columns", columns), ("_lock", threading.Lock())):
            object.__setattr__(self, name, value)

    def _frame(self, name: str) -> pd.DataFrame:
        frame = self._frames.get(name)
        if frame is None:
            with self._lock:  # two threads reading a table at once make it once
                frame = self._frames.get(name)
                if frame is None:
                    frame = self._frames[name] = TABLES[name].frame(self._table_columns(name))
                    self._release()
        return frame

    def _table_columns(self, name: str) -> Columns:
        columns = self._columns
        if name not in columns:  # a derived table, from the columns the layers computed
            sentences, attributions = self._base_columns()
            columns[name] = (paragraph_columns(sentences, attributions) if name == "paragraphs"
                             else source_columns(self.document, sentences, attributions))
        return columns[name]

    def _base_columns(self) -> tuple[Columns, Columns]:
        """The sentence and attribution columns the derived tables are made from: what the
        layers computed, or, for an analysis made of frames, the frames' columns."""
        columns = self._columns
        if "sentences" in columns and "attributions" in columns:
            return columns["sentences"], columns["attributions"]
        return (SENTENCE_TABLE.columns_of(self._frames["sentences"]),
                ATTRIBUTIONS.columns_of(self._frames["attributions"]))

    def _release(self) -> None:
        """Let go of the columns of the tables made frames — but the derived tables are made
        from the sentence and attribution columns (what the layers computed, whatever a
        caller does to the frames), so those stay until both are made."""
        derived_made = all(name in self._frames for name in DERIVED)
        for name in [n for n in self._columns if n in self._frames]:
            if name not in ("sentences", "attributions") or derived_made:
                del self._columns[name]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self):  # pickled and copied with every table made
        return (ArticleAnalysis, (self.article, *(self._frame(n) for n in TABLES
                                                  if n != "sources"),
                                  self.document, self._frame("sources")))

    @property
    def has_body(self) -> bool:
        """Whether the article has a sentence past its title: an article that is only a title
        (``"Just a headline"``) has none, and nothing in it to chart or compare but the
        title."""
        return not bool(self.sentences["is_title"].all())

    @property
    def texts(self) -> dict[str, str]:
        """``article_id`` → text: what spans index (the same shape as a corpus analysis)."""
        return {self.article.article_id: self.article.text}

    def __repr__(self) -> str:
        return (f"ArticleAnalysis({self.article.article_id!r}: {len(self.sentences)} sentences, "
                f"{len(self.attributions)} attributions, {len(self.hedges)} hedges and boosters, "
                f"{len(self.framing)} framing marks, "
                f"mean sentiment {self.sentiment['compound'].mean():+.2f})")


def analyze(article: Article | Document) -> ArticleAnalysis:
    """Run every layer on ``article`` and join the results on its sentence table.

    Warns (:class:`~analysis.spine.language.LanguageWarning`) when the article does not look
    English: the lexicons are."""
    doc = as_document(article, function="analyze")
    doc.warn_if_not_english(stacklevel=2)
    return ArticleAnalysis._of_columns(doc, analyze_document(doc, paragraphs=False))


def paragraph_profile(analysis: ArticleAnalysis) -> pd.DataFrame:
    """One row per paragraph (the title is paragraph 0), every measure a reader compares
    (columns: :data:`PARAGRAPHS`)."""
    expect(analysis, ArticleAnalysis, function="paragraph_profile", wanted=AN_ANALYSIS)
    return analysis.paragraphs.copy()


def analyze_document(doc: Document, *, paragraphs: bool = True) -> dict[str, Columns]:
    """What :func:`analyze` computes, as columns (see :mod:`analysis.schema`): one per table of
    :data:`TABLES`. A corpus batch concatenates these, and makes the paragraph table of all
    its articles at once (``paragraphs=False``: neither the paragraph table nor the sources
    here; :func:`analyze` makes them when first read)."""
    sentences = sentence_columns(doc)
    attributions = attribution_columns(doc)
    hedges = hedge_columns(doc, attributions)
    framing = framing_columns(doc, attributions)
    sentiment = sentiment_columns(doc)
    sentences.update(attribution_sentence_columns(sentences, attributions))
    sentences.update(hedge_sentence_columns(sentences, hedges))
    sentences.update(framing_sentence_columns(sentences, framing))
    sentences["compound"] = sentiment["compound"]
    sentences["label"] = sentiment["label"]
    tables = {"sentences": sentences, "attributions": attributions, "hedges": hedges,
              "framing": framing, "sentiment": sentiment}
    if paragraphs:
        tables["paragraphs"] = paragraph_columns(sentences, attributions)
        tables["sources"] = source_columns(doc, sentences, attributions)
    return tables


def find_sources(article: Article | Document | ArticleAnalysis) -> pd.DataFrame:
    """Who speaks in ``article``: one row per cited entity, most cited first (columns:
    :data:`SOURCES`), counting the attributions every count counts. Given an analysis (from
    :func:`analyze`), its ``sources`` table; given an article or a document, its attributions
    are found first."""
    if isinstance(article, ArticleAnalysis):
        return article.sources.copy()
    expect(article, (Article, Document), function="find_sources",
           wanted=f"{AN_ARTICLE}, or {AN_ANALYSIS}", hint=RAW_TEXT)
    doc = as_document(article, function="find_sources")
    return SOURCES.frame(source_columns(doc, sentence_columns(doc), attribution_columns(doc)))


def find_hedges(article: Article | Document, *, attributions: pd.DataFrame | None = None
                ) -> pd.DataFrame:
    """Every hedge and booster of ``article`` (one row each; columns: :data:`HEDGES`).

    A vague attribution (*critics say*) is a weasel, so the hedging layer reads the
    attributions: pass the article's ``attributions`` (from :func:`analysis.find_attributions`)
    or they are found first.
    """
    doc = as_document(article, function="find_hedges")
    found = (attribution_columns(doc) if attributions is None
             else ATTRIBUTIONS.columns_of(attributions))
    return HEDGES.frame(hedge_columns(doc, found))


def find_framing(article: Article | Document, *, attributions: pd.DataFrame | None = None
                 ) -> pd.DataFrame:
    """Every framing mark of ``article`` (one row each; columns: :data:`FRAMING`): loaded
    words, labels, doubt markers and scare quotes, editorializing, loaded verbs of saying,
    exaggeration and minimisation, each with its intensity and whose voice it stands in.

    A loaded verb of saying is an attribution cue, and a mark inside attributed content is
    someone else's framing, so the layer reads the attributions: pass the article's
    ``attributions`` (from :func:`analysis.find_attributions`) or they are found first.
    """
    doc = as_document(article, function="find_framing")
    found = (attribution_columns(doc) if attributions is None
             else ATTRIBUTIONS.columns_of(attributions))
    return FRAMING.frame(framing_columns(doc, found))
