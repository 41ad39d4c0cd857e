"""One colour family per layer, safe for the common colour-vision deficiencies, and text that
keeps its contrast: checked from the palette itself.

Colour-vision deficiencies are simulated with the matrices of Machado, Oliveira & Fernandes
(2009, *A physiologically-based model for simulation of color vision deficiency*, severity
1.0), in linear RGB; distances are CIE76 ΔE in CIELAB.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from analysis.views import palette
from analysis.vocabulary.sources import BY_PRIORITY, SourceType

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}
VISIONS = [None, *MACHADO]


def linear(colour: str) -> np.ndarray:
    c = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(rgb_linear, 0, 1)
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(colour: str, vision: str | None) -> np.ndarray:
    rgb = linear(colour)
    return lab(rgb if vision is None else np.array(MACHADO[vision]) @ rgb)


def distance(a: str, b: str, vision: str | None) -> float:
    return float(np.linalg.norm(seen(a, vision) - seen(b, vision)))


def closest(colours: list[str]) -> float:
    """The smallest distance between two of ``colours``, in any vision."""
    return min(distance(a, b, v) for a, b in itertools.combinations(colours, 2)
               for v in VISIONS)


def test_every_source_type_has_a_style_and_its_label_is_the_vocabularys():
    assert set(palette.SOURCE_STYLES) == {t.value for t in SourceType}
    assert palette.SOURCE_LABELS["unnamed"] == SourceType.UNNAMED.label
    assert {k: s.fill for k, s in palette.SOURCE_STYLES.items()} == palette.SOURCE_COLORS


def test_sources_a_reader_cannot_check_are_hatched_and_dashed_the_rest_solid():
    weak = {SourceType.ANONYMOUS.value, SourceType.VAGUE.value, SourceType.UNNAMED.value}
    for kind, style in palette.SOURCE_STYLES.items():
        assert style.checkable == (kind not in weak), kind
        assert (style.line == "solid") == style.checkable, kind
    hatches = [palette.SOURCE_STYLES[k].hatch for k in weak]
    assert len(set(hatches)) == len(hatches)  # told apart by the hatch, not colour alone


def test_solid_source_fills_stay_apart_in_every_vision():
    solid = [s.fill for s in palette.SOURCE_STYLES.values() if s.checkable]
    assert closest([*solid, palette.NO_SOURCE]) > 10


@pytest.mark.parametrize("family", ["hedging", "framing", "sentiment"])
def test_the_two_ends_of_a_layer_stay_apart_in_every_vision(family):
    assert closest(list(palette.FAMILIES[family])) > 20


def test_each_family_has_colours_of_its_own():
    seen_in = {}
    for family, colours in palette.FAMILIES.items():
        for colour in colours:
            assert seen_in.setdefault(colour, family) == family, colour


def test_families_differ_in_hue_for_normal_vision():
    """Each family's mean hue (CIELAB, the circular mean of its chromatic colours weighted by
    chroma) is at least 40° from every other's: blues, oranges, purples and pinks stay four
    families, not shades of one. Sentiment is diverging: its negative end stands for it (the
    positive green is far from every other family)."""
    members = {"sources": [s.fill for s in palette.SOURCE_STYLES.values()],
               "hedging": list(palette.FAMILIES["hedging"]),
               "framing": list(palette.FAMILIES["framing"]),
               "sentiment": [palette.NEGATIVE_COLOR]}
    hues = {}
    for family, colours in members.items():
        vectors = [seen(c, None)[1:] for c in colours]
        chromatic = [v for v in vectors if np.hypot(*v) > 15]
        mean = np.sum(chromatic, axis=0)
        hues[family] = np.degrees(np.arctan2(mean[1], mean[0])) % 360
    for (a, ha), (b, hb) in itertools.combinations(hues.items(), 2):
        gap = min(abs(ha - hb), 360 - abs(ha - hb))
        assert gap >= 40, (a, b, gap)


def test_mark_text_keeps_a_contrast_of_four_and_a_half_on_every_background():
    for text in (palette.TEXT, palette.HEDGE_TEXT, palette.BOOSTER_TEXT, palette.QUIET_TEXT):
        for background in ("#FFFFFF", palette.CUE_BACKGROUND):
            assert palette.contrast_ratio(text, background) >= 4.5, (text, background)


def test_underlines_and_frames_stand_out_from_white():
    """Non-text marks need 3:1 (WCAG 1.4.11)."""
    inks = [s.ink for s in palette.SOURCE_STYLES.values()]
    for ink in [*inks, palette.NO_SOURCE_INK, palette.FRAMING_OWN_COLOR]:
        assert palette.contrast_ratio(ink, "#FFFFFF") >= 3, ink


def test_contrast_ratio_and_mix():
    assert palette.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert palette.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert palette.mix("#000000", 0.5) == "#808080" and palette.mix("#123456", 1) == "#123456"


def test_every_measure_belongs_to_a_family():
    from analysis import MEASURES
    from analysis.corpus.page import DISTRIBUTIONS

    assert set(MEASURES) | set(DISTRIBUTIONS) <= set(palette.MEASURE_FAMILY)
    assert set(palette.MEASURE_FAMILY.values()) == set(palette.TONES)


def test_weakest_sources_come_first():
    assert BY_PRIORITY[:3] == ("anonymous", "vague", "unnamed")
