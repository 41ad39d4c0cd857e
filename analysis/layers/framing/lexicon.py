"""The framing lexicon (``framing.csv``), compiled once into a first-token index.

Each row has a ``term``, its part of speech ``pos`` (a ``verb`` is matched in every
inflection; a ``noun``, ``word`` or ``phrase`` as written, tokenized as the article is), its
``category``, an ``intensity`` on VADER's 0–4 scale (``intensity_from``: VADER's own absolute
valence where VADER lists the word, ours otherwise) and what a context rule ``needs``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.errors import PackageDataError
from analysis.spine.tokens import tokens
from analysis.vocabulary.cues import cues

#: The categories of framing, in the order a reader meets them in the lesson.
CATEGORIES = ("label", "emotive", "doubt", "editorializing", "loaded_verb", "exaggeration")


@dataclass(frozen=True)
class Entry:
    """A lexicon entry: the term as listed, its category, intensity and context need."""
    term: str
    category: str
    intensity: float
    needs: str = ""


def _intensity(row: dict[str, str], line: int) -> float:
    try:
        value = float(row["intensity"])
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 4.0:
        raise PackageDataError(f"analysis/lexicons/framing.csv:{line}",
                               f"intensity {row['intensity']!r} is not a number from 0 to 4")
    return value


@functools.cache
def index() -> dict[str, list[tuple[tuple[str, ...], Entry]]]:
    """First token → ``[(tokens, entry)]``, longest first (loaded verbs are not here: they
    are marked where the attribution layer found them as cues, :func:`loaded_verbs`)."""
    out: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for line, row in enumerate(lexicons.load("framing"), start=2):
        entry = Entry(row["term"], row["category"], _intensity(row, line), row["needs"])
        if row["category"] == "loaded_verb":
            continue
        words = tuple(t.low for t in tokens(row["term"]))
        out.setdefault(words[0], []).append((words, entry))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@functools.cache
def loaded_verbs() -> dict[str, Entry]:
    """Each loaded verb of saying (its lemma) → its entry. Each must be a verb cue of the
    attribution lexicon (one vocabulary): a loaded verb is a cue with a connotation, marked
    where the attribution layer found that cue."""
    lemmas = {form.lemma for form in cues().verbs.values()}
    out = {}
    for line, row in enumerate(lexicons.load("framing"), start=2):
        if row["category"] != "loaded_verb":
            continue
        if row["term"] not in lemmas:
            raise PackageDataError(f"analysis/lexicons/framing.csv:{line}",
                                   f"loaded verb {row['term']!r} is no verb cue of "
                                   "attribution_cues.csv")
        out[row["term"]] = Entry(row["term"], row["category"], _intensity(row, line))
    return out


def loaded_verb(cue: str) -> Entry | None:
    """The loaded-verb entry of an attribution cue as written (*claimed*, *insisted that*),
    or ``None``."""
    form = cues().verbs.get(cue.lower().split()[0]) if cue else None
    return loaded_verbs().get(form.lemma) if form is not None else None


def context(category: str) -> frozenset[str]:
    """The words of one category of ``framing_context.csv``."""
    return lexicons.words("framing_context", category)
