"""From attributions to sentences: which sentences are attributed, which assert on their own.

**Carry-over rule.** A sentence with no cue of its own is still *attributed* when its text lies
inside the content of an attribution made in another sentence:
- a direct quotation that runs over several sentences or paragraphs (``"We will go. We will
  win," Smith said.`` — the first sentence is carried by the second);
- a colon introduction (``Smith said:`` followed by the quotation in the next sentence);
- a backward reference (``This was reported by sources …`` carries the sentence before);
- a continued quotation: a sentence that opens with a quotation mark, or all of whose words
  are quoted (``quoted``), and has no cue, right after a sentence in the same paragraph whose
  attribution is a quotation or that such a quotation carries (``"…," said Pvt. Brandon
  Hickle. "You know what your mission is, but you don't know what lies ahead. It's an
  adrenaline rush."`` — both sentences after the cue's).
A pronoun-led sentence (``He noted …``) needs no carry-over: its cue makes it attributed, and
the pronoun is resolved to the source before it.

**Unattributed assertion.** A body sentence that is not attributed (neither by a cue of its own
nor by carry-over), is not quoted (a sentence inside someone's quotation is never the article's
own claim, even where no cue names whose), is not a question, and has at least three words: a
claim the article makes in its own voice.
"""

from __future__ import annotations

import numpy as np

from analysis.layers.attribution.extract import counted
from analysis.schema import BOOL, INT, TEXT, Column, Columns
from analysis.spine.furniture import BODY
from analysis.vocabulary.sources import effective_types

#: The per-sentence columns this layer adds to the sentence table.
SENTENCE_SUMMARY = (
    Column("n_attributions", INT, "attributions whose cue is in the sentence"),
    Column("source_types", TEXT, "the types (`;`-joined) its attributions count as, and those of "
                                 "the attributions that carry it (see `carried`)"),
    Column("carried", BOOL, "it has no cue of its own but lies inside an attribution's content "
                            "(a quotation over several sentences, a colon introduction)"),
    Column("attributed", BOOL, "it has an attribution or is carried by one"),
    Column("unattributed_assertion", BOOL, "a body sentence (not a byline, dateline or credit "
                                           "line) of three words or more, not a "
                                           "question and not quoted, attributed to no one: the "
                                           "article's own voice"),
)


def attribution_sentence_columns(sentences: Columns, attributions: Columns) -> Columns:
    """Per sentence (of the sentence table's columns), as arrays: ``n_attributions``,
    ``source_types`` (';'-joined effective types of its own attributions and of those that
    carry it), ``carried``, ``attributed`` and ``unattributed_assertion`` (see the module
    text). Nested attributions (a cue inside a quotation) are not counted."""
    attributions = counted(attributions)
    n = len(sentences["sentence_id"])
    sid = np.asarray(attributions["sentence_id"], dtype="int64")
    types = effective_types(attributions["resolved_source_type"], attributions["source_type"])
    own: list[set[str]] = [set() for _ in range(n)]
    for k, kind in zip(sid.tolist(), types, strict=True):
        own[k].add(kind)
    carried = np.zeros(n, dtype=bool)
    inherited: list[set[str]] = [set() for _ in range(n)]
    starts = np.asarray(sentences["start_char"])
    ends = np.asarray(sentences["end_char"])
    c_start = list(attributions["content_start"])
    c_end = list(attributions["content_end"])
    with_content = [j for j, v in enumerate(c_start) if v is not None]
    # the sentences each content overlaps: from the first that ends after its start to the
    # last that starts before its end
    first = np.searchsorted(ends, [c_start[k] for k in with_content], side="right").tolist()
    after = np.searchsorted(starts, [c_end[k] for k in with_content], side="left").tolist()
    for k, lo, hi in zip(with_content, first, after, strict=True):
        for j in range(lo, hi):
            if j != sid[k]:
                carried[j] = True
                inherited[j].add(types[k])
    texts = list(sentences["text"])
    quoted = np.asarray(sentences["quoted"], dtype=bool)
    _continued_quotes(texts, quoted.tolist(), list(sentences["paragraph_id"]), sid.tolist(),
                      list(attributions["is_quote"]), types, carried, inherited)
    counts = np.bincount(sid, minlength=n).astype("int64") if n else np.zeros(0, "int64")
    attributed = (counts > 0) | carried
    question = np.array([t.rstrip("\"'” )").endswith("?") for t in texts], dtype=bool)
    body = np.array([kind == BODY for kind in sentences["paragraph_kind"]], dtype=bool)
    assertion = body & ~attributed & ~quoted & ~question & \
        (np.asarray(sentences["n_tokens"]) >= 3)
    return _per_sentence(counts, own, inherited, carried, attributed, assertion)


def _per_sentence(counts: np.ndarray, own: list[set[str]], inherited: list[set[str]],
                  carried: np.ndarray, attributed: np.ndarray, assertion: np.ndarray) -> Columns:
    return {
        "n_attributions": counts,
        "source_types": np.array([";".join(sorted(a | b)) if a or b else ""
                                  for a, b in zip(own, inherited, strict=True)], dtype=object),
        "carried": carried,
        "attributed": attributed,
        "unattributed_assertion": assertion,
    }


_OPENING_QUOTES = ('"', "\u201c", "\u201e", "\u00ab")


def _continued_quotes(texts: list[str], quoted: list[bool], paragraph_ids: list[int],
                      sid: list[int], is_quote: list[bool], types: list[str],
                      carried: np.ndarray, inherited: list[set[str]]) -> None:
    """A sentence that opens with a quotation mark or is quoted whole, and has no cue, right
    after a sentence in the same paragraph whose attribution is a quotation (or that such a
    quotation carries), continues that quotation."""
    own = set(sid)
    quote_type = {k: kind for k, q, kind in zip(sid, is_quote, types, strict=True) if q}
    for k in range(1, len(texts)):
        if k in own or paragraph_ids[k] != paragraph_ids[k - 1] \
                or not (quoted[k] or texts[k].startswith(_OPENING_QUOTES)):
            continue
        if k - 1 in quote_type:
            carried[k] = True
            inherited[k].add(quote_type[k - 1])
        elif carried[k - 1] and inherited[k - 1]:
            carried[k] = True  # a quotation continued over several sentences
            inherited[k] |= inherited[k - 1]
