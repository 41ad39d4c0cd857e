"""``find_attributions``: the attribution layer of an article, one row per attribution."""

from __future__ import annotations

import pandas as pd

from analysis.layers.attribution.detect import Found, find_in_sentence
from analysis.layers.attribution.entities import (
    named_they,
    phrase_entity,
    pronoun_entity,
    pronoun_fits,
)
from analysis.layers.attribution.headlines import reread_headline
from analysis.layers.attribution.nesting import mark_nested
from analysis.layers.attribution.quotations import (
    DASHES,
    dash_attributions,
    link_quotes,
    quotations_resumed_after,
    quotations_shared,
)
from analysis.layers.attribution.source_phrases import repaired
from analysis.layers.attribution.source_types import anonymity_clause_in, type_source
from analysis.layers.attribution.turns import (
    STATEMENT,
    colon_block,
    nest_in_statements,
    nest_in_turns,
    with_turns,
)
from analysis.schema import BOOL, NULLABLE_INT, TEXT, Column, Columns, Schema
from analysis.spine.article import Article
from analysis.spine.document import Document, as_document
from analysis.spine.names import headline_case
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import (
    PRONOUN_OF_OBJECT,
    PRONOUN_OF_POSSESSIVE,
    SINGULAR_PRONOUNS,
)
from analysis.vocabulary.sources import SOURCE_TYPES, SourceType, effective_type

ATTRIBUTIONS = Schema("attributions", "One row per attribution: who is cited, by which cue, "
                      "saying what. Every offset indexes the article's text.", (
    Column("article_id", TEXT, "the article"),
    Column("sentence_id", NULLABLE_INT, "the sentence of the cue"),
    Column("cue", TEXT, "the cue words as written (*said*, *according to*, *reportedly*)"),
    Column("cue_start", NULLABLE_INT, "where the cue starts"),
    Column("cue_end", NULLABLE_INT, "where it ends"),
    Column("cue_kind", TEXT, "verb, phrase, noun, adverb, quote (a dash after a quotation), or "
                             "label (a transcript's speaker label, or a headline's source "
                             "before a colon: the cue is its colon)"),
    Column("cue_category", TEXT, "speech, stance, belief, report or hearsay"),
    Column("source", TEXT, "the source phrase as written; empty where the source is unnamed "
                           "(*it was reported*, *reportedly*)"),
    Column("source_start", NULLABLE_INT, "where the source phrase starts"),
    Column("source_end", NULLABLE_INT, "where it ends"),
    Column("source_type", TEXT, "what kind of source, by who it is (its entity's type): "
                                + ", ".join(SOURCE_TYPES) + "; a pronoun stays ``pronoun``"),
    Column("entity", TEXT, "who the source is, as a reader of the whole article knows it: the "
                           "fullest name the article gives (*Nicholas Burns* for *Burns*, the "
                           "company for *the company*, the person a pronoun points back to), "
                           "else the source phrase itself; empty for an unresolved pronoun or "
                           "an unnamed source"),
    Column("resolved_source", TEXT, "kept for one release, read ``entity``: for a pronoun, "
                                    "who it refers to; else the source itself"),
    Column("resolved_source_type", TEXT, "kept for one release, read ``counts_as``: the type "
                                         "of the resolved source"),
    Column("content_start", NULLABLE_INT, "where what is attributed starts (a reported clause or "
                                          "a quotation, which may run over several sentences)"),
    Column("content_end", NULLABLE_INT, "where it ends; both empty where there is no content"),
    Column("is_quote", BOOL, "the content is a direct quotation"),
    Column("nested", BOOL, "the cue stands inside a direct quotation or inside the content of "
                           "an earlier attribution of its sentence: someone else's words, not "
                           "an attribution of the article's (kept to be shown, left out of "
                           "every count and of the evaluation)"),
    Column("parent", NULLABLE_INT, "for a nested attribution, the row (0, 1, … among the "
                                   "article's attributions) of the one whose quotation or "
                                   "content holds it; empty if no attribution holds that "
                                   "quotation"),
    Column("counts_as", TEXT, "the type the attribution counts as in every count of the "
                              "workbook: the resolved source's type, ``pronoun`` for an "
                              "unresolved pronoun, ``unnamed`` where there is no source "
                              "phrase; one of " + ", ".join(t.value for t in SourceType)),
))
ATTRIBUTION_COLUMNS = ATTRIBUTIONS.names


def find_attributions(article: Article | Document) -> pd.DataFrame:
    """Every attribution in ``article``: who is cited, by which cue, saying what (one row per
    attribution; columns: :data:`ATTRIBUTIONS`)."""
    return ATTRIBUTIONS.frame(attribution_columns(as_document(article,
                                                                 function="find_attributions")))


def attribution_columns(doc: Document) -> Columns:
    """:func:`find_attributions` as columns (see :mod:`analysis.schema`)."""
    norm = doc.normalized
    sentences = doc.sentences
    rows: list[dict] = []
    # (entity, type, plural, the entity model's name) of the sources named so far
    history: list[tuple[str, str, bool, str]] = []
    all_tokens = doc.tokens
    index = doc.quotes
    cue_words = cues().cue_words
    article = doc.article
    for k, sent in enumerate(sentences):
        toks = all_tokens[k]
        dash = any(d in toks.texts for d in DASHES)
        if not dash and not sent.is_title and cue_words.isdisjoint(toks.lows):
            continue  # no word that can start a cue, no dash, no title
        low = norm[sent.start_char : sent.end_char].lower()
        found = find_in_sentence(toks, low)
        if sent.is_title or found:  # a headline's syntax is not a sentence's
            found = reread_headline(toks, low, found, title=sent.is_title,
                                    headline=headline_case(toks))
        word_starts = [at for at, word in zip(toks.starts, toks.is_word, strict=True) if word] \
            if found else []
        for f in found:
            link_quotes(f, toks, sent, index, sentences, k, word_starts)
            if f.backward and k > 0:
                f.content = (sentences[k - 1].start_char, sentences[k - 1].end_char)
            rows.append(_row(doc, sent.sentence_id, toks, f, low, history))
        if not found and dash:
            for f in dash_attributions(toks, sent, index, low):
                rows.append(_row(doc, sent.sentence_id, toks, f, low, history))
    quotations_resumed_after(doc, rows)
    quotations_shared(doc, rows)
    rows, turns = with_turns(doc, rows)  # a transcript: each speaker's turn, one row
    mark_nested(rows, index, article.text)
    nest_in_statements(rows)
    nest_in_turns(rows, turns)
    for row in rows:
        row["counts_as"] = effective_type(row["resolved_source_type"], row["source_type"])
    return {name: [row[name] for row in rows] for name in ATTRIBUTION_COLUMNS}


def counted_rows(attributions: Columns) -> list[bool]:
    """Which rows every count counts: all but the nested ones (the one rule; :func:`counted`
    applies it)."""
    return [not nested for nested in attributions["nested"]]


def counted(attributions: Columns) -> Columns:
    """The attributions every count counts: the table's columns without its nested rows."""
    keep = counted_rows(attributions)
    if all(keep):
        return attributions
    return {name: [v for v, k in zip(values, keep, strict=True) if k]
            for name, values in attributions.items()}


def _row(doc: Document, sentence_id: int, toks: Tokens, f: Found, low: str,
         history: list[tuple[str, str, bool, str]]) -> dict:
    article = doc.article
    text = article.text
    cue_start, cue_end = toks.starts[f.cue_first], toks.ends[f.cue_last]
    row = {
        "article_id": article.article_id, "sentence_id": sentence_id,
        "cue": text[cue_start:cue_end], "cue_start": cue_start, "cue_end": cue_end,
        "cue_kind": f.kind, "cue_category": f.category,
        "source": None, "source_start": None, "source_end": None, "source_type": None,
        "entity": None, "resolved_source": None, "resolved_source_type": None,
        "content_start": f.content[0] if f.content else None,
        "content_end": f.content[1] if f.content else None,
        "is_quote": f.quote_id is not None,
    }
    if f.quote_id is None and f.kind in ("verb", "phrase"):
        block = colon_block(doc, cue_end)  # "Minister Jane Roe said:" and her paragraphs
        if block is not None:  # her own words, printed without marks: a direct quotation
            row.update(content_start=block[0], content_end=block[1], is_quote=True)
            row[STATEMENT] = True
    if f.source is not None:
        f.source = repaired(toks, f.source)
    if f.source is not None:
        s, e = toks.starts[f.source.first], toks.ends[f.source.last]
        headline = doc.sentences[sentence_id].is_title and headline_case(toks)
        kind, _ = type_source(toks, f.source, low, 0, headline=headline)
        source = text[s:e]
        row.update(source=source, source_start=s, source_end=e, source_type=kind)
        head = toks.lows[f.source.head]
        head = PRONOUN_OF_POSSESSIVE.get(head, PRONOUN_OF_OBJECT.get(head, head))  # "his
        # promises": whom "he" names; "let me reassure you": "I"
        if kind == SourceType.PRONOUN:
            fitting = [h for h in history[-PRONOUN_WINDOW:] if pronoun_fits(doc, head, h[3])]
            resolved = (head == "they" and named_they(doc, s)) or _resolve(
                head, fitting) or pronoun_entity(doc, head, s)
            if resolved is not None:
                row.update(entity=resolved[0], resolved_source=resolved[0],
                           resolved_source_type=resolved[1])
        else:
            found = phrase_entity(doc, toks, f.source, kind, anonymity_clause_in(low),
                                  cue=f.cue_first)
            entity, typed = found if found is not None else (source, kind)
            if found is not None and typed is None:
                # an entity no name makes is named by the phrase of its first attribution
                # ("sources in the Ukrainian anti-fascist underground"), and keeps its type
                entity = next((e for e, _, _, model in history if model == found[0]), source)
                kind = next((k for _, k, _, model in history if model == found[0]), kind)
            else:
                kind = typed
            plural = head.endswith("s") and not head.endswith("ss")
            history.append((entity, kind, plural, found[0] if found is not None else entity))
            row.update(source_type=kind, entity=entity, resolved_source=entity,
                       resolved_source_type=kind)
    return row


#: A pronoun refers to one of the last sources named, not to one far back in the article.
PRONOUN_WINDOW = 50
#: What each pronoun may refer to: he/she a person, they a group, it an organization or thing.
_PERSONS = frozenset({SourceType.NAMED_PERSON, SourceType.ANONYMOUS})
_GROUPS = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.VAGUE})
_THINGS = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET, SourceType.DOCUMENT})


def _resolve(pronoun: str, history: list[tuple[str, str, bool, str]]
             ) -> tuple[str, str] | None:
    """The nearest earlier source a pronoun can refer to: he/she — a singular person or
    anonymous source; they — a plural source or an organization; it — an organization,
    outlet or document."""
    for source, kind, plural, _ in reversed(history[-PRONOUN_WINDOW:]):
        if pronoun in SINGULAR_PRONOUNS and kind in _PERSONS and not plural:
            return source, kind
        if pronoun == "they" and (plural or kind in _GROUPS):
            return source, kind
        if pronoun == "it" and kind in _THINGS:
            return source, kind
        if pronoun in ("we", "i"):
            return None
    return None
