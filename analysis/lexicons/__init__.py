"""Lexicons are data, not code (DESIGN decision 6), and checked when they are loaded.

Each lexicon is one CSV file in this folder: the entry in a ``term`` column first, a ``source``
column last saying where the entry comes from, and between them the columns its :class:`Spec`
declares. :func:`load` reads a file with ``importlib.resources`` (so it works from a wheel, a zip
or an editable install) and checks every row against its spec: the header, every enumerated
column (``category``, ``kind``, ``needs``, ``pos``, …) — where one column's values depend on
another (a verb cue's ``needs`` is not a phrase's), per value of that column — and that no entry
appears twice under the same category. A broken row raises :class:`PackageDataError` naming the
file, the line and the bad value: a typo in a data file fails loudly, never silently drops or
changes an entry.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

from analysis.errors import PackageDataError


@dataclass(frozen=True)
class Field:
    """A column of a lexicon. ``values``: the values it may take (``None``: free text);
    ``depends``: the column whose value decides which values are allowed (then ``values`` is
    keyed by that column's values); ``separator``: the column holds a list; ``required``: it
    may not be empty."""

    name: str
    values: frozenset[str] | Mapping[str, frozenset[str]] | None = None
    depends: str | None = None
    separator: str | None = None
    required: bool = True


@dataclass(frozen=True)
class Spec:
    """What a lexicon file holds: its columns between ``term`` and ``source``, what it is for,
    and which columns with ``term`` must be unique together."""

    name: str
    purpose: str
    fields: tuple[Field, ...]
    unique: tuple[str, ...] = ("category",)
    header: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "header", ("term", *(f.name for f in self.fields), "source"))


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


SPECS: dict[str, Spec] = {spec.name: spec for spec in (
    Spec("abbreviations", "abbreviations that end in a period but not a sentence (Punkt)",
         (Field("category", _set("title month weekday us_state place time latin reference "
                                 "organization measure")),)),
    Spec("sentence_starters", "words that start a sentence after an abbreviation (Punkt)",
         (Field("category", _set("function_word news_subject")),)),
    Spec("attribution_cues", "the cues of attributions, by kind and category",
         (Field("kind", _set("verb phrase noun adverb")),
          Field("category", _set("speech stance belief report hearsay")),
          Field("needs", {"verb": _set("any content source_subject document_subject object "
                                       "as complement proposal"),
                          "phrase": _set("source_after source_object modifier "
                                         "proposal"),
                          "noun": _set("noun"), "adverb": _set("implicit")}, depends="kind"),
          Field("forms", separator="|", required=False),
          Field("also_noun", _set("yes"), required=False),
          Field("frames", _set("recipient to_clause no_passive hearsay_passive"), separator="|",
                required=False)),
         unique=("kind", "category")),
    Spec("attribution_context", "the words the attribution rules read around a cue",
         (Field("category", _set("skipped_adverb skipped_time stop_word surface_verb "
                                 "anonymity_verb hearsay_plural trailing_word spokesperson "
                                 "credit_line authorship resident_noun member_noun "
                                 "generic_description inquiry_member object_end clause_end "
                                 "proposal_noun of_source")),)),
    Spec("sources", "the words that type a source",
         (Field("category", _set("anonymous anonymity_marker anonymity_clause vague "
                                 "document outlet_word outlet_name_word outlet organization_word "
                                 "organization "
                                 "person_title person_noun country place_word name_only_word")),)),
    Spec("gender", "the words that say a person's gender: honorifics, role nouns, pronouns",
         (Field("category", _set("female male")),)),
    Spec("transcript_labels", "the words of a transcript's speaker labels",
         (Field("category", _set("question anonymous_role office not_a_speaker")),)),
    Spec("hedges", "hedges, by part of speech and category",
         (Field("pos", _set("modal verb adverb adjective phrase")),
          Field("category", _set("epistemic_modal epistemic_verb epistemic_adverb evidential "
                                 "approximator generalizer weasel conditional")))),
    Spec("boosters", "boosters, by part of speech and category",
         (Field("pos", _set("adverb adjective determiner verb phrase")),
          Field("category", _set("certainty intensifier universal")))),
    Spec("hedge_context", "the words the hedging rules read around a match",
         (Field("category", _set("office_word time_unit people_noun "
                                 "quantity_approximator almost_before appear_before "
                                 "possible_after month_after vague_quantifier subject_quantifier "
                                 "judging_participle saying_participle "
                                 "quantifier_not_after able_subject optative_after")),)),
    Spec("function_words", "the commonest English words: the language check",
         (Field("category", _set("frequent")),)),
    Spec("framing", "loaded language: labels, emotive words, doubt markers, editorializing, "
                    "loaded verbs of saying, exaggeration and minimisation",
         (Field("pos", _set("noun word phrase verb")),
          Field("category", _set("label emotive doubt editorializing loaded_verb "
                                 "exaggeration")),
          Field("intensity"),
          Field("intensity_from", _set("vader ours")),
          Field("needs", _set("governing_sense noun_use quantity"), required=False))),
    Spec("framing_context", "the words the framing rules read around a match",
         (Field("category", _set("regime_modifier minimiser_before naming_before")),)),
)}


def names() -> list[str]:
    """The names of every lexicon file shipped with the package (without ``.csv``)."""
    folder = resources.files(__package__)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".csv"))


@functools.cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Read ``<name>.csv`` and return its rows as dicts, every row checked against its spec.

    Raises :class:`PackageDataError` naming the file and line of the first bad row, or naming
    the lexicon if there is no such file or no spec for it.
    """
    where = f"analysis/lexicons/{name}.csv"
    spec = SPECS.get(name)
    if spec is None:
        raise PackageDataError(where, f"no such lexicon; known: {', '.join(sorted(SPECS))}")
    try:
        raw = (resources.files(__package__) / f"{name}.csv").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackageDataError(where, "the file is missing from the package") from None
    return tuple(_checked_rows(raw, spec, where))


def _checked_rows(raw: str, spec: Spec, where: str) -> Iterable[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(raw))
    header = tuple(reader.fieldnames or ())
    if header != spec.header:
        raise PackageDataError(f"{where}:1", f"header {list(header)}, expected "
                                             f"{list(spec.header)}")
    seen: dict[tuple[str, ...], int] = {}
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise PackageDataError(f"{where}:{line}", f"expected {len(header)} fields")
        for column in ("term", "source"):
            if not row[column].strip():
                raise PackageDataError(f"{where}:{line}", f"empty {column!r}")
        for f in spec.fields:
            _check_field(f, row, f"{where}:{line}")
        key = (row["term"].lower(), *(row[c] for c in spec.unique))
        if key in seen:
            raise PackageDataError(f"{where}:{line}", f"{row['term']!r} repeats line "
                                                      f"{seen[key]} ({', '.join(key[1:])})")
        seen[key] = line
        rows.append(row)
    if not rows:
        raise PackageDataError(where, "no entries")
    return rows


def _check_field(f: Field, row: dict[str, str], where: str) -> None:
    value = row[f.name]
    if not value:
        if f.required:
            raise PackageDataError(where, f"empty {f.name!r}")
        return
    allowed = f.values
    if isinstance(allowed, Mapping):
        allowed = allowed.get(row[f.depends], frozenset())
    if allowed is None:
        return
    for part in value.split(f.separator) if f.separator else [value]:
        if part not in allowed:
            context = f" for {f.depends} {row[f.depends]!r}" if f.depends else ""
            raise PackageDataError(where, f"{f.name} {part!r} is not one of "
                                          f"{', '.join(sorted(allowed))}{context}")


def terms(name: str, *categories: str) -> list[str]:
    """The entries of lexicon ``name``, in file order: all of them, or those of
    ``categories`` (each must be a category the lexicon's spec declares)."""
    rows = load(name)
    if not categories:
        return [r["term"] for r in rows]
    declared = next(f.values for f in SPECS[name].fields if f.name == "category")
    unknown = set(categories) - set(declared)
    if unknown:
        raise PackageDataError(f"analysis/lexicons/{name}.csv",
                               f"no category {', '.join(sorted(unknown))} in its spec")
    wanted = set(categories)
    return [r["term"] for r in rows if r["category"] in wanted]


def words(name: str, *categories: str) -> frozenset[str]:
    """:func:`terms` lower-cased, as a set: what a rule looks words up in."""
    return frozenset(t.lower() for t in terms(name, *categories))
