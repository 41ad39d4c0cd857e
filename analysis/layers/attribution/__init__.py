"""The attribution layer: who is cited, by which cue, what kind of source, saying what.

:func:`find_attributions` gives one row per attribution (:data:`ATTRIBUTIONS`);
:func:`~analysis.layers.attribution.coverage.attribution_sentence_columns` which sentences are
attributed, carried by another's quotation, or assert in the article's own voice.
"""

from analysis.layers.attribution.extract import (
    ATTRIBUTION_COLUMNS,
    ATTRIBUTIONS,
    attribution_columns,
    counted,
    counted_rows,
    find_attributions,
)
from analysis.vocabulary.sources import SOURCE_TYPES

__all__ = ["ATTRIBUTIONS", "ATTRIBUTION_COLUMNS", "SOURCE_TYPES", "attribution_columns",
           "counted", "counted_rows", "find_attributions"]
