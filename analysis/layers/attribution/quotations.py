"""Which quotation is a cue's content: quotations linked to cues, and shared between them.

A verb or phrase cue takes as content the quotation next to it (:func:`link_quotes`): the one
closed just before its clause (``"…," Smith said``), or the one opened just after it (``Smith
said: "…"``, ``said at a press conference: "…"``), or, after a colon closing the sentence, the
one that opens the next. A quotation the cue interrupts goes on after it (``"We are ready," he
said, "and we will win."``), and so does one resumed in the next sentence of the paragraph with
no cue of its own (:func:`quotations_resumed_after`); two cues never share one quotation's
words (:func:`quotations_shared`). A dash and a name after a quotation attribute it to the
name (:func:`dash_attributions`). Every lookup is a bisection of the article's
:class:`~analysis.spine.quotes.QuoteIndex`, and the passes over an article's rows are one
each: linear in the cues.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from analysis.layers.attribution.detect import Found
from analysis.layers.attribution.source_phrases import source_right
from analysis.layers.attribution.turns import STATEMENT
from analysis.spine.document import Document
from analysis.spine.quotes import Quote, QuoteIndex
from analysis.spine.sentences import Sentence
from analysis.spine.tokens import Tokens


def link_quotes(f: Found, toks: Tokens, sent: Sentence, index: QuoteIndex,
                sentences: Sequence[Sentence], k: int, word_starts: list[int]) -> None:
    """Make a direct quotation next to the cue its content: ``"…," Smith said``,
    ``Smith said: "…"``, or ``Smith said:`` closing a sentence before a quotation.

    The quotation is bisected for, not searched: the first one closed after the last word
    before the cue's clause (``word_starts``: where the sentence's words start) and after any
    colon there, or else the first one opened after the cue, if only punctuation (or *that*,
    or the source) lies between, or a colon stands right before it (*said at a press
    conference: "…*). A quotation before the clause precedes every quotation after the cue,
    so this is the first of the sentence's quotations that is either."""
    if f.kind not in ("verb", "phrase"):
        return
    cue_start, cue_end = toks.starts[f.cue_first], toks.ends[f.cue_last]
    clause_start = toks.starts[f.source.first] if f.source is not None and \
        f.source.first < f.cue_first else cue_start
    w = bisect.bisect_left(word_starts, clause_start)
    last_word = word_starts[w - 1] if w else -1  # the last word before the clause
    after = max(last_word, sent.start_char)
    after = max(after, _last_colon(toks, after, clause_start))
    c = bisect.bisect_right(index.closes, after)
    if c < len(index.closed):
        q = index.closed[c]  # closed after that word: only punctuation up to the clause
        if q.close_mark < clause_start and q.close_mark <= sent.end_char:
            set_quote(f, q, index)
            _resumed_after(f, toks, sent, index, cue_end)
            return
    o = bisect.bisect_right(index.opens, cue_end)
    if o < len(index.opened):
        q = index.opened[o]  # opened after the cue, in the sentence
        if q.start < sent.end_char and (_only_punct_or_that(toks, f, q.open_mark)
                                        or _after_colon(toks, cue_end, q.open_mark)):
            set_quote(f, q, index)
            return
    if f.colon and k + 1 < len(sentences):
        nxt = sentences[k + 1]
        q = index.opening_at(nxt.start_char, nxt.start_char + 1)
        if q is not None:
            set_quote(f, q, index)


def _resumed_after(f: Found, toks: Tokens, sent: Sentence, index: QuoteIndex, cue_end: int) -> None:
    """A quotation interrupted by its cue is one content in two pieces (the guideline's
    *"We are ready," he said, "and we will win."*): the content of a cue after a quotation runs
    on to the end of the next quotation, when one opens after the cue in its sentence with only
    punctuation (and the source) between."""
    o = bisect.bisect_right(index.opens, cue_end)
    if o < len(index.opened):
        q = index.opened[o]
        if q.quote_id != f.quote_id and q.start < sent.end_char \
                and _only_punct_or_that(toks, f, q.open_mark):
            f.content = (f.content[0], index.pieces[q.quote_id][-1].end)


def _last_colon(toks: Tokens, start: int, end: int) -> int:
    """Where the last colon between ``start`` and a cue's clause at ``end`` stands (-1 if
    none): a quotation closed before it introduces what follows, it is not the clause's
    content (*"We Were Strangers Once, Too": The President Announces New Steps on
    Immigration*). Only punctuation lies there, so the walk is short."""
    for j in range(bisect.bisect_left(toks.starts, end) - 1,
                   bisect.bisect_right(toks.starts, start) - 1, -1):
        if toks.texts[j] == ":":
            return toks.starts[j]
    return -1


def _after_colon(toks: Tokens, cue_end: int, mark: int) -> bool:
    """Whether a colon after the cue stands right before the opening ``mark``: it introduces
    the quotation as the cue's content, whatever words lie between (*Police Senior
    Superintendent Yolanda Yu Hoi-kwan said at a press conference: "The police officers' lives
    were seriously threatened.*)."""
    j = bisect.bisect_left(toks.starts, mark) - 1
    return j >= 0 and toks.texts[j] == ":" and toks.starts[j] >= cue_end


def set_quote(f: Found, q: Quote, index: QuoteIndex) -> None:
    """Make quotation ``q`` — all its pieces, over paragraphs — the content of ``f``."""
    pieces = index.pieces[q.quote_id]
    f.content = (pieces[0].start, pieces[-1].end)
    f.quote_id = q.quote_id


def _only_punct_or_that(toks: Tokens, f: Found, end: int) -> bool:
    """Whether only punctuation, *that* and the cue's source (after it) lie between the cue
    and ``end``: read from the cue on, up to the first word that is none of them."""
    source = f.source is not None and f.source.first > f.cue_last
    for i in range(f.cue_last + 1, len(toks)):
        if toks.starts[i] >= end:
            break
        if toks.is_word[i] and toks.lows[i] != "that" and not (
                source and f.source.first <= i <= f.source.last):
            return False
    return True


DASHES = ("—", "–", "-")


def dash_attributions(toks: Tokens, sent: Sentence, index: QuoteIndex, low: str
                      ) -> list[Found]:
    """``"…" — John Smith``: a dash and a name right after a quotation's closing mark (in the
    same sentence, or alone in the next one) attribute the quotation to that name."""
    for i, text in enumerate(toks.texts):
        if text not in DASHES or (i > 0 and (toks.is_word[i - 1] or toks.texts[i - 1] in DASHES)):
            continue  # a dash inside a word group is not an attribution dash
        q = index.closed_before(toks.starts[i])
        if q is None or not _gap_is_blank(low, sent, q.close_mark, toks.starts[i]):
            continue
        last = i
        while last + 1 < len(toks) and toks.texts[last + 1] in DASHES:
            last += 1  # "--": a dash typed as two hyphens
        src = source_right(toks, last + 1)
        if src is None or not _dateline_after(toks, src.last + 1):
            continue
        f = Found(i, last, "quote", "speech", src)
        set_quote(f, q, index)
        return [f]
    return []


def _dateline_after(toks: Tokens, k: int) -> bool:
    """Whether only a final period, or a comma and a date or place, follow a dash's name
    (``-- President Obama, November 20, 2014``): words that are capitalised or numbers."""
    if k >= len(toks) - 1:
        return True
    return toks.texts[k] == "," and all(
        not toks.is_word[j] or toks.texts[j][:1].isupper() or toks.texts[j][:1].isdigit()
        for j in range(k + 1, len(toks)))


def _gap_is_blank(low: str, sent: Sentence, close_mark: int, dash: int) -> bool:
    """Only the closing mark, punctuation and white space lie between a quotation and the
    dash (the quotation may end the sentence before)."""
    if close_mark >= sent.start_char:
        between = low[close_mark - sent.start_char + 1 : dash - sent.start_char]
    else:
        if sent.start_char - close_mark > 3:
            return False
        between = low[: dash - sent.start_char]
    return all(not ch.isalnum() for ch in between)


def quotations_resumed_after(doc: Document, rows: list[dict]) -> None:
    """A quotation resumed in the next sentence of the paragraph, with no cue of its own, is
    the same content as the quotation before the cue (*"When you're in the back of a Stryker,
    there are no windows," said Pvt. Brandon Hickle. "You know what your mission is …"*): the
    content of the sentence's last cue that took a quotation before it runs on to that
    quotation's end. One pass over the rows (they come in reading order)."""
    sentences, index = doc.sentences, doc.quotes
    last_of_sentence = {row["sentence_id"]: row for row in rows  # a cue inside a quotation
                        if not index.contains(row["cue_start"], row["cue_end"])}  # is none
    for k, row in last_of_sentence.items():
        if not row["is_quote"] or row["content_end"] is None \
                or row["content_end"] > row["cue_start"] or k + 1 >= len(sentences) \
                or k + 1 in last_of_sentence \
                or sentences[k + 1].paragraph_id != sentences[k].paragraph_id:
            continue
        nxt = sentences[k + 1]
        q = index.opening_at(nxt.start_char, nxt.start_char + 1)
        if q is not None:
            row["content_end"] = index.pieces[q.quote_id][-1].end


def quotations_shared(doc: Document, rows: list[dict]) -> None:
    """Two cues never share one quotation's words. A later cue whose quotation began in the
    paragraph of an earlier cue, or before it, has as content only the pieces of it after
    that paragraph, and the earlier cue's content ends before them (*"We will go," she said.
    "We will win.* / *"We have the votes," she added.*: *said* has *We will go … We will win*,
    *added* only *We have the votes*). Read in one pass, each cue against the last one before
    it that took a quotation."""
    index, paragraphs = doc.quotes, doc.article.paragraphs
    before: dict | None = None
    for row in rows:
        if not row["is_quote"] or row["content_start"] is None or row.get(STATEMENT) \
                or index.contains(row["cue_start"], row["cue_end"]):
            continue
        if before is not None and row["content_start"] < before["content_end"]:
            p = bisect.bisect_left(paragraphs, before["cue_end"], key=lambda p: p.end_char)
            k = bisect.bisect_right(index.starts, paragraphs[p].end_char) if p < len(
                paragraphs) else len(index.quotes)
            if k < len(index.quotes) and index.quotes[k].start < row["cue_start"]:
                row["content_start"] = index.quotes[k].start
                last = index.quotes[k - 1].end  # the piece before: the earlier cue's last
                if before["content_start"] < last < before["content_end"]:
                    before["content_end"] = last
        before = row
