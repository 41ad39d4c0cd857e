"""From attributions to sentences: which sentences are attributed, which assert on their own.

**Carry-over rule.** A sentence with no cue of its own is still *attributed* when its text lies
inside the content of an attribution made in another sentence:
- a direct quotation that runs over several sentences or paragraphs (``"We will go. We will
  win," Smith said.`` — the first sentence is carried by the second);
- a colon introduction (``Smith said:`` followed by the quotation in the next sentence);
- a backward reference (``This was reported by sources …`` carries the sentence before);
- a continued quotation: a sentence that opens with a quotation mark and has no cue, right
  after a sentence in the same paragraph whose attribution is a quotation (``"…," Alvarez
  said at a rally. "Today the waiting ends."``).
A pronoun-led sentence (``He noted …``) needs no carry-over: its cue makes it attributed, and
the pronoun is resolved to the source before it.

**Unattributed assertion.** A body sentence that is not attributed (neither by a cue of its own
nor by carry-over), is not a question, and has at least three words: a claim the article makes
in its own voice.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.attribution.sources import SOURCE_TYPES

#: The types counted per paragraph; "implicit" is an attribution with no source phrase.
COUNTED_TYPES = (*(t for t in SOURCE_TYPES if t != "pronoun"), "implicit")


def effective_types(attributions: pd.DataFrame) -> pd.Series:
    """The type each attribution counts as: a resolved pronoun counts as what it refers to,
    an unresolved one as ``pronoun``, a missing source as ``implicit``."""
    kind = attributions["resolved_source_type"].fillna(attributions["source_type"])
    return kind.fillna("implicit").astype(object)


def sentence_attribution(sentences: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """Per sentence: ``n_attributions``, ``source_types`` (';'-joined effective types of its
    own attributions and of those that carry it),
    ``carried``, ``attributed`` and ``unattributed_assertion`` (see the module text)."""
    out = pd.DataFrame(index=sentences.index)
    ids = sentences["sentence_id"].to_numpy()
    counts = attributions.groupby("sentence_id").size()
    out["n_attributions"] = counts.reindex(ids, fill_value=0).to_numpy().astype("int64")
    types = effective_types(attributions)
    joined = types.groupby(attributions["sentence_id"]).agg(lambda s: ";".join(sorted(set(s))))
    carried, carried_types = _carried(sentences, attributions, types)
    _continued_quotes(sentences, attributions, types, carried, carried_types)
    own = joined.reindex(ids, fill_value="").to_numpy()
    out["source_types"] = [";".join(sorted(set(filter(None, a.split(";"))) | b))
                           for a, b in zip(own, carried_types, strict=True)]
    out["carried"] = carried
    out["attributed"] = (out["n_attributions"] > 0) | out["carried"]
    question = sentences["text"].str.rstrip("\"'” )").str.endswith("?").to_numpy()
    out["unattributed_assertion"] = (
        ~sentences["is_title"].to_numpy() & ~out["attributed"].to_numpy() & ~question
        & (sentences["n_tokens"].to_numpy() >= 3)
    )
    return out


_OPENING_QUOTES = ('"', "\u201c", "\u201e", "\u00ab")


def _continued_quotes(sentences, attributions, types, carried, carried_types) -> None:
    quoted = attributions[attributions["is_quote"]]
    quote_type = dict(zip(quoted["sentence_id"], types.loc[quoted.index], strict=True))
    own = set(attributions["sentence_id"])
    rows = list(sentences[["sentence_id", "paragraph_id", "text"]].itertuples(index=False))
    for k in range(1, len(rows)):
        sid, para, text = rows[k]
        prev_sid, prev_para, _ = rows[k - 1]
        if sid in own or para != prev_para or not text.startswith(_OPENING_QUOTES):
            continue
        source = prev_sid if prev_sid in quote_type else None
        if source is None and carried[k - 1] and carried_types[k - 1]:
            carried[k] = True  # a quotation continued over several sentences
            carried_types[k] |= carried_types[k - 1]
        elif source is not None:
            carried[k] = True
            carried_types[k].add(quote_type[source])


def _carried(sentences: pd.DataFrame, attributions: pd.DataFrame, types: pd.Series
             ) -> tuple[np.ndarray, list[set[str]]]:
    """Which sentences lie inside the content of another sentence's attribution, and the
    effective source types they inherit."""
    carried = np.zeros(len(sentences), dtype=bool)
    inherited: list[set[str]] = [set() for _ in range(len(sentences))]
    with_content = attributions.dropna(subset=["content_start", "content_end"])
    starts = sentences["start_char"].to_numpy()
    ends = sentences["end_char"].to_numpy()
    ids = sentences["sentence_id"].to_numpy()
    for index, row in zip(with_content.index, with_content.itertuples(), strict=True):
        lo = np.searchsorted(ends, row.content_start, side="right")
        hi = np.searchsorted(starts, row.content_end, side="left")
        for k in range(lo, hi):
            if ids[k] != row.sentence_id:
                carried[k] = True
                inherited[k].add(types.loc[index])
    return carried, inherited
