"""Who speaks: one row per cited entity of an article (the ``sources`` table).

Each row gathers the attributions of one entity — the attribution table's ``entity``, who the
source is as a reader of the whole article knows it (*Tomas Eder* for *ministry spokesman
Tomas Eder*, *Eder* and *he*). The attributions it counts are the ones every other count
counts: the body's (not the title's, nor a byline's or a credit line's, as the article summary
counts them), and never a nested one (:func:`~analysis.layers.attribution.counted_rows`, the
one rule). An attribution with no entity — an unnamed source (*reportedly*), a pronoun that
points to no one — is counted in the article's total, so in every ``share``, but is no one's
row.

Names that differ only by case or a leading *the* (*The CIA*, *the CIA*) are one entity
(:func:`entity_key`). A row's ``source_type`` is what its attributions count as
(``counts_as``; the most frequent, should they differ). Its mentions are the distinct source
phrases of its attributions, and the entity model's mentions of it in the body
(:mod:`analysis.spine.entities`) that lie outside those phrases; its roles are the titles and
roles the entity model saw with it, and for a person the words of a source phrase around the
name (*ministry spokesman* in *ministry spokesman Tomas Eder*).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from analysis.layers.attribution import counted_rows
from analysis.schema import FLOAT, INT, TEXT, Column, Columns, Schema
from analysis.spine.document import Document
from analysis.spine.furniture import BODY
from analysis.vocabulary.sources import NAMED_TYPES, SourceType, entity_key

SOURCES = Schema("sources", "One row per cited entity (who speaks): its attributions in the "
                 "body, nested ones not counted, most cited first.", (
    Column("article_id", TEXT, "the article"),
    Column("entity", TEXT, "who the source is (the attribution table's ``entity``; names that "
                           "differ only by case or a leading *the* are one)"),
    Column("source_type", TEXT, "what its attributions count as (``counts_as``)"),
    Column("n_attributions", INT, "its attributions"),
    Column("n_direct_quotes", INT, "its attributions whose content is a direct quotation"),
    Column("n_mentions", INT, "the places the body names or points to it: its source phrases, "
                              "and the entity model's other mentions of it"),
    Column("roles", TEXT, "the titles and roles seen with it (``; ``-joined; empty if none)"),
    Column("first_paragraph", INT, "the paragraph of its first attribution"),
    Column("share", FLOAT, "its share of the article's counted attributions in the body"),
))
SOURCE_COLUMNS = SOURCES.names

#: A leading article a name may be written with or without (*the CIA*).
#: What trims a role read from a source phrase: punctuation and spaces at either end.
_TRIM = " \t\n,;:()-–—'\"’"


@dataclass
class _Source:
    """One entity's attributions, as they are gathered."""

    forms: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    n: int = 0
    quotes: int = 0
    spans: set = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    first_paragraph: int = 0
    order: int = 0


def source_columns(doc: Document, sentences: Columns, attributions: Columns) -> Columns:
    """The ``sources`` table of one article (:data:`SOURCES`) as columns, given its sentence
    table (the spine's columns: ``sentence_id``, ``paragraph_id``, ``paragraph_kind``,
    ``start_char``) and its attributions."""
    paragraph_of = {sid: pid for sid, pid, kind in zip(
        sentences["sentence_id"], sentences["paragraph_id"], sentences["paragraph_kind"],
        strict=True) if kind == BODY}
    att = attributions
    gathered: dict[str, _Source] = {}
    total = 0
    for k, (sid, counts) in enumerate(zip(att["sentence_id"], counted_rows(att), strict=True)):
        if not counts or sid not in paragraph_of:
            continue
        total += 1
        entity = att["entity"][k]
        if not isinstance(entity, str) or not entity.strip():
            continue  # an unnamed source, a pronoun that points to no one: counted, no row
        key = entity_key(entity)
        row = gathered.get(key)
        if row is None:
            row = gathered[key] = _Source(first_paragraph=int(paragraph_of[sid]),
                                          order=len(gathered))
        row.n += 1
        row.quotes += bool(att["is_quote"][k])
        row.forms[_as_listed(entity)] += 1
        row.types[att["counts_as"][k]] += 1
        start, end, source = att["source_start"][k], att["source_end"][k], att["source"][k]
        if start is not None:
            row.spans.add((int(start), int(end)))
            if att["counts_as"][k] == SourceType.NAMED_PERSON.value and isinstance(source, str):
                _add_role(row.roles, _role_around(source, entity))
    if gathered:
        _add_entity_model(doc, sentences, paragraph_of, gathered)
    rows = sorted(gathered.values(), key=lambda r: (-r.n, r.first_paragraph, r.order))
    return {
        "article_id": [doc.article.article_id] * len(rows),
        "entity": [_name(r) for r in rows],
        "source_type": [_most_common(r.types) for r in rows],
        "n_attributions": [r.n for r in rows],
        "n_direct_quotes": [r.quotes for r in rows],
        "n_mentions": [len(r.spans) for r in rows],
        "roles": ["; ".join(r.roles) for r in rows],
        "first_paragraph": [r.first_paragraph for r in rows],
        "share": [r.n / total for r in rows],
    }


def named_sources(sources: Columns) -> int:
    """How many distinct entities of a ``sources`` table are named (a person, an organization
    or an outlet)."""
    return sum(t in NAMED_TYPES for t in sources["source_type"])


def top_share(sources: Columns) -> float | None:
    """The share of the article's counted attributions its most-cited entity carries; None if
    no attribution has an entity."""
    shares = sources["share"]
    return float(max(shares)) if len(shares) else None


def _most_common(counter: Counter) -> str:
    """The most frequent value, the first seen among equals."""
    return max(counter.items(), key=lambda item: item[1])[0]


def _as_listed(name: str) -> str:
    """A name as a list shows it: a description's capital *The* lowered (*the underground
    source*), a name's kept (*The New York Times*)."""
    words = name.split()
    if len(words) > 1 and words[0] == "The" and words[1][:1].islower():
        return " ".join(["the", *words[1:]])
    return " ".join(words)


def _name(row: _Source) -> str:
    return _most_common(row.forms)


def _role_around(source: str, entity: str) -> str:
    """The words of a person's source phrase besides the name (*ministry spokesman* in
    *ministry spokesman Tomas Eder*, *chief economist at Meridian* in *Jane Roe, chief
    economist at Meridian*); ``""`` if the phrase is only the name, or does not hold it, or
    holds besides it only a possessive (*NPR's*: whose, not what, the person is)."""
    low, name = source.casefold(), entity.casefold()
    at = low.find(name)
    length = len(name)
    if at < 0:
        surname = name.split()[-1] if name.split() else ""
        match = re.search(rf"\b{re.escape(surname)}\b", low) if surname else None
        if match is None:
            return ""
        at, length = match.start(), len(surname)
    rest = " ".join(f"{source[:at]} {source[at + length:]}".split()).strip(_TRIM)
    rest = re.sub(r"^(the|a|an)\s+", "", rest, flags=re.IGNORECASE).strip(_TRIM)
    if not any(ch.isalpha() for ch in rest) or re.fullmatch(r"\S+['’]s", rest):
        return ""
    return rest


def _add_role(roles: list[str], role: str) -> None:
    if role and role.casefold() not in {r.casefold() for r in roles}:
        roles.append(role)


def _add_entity_model(doc: Document, sentences: Columns, paragraph_of: dict,
                      gathered: dict[str, _Source]) -> None:
    """Add the entity model's roles of each gathered entity, and its mentions in the body that
    lie outside the entity's source phrases."""
    model = doc.entities
    by_key = {}
    for entity in model.entities:
        key = entity_key(entity.name)
        if key in gathered:
            by_key.setdefault(key, entity)
    if not by_key:
        return
    starts = list(sentences["start_char"])
    in_body = [sid in paragraph_of for sid in sentences["sentence_id"]]
    for key, entity in by_key.items():
        row = gathered[key]
        for role in entity.roles:
            _add_role(row.roles, role)
        for index in entity.mentions:
            m = model.mentions[index]
            k = bisect.bisect_right(starts, m.start) - 1
            if k < 0 or not in_body[k]:
                continue
            if not any(s <= m.start and m.end <= e for s, e in row.spans):
                row.spans.add((m.start, m.end))
