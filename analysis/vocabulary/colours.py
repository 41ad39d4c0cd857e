"""The Okabe–Ito palette: eight colours that stay apart for the common colour-vision
deficiencies (Okabe & Ito 2008, *Color Universal Design*). Every colour of the workbook is one
of these."""

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
