"""Lexicons are data, not code (DESIGN decision 6).

Each lexicon is one CSV file in this folder. Every row carries its entry, a ``category`` and a
``source`` saying where the entry comes from. :func:`load` reads a file with
``importlib.resources`` (so it works from a wheel, a zip or an editable install), checks every
row and returns plain tuples; the modules that use a lexicon compile it once.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from importlib import resources

from analysis.errors import InputError

#: The categories each lexicon may use. A row with another category is an error: a typo in a
#: data file must fail the test suite, not silently drop an entry.
KNOWN_CATEGORIES: dict[str, frozenset[str]] = {
    "abbreviations": frozenset(
        ["title", "month", "weekday", "us_state", "place", "time", "latin", "reference",
         "organization", "measure"]
    ),
    "sentence_starters": frozenset({"function_word", "news_subject"}),
    "attribution_cues": frozenset({"speech", "stance", "belief", "report", "hearsay"}),
    "sources": frozenset(
        ["pronoun", "anonymous", "anonymity_marker", "vague", "document", "outlet_word",
         "outlet", "organization_word", "organization", "person_title", "country"]
    ),
    "hedges": frozenset(["epistemic_modal", "epistemic_verb", "epistemic_adverb", "evidential",
                         "approximator", "generalizer", "weasel"]),
    "boosters": frozenset(["certainty", "intensifier", "universal"]),
}


def names() -> list[str]:
    """The names of every lexicon file shipped with the package (without ``.csv``)."""
    folder = resources.files(__package__)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".csv"))


@functools.cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Read ``<name>.csv`` and return its rows as dicts, validated.

    Raises :class:`InputError` naming the file and line of the first bad row.
    """
    path = resources.files(__package__) / f"{name}.csv"
    where = f"analysis/lexicons/{name}.csv"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(where, f"no such lexicon; known: {', '.join(names())}") from None
    reader = csv.DictReader(io.StringIO(raw))
    header = reader.fieldnames or []
    missing = [c for c in ("category", "source") if c not in header]
    if not header or missing:
        raise InputError(where, f"header {header} lacks column(s) {missing}")
    key = header[0]
    allowed = KNOWN_CATEGORIES.get(name)
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise InputError(f"{where}:{line}", f"expected {len(header)} fields: {row}")
        if not row[key].strip() or not row["source"].strip():
            raise InputError(f"{where}:{line}", f"empty {key!r} or 'source'")
        if allowed is not None and row["category"] not in allowed:
            raise InputError(
                f"{where}:{line}",
                f"unknown category {row['category']!r}; known: {', '.join(sorted(allowed))}",
            )
        rows.append(row)
    return tuple(rows)


def column(name: str, field: str | None = None) -> list[str]:
    """One column of a lexicon (its first column by default)."""
    rows = load(name)
    field = field or next(iter(rows[0]))
    return [r[field] for r in rows]


def by_category(name: str, categories: Iterable[str]) -> list[str]:
    """The entries (first column) of ``name`` whose category is one of ``categories``."""
    wanted = set(categories)
    rows = load(name)
    key = next(iter(rows[0]))
    return [r[key] for r in rows if r["category"] in wanted]
