"""Every framing mark of an article, with its span, intensity and voice.

A mark is a loaded word or phrase of the lexicon (``framing.csv``) kept by the context rules
of :mod:`analysis.layers.framing.rules`; a **loaded verb of saying** — an attribution cue the
attribution layer found whose verb carries a connotation (*claimed*, *admitted*, *insisted*);
or **scare quotes** — a word or short phrase in quotation marks that no attribution of its
sentence cites anyone for (*the "elections"*).

Each mark says whose voice it stands in (``voice``): ``quoted`` inside a direct quotation,
``attributed`` inside what an attribution reports someone said (*police said the protesters
were thugs*), ``own`` otherwise — the article's own voice. The attributions are an argument:
this layer never runs the attribution layer itself.
"""

from __future__ import annotations

import bisect
import itertools

from analysis.layers.framing.lexicon import CATEGORIES, Entry, context, index, loaded_verb
from analysis.layers.framing.rules import keep
from analysis.schema import BOOL, FLOAT, INT, TEXT, Column, Columns, Schema
from analysis.spine.document import Document
from analysis.spine.tokens import Tokens

FRAMING = Schema("framing", "One row per framing mark: a loaded word, label, doubt marker, "
                 "editorializing phrase, loaded verb of saying or exaggeration, and whose voice "
                 "it stands in.", (
    Column("article_id", TEXT, "the article"),
    Column("sentence_id", INT, "the sentence"),
    Column("term", TEXT, "the words as written"),
    Column("entry", TEXT, "the lexicon entry they match (*scare quotes* for a quoted word no "
                          "one is cited for)"),
    Column("category", TEXT, ", ".join(CATEGORIES)),
    Column("start_char", INT, "where the words start"),
    Column("end_char", INT, "where they end"),
    Column("intensity", FLOAT, "how strong the term is, on VADER's 0–4 scale (VADER's own "
                               "value where it lists the word, the lexicon's otherwise)"),
    Column("in_quote", BOOL, "inside a direct quotation"),
    Column("voice", TEXT, "own (the article's own voice), quoted (inside a direct quotation) or "
                          "attributed (inside what an attribution reports someone said)"),
))
FRAMING_COLUMNS = FRAMING.names
#: Voices a mark can stand in.
OWN, QUOTED, ATTRIBUTED = "own", "quoted", "attributed"
SCARE_QUOTES = Entry("scare quotes", "doubt", 1.5)
NAMING_BEFORE = context("naming_before")
_MAX_SCARE_WORDS = 3


def framing_columns(doc: Document, attributions: Columns) -> Columns:
    """Every framing mark of ``doc`` as columns (:data:`FRAMING`), given the document's
    attributions (the attribution layer's columns)."""
    text, quotes = doc.text, doc.quotes
    inside = _Inside([(s, e) for s, e in zip(attributions["content_start"],
                                             attributions["content_end"], strict=True)
                      if s is not None])
    by_sentence = _loaded_cues(attributions, text)
    cited: dict[int, list[int]] = {}  # each sentence's attribution rows, looked up once
    for k, sid in enumerate(attributions["sentence_id"]):
        cited.setdefault(int(sid), []).append(k)
    first = _first_words()
    rows: list[tuple] = []
    for sent, toks in zip(doc.sentences, doc.tokens, strict=True):
        marks = list(_lexicon_marks(toks, first))
        marks += by_sentence.get(sent.sentence_id, [])
        marks += _scare_quotes(doc, sent, toks, attributions,
                               cited.get(sent.sentence_id, []))
        for start, end, entry in sorted(marks, key=lambda m: (m[0], m[1])):
            quoted = quotes.contains(start, end)
            if entry is SCARE_QUOTES:
                voice = OWN  # the writer's quotation marks: no one is cited for the words
            else:
                voice = QUOTED if quoted else ATTRIBUTED if inside(start, end) \
                    else OWN
            rows.append((doc.article_id, sent.sentence_id, text[start:end], entry.term,
                         entry.category, start, end, entry.intensity, quoted, voice))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(FRAMING_COLUMNS)
    return {name: list(values) for name, values in zip(FRAMING_COLUMNS, columns, strict=True)}


def _first_words() -> frozenset[str]:
    return frozenset(index())


def _lexicon_marks(toks: Tokens, first: frozenset[str]):
    """Longest lexicon matches, left to right, kept by the context rules."""
    lows = toks.lows
    idx = index()
    i = 0
    for k in toks.where(first):
        if k < i:
            continue
        for words, entry in idx[lows[k]]:
            j = k + len(words)
            if tuple(lows[k:j]) == words and keep(toks, k, j, entry):
                yield toks.starts[k], toks.ends[j - 1], entry
                i = j
                break


def _loaded_cues(attributions: Columns, text: str) -> dict[int, list[tuple[int, int, Entry]]]:
    """The cues of the attribution layer whose verb is loaded, by sentence."""
    out: dict[int, list[tuple[int, int, Entry]]] = {}
    for sid, cue, kind, start, end in zip(attributions["sentence_id"], attributions["cue"],
                                          attributions["cue_kind"], attributions["cue_start"],
                                          attributions["cue_end"], strict=True):
        entry = loaded_verb(cue) if kind == "verb" and not _fixed_phrase(text, end) else None
        if entry is not None:
            out.setdefault(int(sid), []).append((int(start), int(end), entry))
    return out


def _fixed_phrase(text: str, cue_end: int) -> bool:
    """*claimed responsibility*, *claimed credit*: the plain words for the act, not a sneer."""
    after = text[cue_end : cue_end + 16].split()
    return bool(after) and after[0].lower() in ("responsibility", "credit")


def _scare_quotes(doc: Document, sent, toks: Tokens, attributions: Columns,
                  cited: list[int]):
    """Short quotations in ``sent`` that no attribution of the sentence cites anyone for and
    that are not names (*called it the "Flyboard"*, *"Witch Hunt"* as a title)."""
    quoted = doc.quotes.overlapping(sent.start_char, sent.end_char)
    if not quoted:
        return []
    out = []
    held = _Held(attributions, cited)
    for q in quoted:
        if q.open_mark is None or q.close_mark is None or q.start < sent.start_char \
                or q.end > sent.end_char:  # a piece of a quotation over paragraphs: no scare
            continue
        # the tokens inside the quotation, bisected: a sentence's tokens are in order
        first = bisect.bisect_left(toks.starts, q.start)
        last = bisect.bisect_right(toks.ends, q.end)
        inside = [k for k in range(first, last) if toks.is_word[k]]
        if not inside or len(inside) > _MAX_SCARE_WORDS:
            continue
        if all(toks.texts[k][:1].isupper() or toks.texts[k][:1].isdigit() for k in inside):
            continue  # a name or a title: "Flyboard Air", "Witch Hunt"
        if held(q.start, q.end):
            continue  # someone is cited for the words
        before = [toks.lows[k] for k in range(max(0, inside[0] - 3), inside[0])
                  if toks.is_word[k]]
        if before and (before[-1] in NAMING_BEFORE or " ".join(before[-2:]) in NAMING_BEFORE):
            continue  # "called it the 'Flyboard'", "known as 'the Beast'": a name
        out.append((toks.starts[inside[0]], toks.ends[inside[-1]], SCARE_QUOTES))
    return out


class _Held:
    """Whether any of the ``cited`` attribution rows of a sentence cites someone for
    ``[start, end)``: a row with a source does for every quotation of its sentence, a row
    without one for the quotations its content overlaps. Answered by bisection over the
    contents by start, with the furthest end so far (not a try of every row per quotation)."""

    def __init__(self, attributions: Columns, cited: list[int]) -> None:
        self.any_source = any(attributions["source_start"][k] is not None for k in cited)
        spans = sorted((attributions["content_start"][k], attributions["content_end"][k])
                       for k in cited if attributions["content_start"][k] is not None)
        self.starts = [s for s, _ in spans]
        self.furthest = list(itertools.accumulate((e for _, e in spans), max))

    def __call__(self, start: int, end: int) -> bool:
        if self.any_source:
            return True
        k = bisect.bisect_left(self.starts, end)  # the contents that start before end
        return k > 0 and self.furthest[k - 1] > start


class _Inside:
    """Whether a span lies inside one of ``spans``, by bisection: the spans that start no
    later than it, and the furthest end among them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.furthest = list(itertools.accumulate((e for _, e in spans), max))

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.furthest[k - 1] >= end
