"""Read news critically with code: how is an article sourced and framed?

The spine is the sentence table (:func:`sentence_table`): one row per sentence with exact
character offsets into ``article.text``. :func:`prepare` makes an article's document once —
normalized copy, sentences, tokens, quotations — and every layer reads it and returns a tidy
DataFrame keyed by ``sentence_id`` whose spans index the same text. :func:`analyze` runs them
all. The design: ``docs/architecture.md``; every table's columns: ``docs/columns.md``.
"""

from analysis import lexicons
from analysis.corpus import CorpusAnalysis, analyze_corpus, iter_corpus
from analysis.errors import DependencyError, InputError, PackageDataError
from analysis.layers.attribution import ATTRIBUTION_COLUMNS, find_attributions
from analysis.layers.framing import FRAMING_COLUMNS
from analysis.layers.hedges import HEDGE_COLUMNS
from analysis.layers.sentiment import (
    SENTIMENT_COLUMNS,
    explain_sentiment,
    lexicon_valence,
    saturation,
    score_sentiment,
    word_contributions,
)
from analysis.pipeline.analyze import (
    ArticleAnalysis,
    analyze,
    find_framing,
    find_hedges,
    find_sources,
    paragraph_profile,
)
from analysis.pipeline.profile import unattributed_runs
from analysis.pipeline.summary import MEASURES, article_summary, summary_table
from analysis.schema import LABELS, readable
from analysis.spine.article import Article, Paragraph
from analysis.spine.decoding import MAX_ARTICLE_BYTES
from analysis.spine.document import Document, prepare
from analysis.spine.normalize import normalize
from analysis.spine.paragraphs import split_paragraphs
from analysis.spine.reading import (
    BadInputWarning,
    DuplicateIdWarning,
    read_article,
    read_corpus,
)
from analysis.spine.sentences import split_sentences
from analysis.spine.table import SENTENCE_COLUMNS, sentence_frame, sentence_table
from analysis.views import charts, guide
from analysis.views.attributions import attribution_view
from analysis.views.comparison import Comparison, compare
from analysis.views.concordance import concordance
from analysis.views.framing import framing_view
from analysis.views.hedges import hedge_view
from analysis.views.highlight import highlight
from analysis.views.tables import show
from analysis.vocabulary.sources import SOURCE_TYPES, SourceType, rests_on

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "FRAMING_COLUMNS",
    "HEDGE_COLUMNS",
    "LABELS",
    "MAX_ARTICLE_BYTES",
    "MEASURES",
    "SENTENCE_COLUMNS",
    "SENTIMENT_COLUMNS",
    "SOURCE_TYPES",
    "Article",
    "ArticleAnalysis",
    "BadInputWarning",
    "Comparison",
    "CorpusAnalysis",
    "DependencyError",
    "Document",
    "DuplicateIdWarning",
    "InputError",
    "PackageDataError",
    "Paragraph",
    "SourceType",
    "analyze",
    "analyze_corpus",
    "article_summary",
    "attribution_view",
    "charts",
    "compare",
    "concordance",
    "explain_sentiment",
    "find_attributions",
    "find_framing",
    "find_hedges",
    "find_sources",
    "framing_view",
    "guide",
    "hedge_view",
    "highlight",
    "iter_corpus",
    "lexicon_valence",
    "lexicons",
    "normalize",
    "paragraph_profile",
    "prepare",
    "read_article",
    "read_corpus",
    "readable",
    "rests_on",
    "saturation",
    "score_sentiment",
    "sentence_frame",
    "sentence_table",
    "show",
    "split_paragraphs",
    "split_sentences",
    "summary_table",
    "unattributed_runs",
    "word_contributions",
]
