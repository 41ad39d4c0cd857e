"""Every colour of the views comes from the Okabe–Ito palette; source types keep the colour and
label of their vocabulary entry."""

from __future__ import annotations

from analysis.views import palette
from analysis.vocabulary.colours import OKABE_ITO
from analysis.vocabulary.sources import SourceType


def test_source_colours_and_labels_are_the_vocabularys():
    assert {t.value: t.colour for t in SourceType} == palette.SOURCE_COLORS
    assert palette.SOURCE_LABELS["implicit"] == SourceType.IMPLICIT.label


def test_every_layer_colour_is_an_okabe_ito_colour():
    for name in ("HEDGE_COLOR", "BOOSTER_COLOR", "POSITIVE_COLOR", "NEGATIVE_COLOR",
                 "NEUTRAL_COLOR"):
        assert getattr(palette, name) in OKABE_ITO.values(), name
    assert set(palette.SOURCE_COLORS.values()) <= set(OKABE_ITO.values())
