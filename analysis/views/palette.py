"""The colours of every view: **one colour family per layer**, the same in every chart, in the
highlighted article and in every legend, so that a colour means one thing wherever it stands.

======================  ==========================================================================
layer                   family
======================  ==========================================================================
sources (attribution)   blues and teals (ColorBrewer *Blues* and *BrBG*'s teal arm). A source a
                        reader can check (a named person, organization or outlet, a document) is a
                        solid fill, the darker the more it names; one a reader cannot check (an
                        anonymous, vague or unnamed source) is a pale fill crossed by a hatch in
                        the family's ink — in the highlight, a dashed or dotted underline.
                        Sentences that cite no one: light grey.
hedging                 oranges (*PuOr*'s orange arm): boosters dark, hedges light.
framing                 purples (*PuOr*'s purple arm): the article's own voice dark, cited words
                        light.
sentiment               pink–green (*PiYG*, diverging): negative pink, positive green, neutral
                        grey.
======================  ==========================================================================

Every family comes from ColorBrewer schemes marked safe for the common colour-vision
deficiencies; within a chart, no two colours that must be told apart fall closer than a set
distance under simulated protanopia, deuteranopia or tritanopia, and weak sources are told apart
by their hatch as well as their colour (``tests/views/test_palette.py`` checks both, and that
every mark's text in the highlighted article has a contrast of at least 4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.vocabulary.sources import SourceType


@dataclass(frozen=True)
class SourceStyle:
    """How a source type is drawn: its ``fill`` (charts), its ``hatch`` (charts; ``""`` for
    none), its ``ink`` (the hatch lines, and the underline of the source in the highlighted
    article: dark enough to see on white) and its ``line`` (the underline's CSS style)."""

    fill: str
    hatch: str
    ink: str
    line: str

    @property
    def checkable(self) -> bool:
        """Whether a reader can check the source (drawn solid, not hatched)."""
        return not self.hatch


#: Each source type's style (the keys are :class:`SourceType` values).
SOURCE_STYLES: dict[str, SourceStyle] = {
    SourceType.NAMED_PERSON.value: SourceStyle("#08306B", "", "#08306B", "solid"),
    SourceType.NAMED_ORGANIZATION.value: SourceStyle("#2171B5", "", "#2171B5", "solid"),
    SourceType.MEDIA_OUTLET.value: SourceStyle("#6BAED6", "", "#2171B5", "solid"),
    SourceType.DOCUMENT.value: SourceStyle("#01665E", "", "#01665E", "solid"),
    SourceType.PRONOUN.value: SourceStyle("#80CDC1", "", "#01665E", "solid"),
    SourceType.UNNAMED.value: SourceStyle("#D5EFEB", "...", "#01665E", "dotted"),
    SourceType.VAGUE.value: SourceStyle("#DEEBF7", "///", "#2171B5", "dashed"),
    SourceType.ANONYMOUS.value: SourceStyle("#9ECAE1", "xxx", "#08306B", "dashed"),
}
SOURCE_COLORS = {kind: style.fill for kind, style in SOURCE_STYLES.items()}
SOURCE_LABELS = {t.value: t.label for t in SourceType}
#: Paragraphs and sentences that cite no one (and paragraphs' bands behind other layers).
NO_SOURCE = "#E6E6E6"
#: Its outline, and the dashed frame of a sentence that asserts with no source.
NO_SOURCE_INK = "#7A7A7A"
#: An attribution cue in the highlighted article: a pale wash of the sources' family.
CUE_BACKGROUND = "#DCE9F7"

BOOSTER_COLOR = "#B35806"
HEDGE_COLOR = "#FDB863"
#: Hedges and boosters as text in the highlighted article: the family's darker tones, which
#: keep 4.5:1 on white and on a cue's wash.
BOOSTER_TEXT = "#7F3B08"
HEDGE_TEXT = "#9C4A00"

FRAMING_OWN_COLOR = "#542788"
FRAMING_CITED_COLOR = "#B2ABD2"

NEGATIVE_COLOR = "#C51B7D"
POSITIVE_COLOR = "#4D9221"
NEUTRAL_COLOR = "#BDBDBD"
#: The diverging scale of sentiment (matplotlib's name): the margin bars of the highlighted
#: article and the sentiment cells of the heatmap.
SENTIMENT_CMAP = "PiYG"

#: The text of the page and of every mark that has no colour of its own.
TEXT = "#111111"
#: Quiet text: paragraph numbers, notes.
QUIET_TEXT = "#595959"

#: Each family's dark and light tone: in a chart of one measure across articles, the article
#: under discussion and the others.
TONES = {
    "sources": ("#08306B", "#9ECAE1"),
    "hedging": (BOOSTER_COLOR, "#FDD9A8"),
    "framing": (FRAMING_OWN_COLOR, "#D8D4EA"),
    "sentiment": (NEGATIVE_COLOR, "#F1B6DA"),
}
#: The layer each article measure belongs to (the keys of ``analysis.MEASURES`` and of the
#: corpus page's distributions), so that a measure takes its layer's colours everywhere.
MEASURE_FAMILY = {
    "attribution_density": "sources", "unattributed_share": "sources",
    "anonymous_share": "sources", "vague_share": "sources", "named_share": "sources",
    "hedge_density": "hedging", "booster_density": "hedging", "commitment": "hedging",
    "framing_density": "framing", "own_framing_density": "framing",
    "sentiment_mean": "sentiment",
}

#: The families, for the legend of the heatmap and for the tests.
FAMILIES = {
    "sources": (*SOURCE_COLORS.values(), NO_SOURCE),
    "hedging": (BOOSTER_COLOR, HEDGE_COLOR),
    "framing": (FRAMING_OWN_COLOR, FRAMING_CITED_COLOR),
    "sentiment": (NEGATIVE_COLOR, POSITIVE_COLOR, NEUTRAL_COLOR),
}


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a ``#RRGGBB`` colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two ``#RRGGBB`` colours (1 … 21; text needs 4.5)."""
    high, low = sorted((relative_luminance(foreground), relative_luminance(background)),
                       reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(colour: str, weight: float, *, base: str = "#FFFFFF") -> str:
    """``colour`` mixed with ``base`` (white): ``weight`` 1 is the colour, 0 the base."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(base[i:i + 2], 16) for i in (1, 3, 5)]
    return "#{:02X}{:02X}{:02X}".format(*(round(y + (x - y) * weight) for x, y in zip(a, b,
                                                                                  strict=True)))
