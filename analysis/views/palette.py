"""The colours of every view, from the Okabe–Ito palette (safe for the common colour-vision
deficiencies): a source type's colour and label come from its
:class:`~analysis.vocabulary.sources.SourceType`; hedging and sentiment have theirs here."""

from __future__ import annotations

from analysis.vocabulary.colours import OKABE_ITO
from analysis.vocabulary.sources import SourceType

SOURCE_COLORS = {t.value: t.colour for t in SourceType}
SOURCE_LABELS = {t.value: t.label for t in SourceType}
#: Paragraphs and sentences that cite no one.
NO_SOURCE = "#E8E8E8"
HEDGE_COLOR = OKABE_ITO["blue"]
BOOSTER_COLOR = OKABE_ITO["vermillion"]
POSITIVE_COLOR = OKABE_ITO["blue"]
NEGATIVE_COLOR = OKABE_ITO["vermillion"]
NEUTRAL_COLOR = OKABE_ITO["grey"]
#: The framing layer's own colour family (ColorBrewer's purples of PuOr, safe for the
#: common colour-vision deficiencies): dark for the article's own voice, light for framing it
#: quotes or attributes to someone.
FRAMING_OWN_COLOR = "#542788"
FRAMING_CITED_COLOR = "#B2ABD2"
