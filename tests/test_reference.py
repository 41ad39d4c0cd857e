"""docs/columns.md is the column reference the schemas generate: a table's columns are written
down in one place, and the documentation cannot drift from it."""

from __future__ import annotations

from analysis.corpus.batch import CORPUS_TABLES
from analysis.reference import column_reference
from tests.conftest import ROOT


def test_docs_columns_md_is_up_to_date():
    committed = (ROOT / "docs" / "columns.md").read_text(encoding="utf-8")
    assert committed == column_reference(), "run `make docs` and commit docs/columns.md"


def test_every_column_of_every_table_is_documented_with_a_meaning():
    text = column_reference()
    for schema in CORPUS_TABLES.values():
        assert f"## `{schema.name}`" in text
        for column in schema.columns:
            assert column.meaning.strip()
            assert f"| `{column.name}` |" in text


def test_the_architecture_pages_table_overview_is_up_to_date():
    from analysis.reference import table_overview

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert table_overview() in page, "run `make docs` and commit docs/architecture.md"
