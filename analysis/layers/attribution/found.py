"""One attribution found in a sentence: what :mod:`~analysis.layers.attribution.detect` and
its rule modules return, before :mod:`~analysis.layers.attribution.extract` makes it a row."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.layers.attribution.source_phrases import Source


@dataclass
class Found:
    """One attribution found in a sentence (token indices into that sentence's tokens)."""

    cue_first: int
    cue_last: int
    kind: str  # verb, phrase, noun, adverb, quote
    category: str
    source: Source | None = None
    source_type: str | None = None
    content: tuple[int, int] | None = None  # absolute character offsets
    backward: bool = False  # "This was reported": the content is the previous sentence
    colon: bool = False  # "He said:" — the content follows in the next sentence(s)
    quote_id: int | None = None  # the quotation that is the content, if any
