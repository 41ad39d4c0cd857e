"""The spine: text in, prepared document out.

reading (files, folders, CSV and JSON lines) → decoding (bytes to text, strictly) → markup
(visible text of HTML and Markdown) → :class:`Article` (text and paragraphs) →
:func:`prepare` → :class:`Document` (normalized copy, sentences, tokens, quotations, language).
"""

from analysis.spine.article import Article, Paragraph
from analysis.spine.document import Document, as_document, prepare
from analysis.spine.paragraphs import split_paragraphs
from analysis.spine.table import SENTENCE_COLUMNS, SENTENCES, sentence_frame, sentence_table

__all__ = ["SENTENCES", "SENTENCE_COLUMNS", "Article", "Document", "Paragraph", "as_document",
           "prepare", "sentence_frame", "sentence_table", "split_paragraphs"]
