"""Charts of the spine and its layers. Each function returns a matplotlib Figure.

The figures are standalone (``matplotlib.figure.Figure``), not registered with pyplot: a
notebook shows the returned figure once, a script saves it with ``fig.savefig``, and a loop
over a thousand articles leaks no open figures.

Every chart is drawn to be projected (:mod:`~analysis.views.charts.style`: at most 10 inches
wide, no text under 10 pt), in its layer's colour family (:mod:`analysis.views.palette`),
with a title that states the finding and alt text that states it too
(:func:`~analysis.views.charts.style.alt_text`). Wherever the story is "per paragraph", the
x-axis is the paragraph number as a reader counts it (1 = the first paragraph after the
title); past a few hundred paragraphs, runs of consecutive paragraphs, and the axis says so.
A chart of the body of an article that is only a title is a one-line figure saying so
(:data:`~analysis.views.charts.style.NO_BODY`).
"""

from analysis.views.charts.compare import compare_chart
from analysis.views.charts.framing import framing_by_paragraph
from analysis.views.charts.hedging import category_counts, hedging_by_paragraph
from analysis.views.charts.profile import feature_heatmap, profile_chart, profile_title
from analysis.views.charts.sentiment import (
    saturation_chart,
    sentiment_arc,
    sentiment_by_paragraph,
)
from analysis.views.charts.sourcing import sourcing_by_paragraph
from analysis.views.charts.speakers import who_speaks
from analysis.views.charts.spine import paragraph_lengths
from analysis.views.charts.style import alt_text, title_text
from analysis.views.palette import (
    BOOSTER_COLOR,
    FRAMING_CITED_COLOR,
    FRAMING_OWN_COLOR,
    HEDGE_COLOR,
    NEGATIVE_COLOR,
    NEUTRAL_COLOR,
    NO_SOURCE,
    POSITIVE_COLOR,
    SOURCE_COLORS,
    SOURCE_LABELS,
    SOURCE_STYLES,
)

__all__ = [
    "BOOSTER_COLOR",
    "FRAMING_CITED_COLOR",
    "FRAMING_OWN_COLOR",
    "HEDGE_COLOR",
    "NEGATIVE_COLOR",
    "NEUTRAL_COLOR",
    "NO_SOURCE",
    "POSITIVE_COLOR",
    "SOURCE_COLORS",
    "SOURCE_LABELS",
    "SOURCE_STYLES",
    "alt_text",
    "category_counts",
    "compare_chart",
    "feature_heatmap",
    "framing_by_paragraph",
    "hedging_by_paragraph",
    "paragraph_lengths",
    "profile_chart",
    "profile_title",
    "saturation_chart",
    "sentiment_arc",
    "sentiment_by_paragraph",
    "sourcing_by_paragraph",
    "title_text",
    "who_speaks",
]
