"""Length-preserving normalization (DESIGN decision 5).

Typographic quotes and apostrophes break tokenizers, Punkt's quote handling and VADER's
negation rule ("didn’t" is not "didn't" to it). We never change ``article.text``; we make a
*copy* in which each such character is replaced by exactly one plain character, so every
offset computed on the copy indexes the original text as well.
"""

from __future__ import annotations

import re

from analysis.errors import A_TEXT, expect

# One character in, one character out: the invariant is len(normalize(t)) == len(t).
_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ",
    "\u2026": ".",  # an ellipsis character ends a sentence like a period does
}
assert all(len(k) == 1 and len(v) == 1 for k, v in _MAP.items())
# One regex pass: most news text has few such characters, and a scan in C with a replacement
# per match is several times faster than str.translate's dictionary lookup per character.
_PATTERN = re.compile("[" + "".join(_MAP) + "]")


def _replace(match: re.Match[str]) -> str:
    return _MAP[match.group()]


def normalize(text: str) -> str:
    """Return a copy of ``text`` with typographic characters replaced one for one.

    >>> normalize("He didn\u2019t say \u201cno\u201d.")
    'He didn\\'t say "no".'
    """
    expect(text, str, function="normalize", wanted=A_TEXT)
    if text.isascii():
        return text
    return _PATTERN.sub(_replace, text)
