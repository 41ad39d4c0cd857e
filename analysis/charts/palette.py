"""Colours: the Okabe–Ito palette, safe for the common colour-vision deficiencies."""

from __future__ import annotations

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
    "black": "#000000",
}


SOURCE_COLORS = {
    "named_person": OKABE_ITO["blue"],
    "named_organization": OKABE_ITO["bluish_green"],
    "media_outlet": OKABE_ITO["sky_blue"],
    "document": OKABE_ITO["orange"],
    "anonymous": OKABE_ITO["vermillion"],
    "vague": OKABE_ITO["reddish_purple"],
    "implicit": OKABE_ITO["grey"],
    "pronoun": OKABE_ITO["black"],
}


SOURCE_LABELS = {
    "named_person": "named person", "named_organization": "named organization",
    "media_outlet": "media outlet", "document": "document or video",
    "anonymous": "anonymous source", "vague": "vague source (critics, reports …)",
    "implicit": "unnamed (reportedly, it was reported)", "pronoun": "unresolved pronoun",
}


NO_SOURCE = "#E8E8E8"


HEDGE_COLOR = OKABE_ITO["blue"]


BOOSTER_COLOR = OKABE_ITO["vermillion"]


POSITIVE_COLOR = OKABE_ITO["blue"]


NEGATIVE_COLOR = OKABE_ITO["vermillion"]


NEUTRAL_COLOR = OKABE_ITO["grey"]
