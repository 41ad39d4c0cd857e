"""``find_attributions``: the attribution layer of an article, one row per attribution."""

from __future__ import annotations

import bisect
import re

import pandas as pd

from analysis.layers.attribution.detect import Found, find_in_sentence
from analysis.layers.attribution.source_phrases import source_right, type_source
from analysis.schema import BOOL, NULLABLE_INT, TEXT, Column, Columns, Schema
from analysis.spine.article import Article
from analysis.spine.document import Document, as_document
from analysis.spine.quotes import Quote, QuoteIndex
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import SINGULAR_PRONOUNS
from analysis.vocabulary.sources import SOURCE_TYPES, SourceType, effective_type

ATTRIBUTIONS = Schema("attributions", "One row per attribution: who is cited, by which cue, "
                      "saying what. Every offset indexes the article's text.", (
    Column("article_id", TEXT, "the article"),
    Column("sentence_id", NULLABLE_INT, "the sentence of the cue"),
    Column("cue", TEXT, "the cue words as written (*said*, *according to*, *reportedly*)"),
    Column("cue_start", NULLABLE_INT, "where the cue starts"),
    Column("cue_end", NULLABLE_INT, "where it ends"),
    Column("cue_kind", TEXT, "verb, phrase, noun, adverb, or quote (a dash after a quotation)"),
    Column("cue_category", TEXT, "speech, stance, belief, report or hearsay"),
    Column("source", TEXT, "the source phrase as written; empty where the source is unnamed "
                           "(*it was reported*, *reportedly*)"),
    Column("source_start", NULLABLE_INT, "where the source phrase starts"),
    Column("source_end", NULLABLE_INT, "where it ends"),
    Column("source_type", TEXT, "what kind of source: " + ", ".join(SOURCE_TYPES)),
    Column("resolved_source", TEXT, "for a pronoun, the nearest fitting source named before it; "
                                    "else the source itself"),
    Column("resolved_source_type", TEXT, "the type of the resolved source"),
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
    history: list[tuple[str, str, bool]] = []  # (source, type, plural) of named sources so far
    all_tokens = doc.tokens
    index = doc.quotes
    cue_words = cues().cue_words
    article = doc.article
    for k, sent in enumerate(sentences):
        toks = all_tokens[k]
        dash = any(d in toks.texts for d in DASHES)
        if not dash and cue_words.isdisjoint(toks.lows):
            continue  # no word that can start a cue, no dash: nothing to find
        low = norm[sent.start_char : sent.end_char].lower()
        found = find_in_sentence(toks, low)
        for f in found:
            _link_quotes(f, toks, sent, index, sentences, k)
            if f.backward and k > 0:
                f.content = (sentences[k - 1].start_char, sentences[k - 1].end_char)
            rows.append(_row(article, sent.sentence_id, toks, f, low, history))
        if not found and dash:
            for f in _dash_attributions(toks, sent, index, low):
                rows.append(_row(article, sent.sentence_id, toks, f, low, history))
    _mark_nested(rows, index, article.text)
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


def _mark_nested(rows: list[dict], index: QuoteIndex, text: str) -> None:
    """The convention of the attribution corpora: a cue inside a direct quotation (*"I think
    it is important," she said* is one attribution, cue *said*) or inside the content of
    another attribution of its sentence (*police said they believe …*, *a poll found that 74%
    said …*) is nested. Its parent is the attribution whose quotation or content holds it."""
    for row in rows:
        row["nested"] = index.contains(row["cue_start"], row["cue_end"])
        row["parent"] = None
    # the quotations that can hold a nested cue, by where their content starts: a cue's
    # parent is the innermost one that holds it (the latest start; the first row on a tie)
    holders = sorted((row["content_start"], j) for j, row in enumerate(rows)
                     if row["is_quote"] and not row["nested"]
                     and row["content_start"] is not None)
    starts = [start for start, _ in holders]
    first_of_sentence: dict[int, int] = {}
    for k, row in enumerate(rows):
        first_of_sentence.setdefault(row["sentence_id"], k)
        if row["nested"]:
            row["parent"] = _innermost(rows, row, holders, starts)
            continue
        if row["cue_kind"] != "verb" or row["source_start"] is None:
            continue  # "according to X", "reportedly": a source of their own, not nested
        parent = next((j for j in range(first_of_sentence[row["sentence_id"]], k)
                       if not (other := rows[j])["nested"]
                       and other["cue_kind"] == "verb"
                       and other["cue_end"] <= row["cue_start"] and _holds(other, row)
                       and other["content_start"] <= row["source_start"]
                       and not _NEW_CLAUSE.search(text[other["cue_end"]:row["source_start"]])),
                      None)
        if parent is not None:
            row["nested"], row["parent"] = True, parent


def _innermost(rows: list[dict], row: dict, holders: list[tuple[int, int]], starts: list[int]
               ) -> int | None:
    """The row of the quotation that holds ``row``'s cue, looked for from the nearest start
    back (a bisection, so a long article's quotations are not all tried for every cue)."""
    k = bisect.bisect_right(starts, row["cue_start"])
    best = None
    while k > 0:
        k -= 1
        start, j = holders[k]
        if best is not None and start < rows[best]["content_start"]:
            break
        other = rows[j]
        if other is not row and not other["nested"] and _holds(other, row):
            best = j if best is None else min(best, j)
    return best


#: What ends a reported clause before a later cue: a semicolon, a dash, or a coordinated or
#: participial cue of the same source (``and reiterated``, ``, adding``).
_NEW_CLAUSE = re.compile(r"[;—]|\b(?:and|but)\s*$|,\s*$")


def _holds(outer: dict, inner: dict) -> bool:
    """Whether ``inner``'s cue lies inside ``outer``'s content."""
    return outer["content_start"] is not None and \
        outer["content_start"] <= inner["cue_start"] and inner["cue_end"] <= outer["content_end"]


def _row(article: Article, sentence_id: int, toks: Tokens, f: Found, low: str,
         history: list[tuple[str, str, bool]]) -> dict:
    text = article.text
    cue_start, cue_end = toks.starts[f.cue_first], toks.ends[f.cue_last]
    row = {
        "article_id": article.article_id, "sentence_id": sentence_id,
        "cue": text[cue_start:cue_end], "cue_start": cue_start, "cue_end": cue_end,
        "cue_kind": f.kind, "cue_category": f.category,
        "source": None, "source_start": None, "source_end": None, "source_type": None,
        "resolved_source": None, "resolved_source_type": None,
        "content_start": f.content[0] if f.content else None,
        "content_end": f.content[1] if f.content else None,
        "is_quote": f.quote_id is not None,
    }
    if f.source is not None:
        s, e = toks.starts[f.source.first], toks.ends[f.source.last]
        kind, _ = type_source(toks, f.source, low, 0)
        source = text[s:e]
        row.update(source=source, source_start=s, source_end=e, source_type=kind)
        if kind == SourceType.PRONOUN:
            resolved = _resolve(toks.lows[f.source.head], history)
            if resolved is not None:
                row.update(resolved_source=resolved[0], resolved_source_type=resolved[1])
        else:
            head = toks.lows[f.source.head]
            plural = head.endswith("s") and not head.endswith("ss")
            history.append((source, kind, plural))
            row.update(resolved_source=source, resolved_source_type=kind)
    return row


#: A pronoun refers to one of the last sources named, not to one far back in the article.
PRONOUN_WINDOW = 50
#: What each pronoun may refer to: he/she a person, they a group, it an organization or thing.
_PERSONS = frozenset({SourceType.NAMED_PERSON, SourceType.ANONYMOUS})
_GROUPS = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.VAGUE})
_THINGS = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET, SourceType.DOCUMENT})


def _resolve(pronoun: str, history: list[tuple[str, str, bool]]) -> tuple[str, str] | None:
    """The nearest earlier source a pronoun can refer to: he/she — a singular person or
    anonymous source; they — a plural source or an organization; it — an organization,
    outlet or document."""
    for source, kind, plural in reversed(history[-PRONOUN_WINDOW:]):
        if pronoun in SINGULAR_PRONOUNS and kind in _PERSONS and not plural:
            return source, kind
        if pronoun == "they" and (plural or kind in _GROUPS):
            return source, kind
        if pronoun == "it" and kind in _THINGS:
            return source, kind
        if pronoun in ("we", "i"):
            return None
    return None


def _link_quotes(f: Found, toks: Tokens, sent, index: QuoteIndex, sentences,
                 k: int) -> None:
    """Make a direct quotation next to the cue its content: ``"…," Smith said``,
    ``Smith said: "…"``, or ``Smith said:`` closing a sentence before a quotation."""
    if f.kind not in ("verb", "phrase"):
        return
    cue_start = toks.starts[f.cue_first]
    clause_start = toks.starts[f.source.first] if f.source is not None and \
        f.source.first < f.cue_first else cue_start
    for q in index.overlapping(sent.start_char, sent.end_char):
        before = q.close_mark is not None and q.close_mark < clause_start and \
            sent.end_char >= q.close_mark and _only_punct(toks, q.close_mark, clause_start)
        after = q.open_mark > toks.ends[f.cue_last] and _only_punct_or_that(
            toks, toks.ends[f.cue_last], q.open_mark, f)
        if before or after:
            _set_quote(f, q, index)
            return
    if f.colon and k + 1 < len(sentences):
        nxt = sentences[k + 1]
        q = index.opening_at(nxt.start_char, nxt.start_char + 1)
        if q is not None:
            _set_quote(f, q, index)


def _set_quote(f: Found, q: Quote, index: QuoteIndex) -> None:
    pieces = index.pieces[q.quote_id]
    f.content = (pieces[0].start, pieces[-1].end)
    f.quote_id = q.quote_id


def _only_punct(toks: Tokens, start: int, end: int) -> bool:
    return not any(word for at, word in zip(toks.starts, toks.is_word, strict=True)
                   if start <= at < end)


def _only_punct_or_that(toks: Tokens, start: int, end: int, f: Found) -> bool:
    between = [t for t in toks if start <= t.start < end]
    if f.source is not None and f.source.first > f.cue_last:
        between = [t for t in between if not (toks.starts[f.source.first] <= t.start
                                               <= toks.starts[f.source.last])]
    return all(not t.is_word or t.low == "that" for t in between)


DASHES = ("—", "–", "-")


def _dash_attributions(toks, sent, index: QuoteIndex, low) -> list[Found]:
    """``"…" — John Smith``: a dash and a name right after a quotation's closing mark (in the
    same sentence, or alone in the next one) attribute the quotation to that name."""
    for i, text in enumerate(toks.texts):
        if text not in DASHES or (i > 0 and toks.is_word[i - 1]):
            continue  # a dash inside a word group is not an attribution dash
        q = index.closed_before(toks.starts[i])
        if q is None or not _gap_is_blank(low, sent, q.close_mark, toks.starts[i]):
            continue
        src = source_right(toks, i + 1)
        if src is None or src.last < len(toks) - 2:
            continue
        f = Found(i, i, "quote", "speech", src)
        _set_quote(f, q, index)
        return [f]
    return []


def _gap_is_blank(low: str, sent, close_mark: int, dash: int) -> bool:
    """Only the closing mark, punctuation and white space lie between a quotation and the
    dash (the quotation may end the sentence before)."""
    if close_mark >= sent.start_char:
        between = low[close_mark - sent.start_char + 1 : dash - sent.start_char]
    else:
        if sent.start_char - close_mark > 3:
            return False
        between = low[: dash - sent.start_char]
    return all(not ch.isalnum() for ch in between)
