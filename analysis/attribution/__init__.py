"""The attribution layer: who is cited, by which cue, what kind of source, saying what."""

from analysis.attribution.extract import ATTRIBUTION_COLUMNS, find_attributions
from analysis.attribution.sources import SOURCE_TYPES

__all__ = ["ATTRIBUTION_COLUMNS", "SOURCE_TYPES", "find_attributions"]
