"""Charts of the spine and its layers. Each function returns a matplotlib Figure.

The figures are standalone (``matplotlib.figure.Figure``), not registered with pyplot: a
notebook shows the returned figure once, a script saves it with ``fig.savefig``, and a loop
over a thousand articles leaks no open figures.

Colours come from the Okabe–Ito palette (safe for the common colour-vision deficiencies);
wherever the story is "per paragraph", the x-axis is the paragraph number as a reader counts
it (1 = the first paragraph after the title).
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
from analysis.views.charts.spine import paragraph_lengths
from analysis.views.palette import (
    BOOSTER_COLOR,
    HEDGE_COLOR,
    NEGATIVE_COLOR,
    NEUTRAL_COLOR,
    NO_SOURCE,
    POSITIVE_COLOR,
    SOURCE_COLORS,
    SOURCE_LABELS,
)
from analysis.vocabulary.colours import OKABE_ITO

__all__ = [
    "BOOSTER_COLOR",
    "HEDGE_COLOR",
    "NEGATIVE_COLOR",
    "NEUTRAL_COLOR",
    "NO_SOURCE",
    "OKABE_ITO",
    "POSITIVE_COLOR",
    "SOURCE_COLORS",
    "SOURCE_LABELS",
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
]
