"""The column reference of every table (``docs/columns.md``, ``python -m analysis columns``),
generated from the schemas the layers declare: the documentation cannot drift from the tables."""

from __future__ import annotations

from analysis.corpus.batch import CORPUS_TABLES
from analysis.schema import reference

INTRO = (
    "Generated from the schemas declared beside the code that makes each table "
    "(`python -m analysis columns` prints it; `make docs` writes this file, and a test fails "
    "when it is out of date). An analysis of one article (`analysis.analyze`) has the first "
    "five tables; a corpus run (`analysis.analyze_corpus`, the `corpus` command) has all seven, "
    "each with an `article_id` column. Offsets (`*_start`, `*_end`, `start_char`, `end_char`) "
    "index the article's text: `text[start:end]` is the span."
)


def column_reference() -> str:
    """Every table's columns, types and meanings, as Markdown."""
    return reference(CORPUS_TABLES.values(), title="The tables and their columns", intro=INTRO)
