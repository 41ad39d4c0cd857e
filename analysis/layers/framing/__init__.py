"""The framing layer: how is the story told — with which loaded words, labels, doubts and
exaggerations, and in whose voice?

:func:`framing_columns` finds every mark of a prepared document, given its attributions (a
loaded verb of saying is an attribution cue with a connotation, and a mark inside attributed
content is someone else's framing, not the article's);
:func:`~analysis.layers.framing.summary.framing_sentence_columns` counts them per sentence.
"""

from analysis.layers.framing.extract import FRAMING, FRAMING_COLUMNS, framing_columns

__all__ = ["FRAMING", "FRAMING_COLUMNS", "framing_columns"]
