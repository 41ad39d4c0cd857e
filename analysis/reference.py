"""The column reference of every table (``docs/columns.md``, ``python -m analysis columns``),
generated from the schemas the layers declare: the documentation cannot drift from the tables."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus.batch import CORPUS_TABLES
from analysis.schema import reference

INTRO = (
    "Generated from the schemas declared beside the code that makes each table "
    "(`python -m analysis columns` prints it; `make docs` writes this file, and a test fails "
    "when it is out of date). An analysis of one article (`analysis.analyze`) has every table "
    "but the last two, `summary` and `errors`; a corpus run (`analysis.analyze_corpus`, the "
    "`corpus` command) has them all, each with an `article_id` column. Offsets (`*_start`, "
    "`*_end`, `start_char`, `end_char`) index the article's text: `text[start:end]` is the "
    "span."
)


def column_reference() -> str:
    """Every table's columns, types and meanings, as Markdown."""
    return reference(CORPUS_TABLES.values(), title="The tables and their columns", intro=INTRO)


BEGIN = "<!-- tables: begin (written by make docs from the schemas) -->"
END = "<!-- tables: end -->"


def table_overview() -> str:
    """Each table in one line — its name, what a row is, its columns — for
    ``docs/architecture.md``."""
    lines = [BEGIN, "", "| table | one row per … | columns |", "| --- | --- | --- |"]
    for schema in CORPUS_TABLES.values():
        row = schema.description.split(":")[0].split(".")[0].removeprefix("One row per ")
        lines.append(f"| `{schema.name}` | {row} | "
                     + ", ".join(f"`{c}`" for c in schema.names) + " |")
    return "\n".join([*lines, "", END])


def write_docs(folder: Path) -> None:
    """Write ``columns.md`` and the table overview of ``architecture.md`` in ``folder``."""
    (folder / "columns.md").write_text(column_reference(), encoding="utf-8")
    page = folder / "architecture.md"
    text = page.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    page.write_text(text[:start] + table_overview() + text[end:], encoding="utf-8")


if __name__ == "__main__":  # make docs
    write_docs(Path(__file__).resolve().parents[1] / "docs")
