"""The Okabe–Ito palette, as published (Okabe & Ito 2008)."""

from __future__ import annotations

from matplotlib.colors import to_rgb

from analysis.vocabulary.colours import OKABE_ITO


def test_the_palette_is_okabe_and_itos_eight_colours_and_black():
    assert OKABE_ITO == {
        "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
        "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
        "reddish_purple": "#CC79A7", "grey": "#999999", "black": "#000000"}
    assert len({to_rgb(c) for c in OKABE_ITO.values()}) == len(OKABE_ITO)
