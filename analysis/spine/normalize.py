"""Length-preserving normalization (DESIGN decision 5).

Typographic quotes and apostrophes break tokenizers, Punkt's quote handling and VADER's
negation rule ("didn’t" is not "didn't" to it). We never change ``article.text``; we make a
*copy* in which each such character is replaced by exactly one plain character, so every
offset computed on the copy indexes the original text as well.

Two-character quotation marks are quotation marks too: the two apostrophes of wire and
newspaper text (``''We will,'' said Mr. Poe``) and the backquotes of Penn-Treebank-style text
(````We will,'' said Mr. Poe``). Each pair becomes a ``"`` and a space, the space on the side
away from the quoted words — after the mark where it closes a quotation (a letter or
punctuation before it), before it where it opens one (white space or the text's start before
it) — so the pair is read as one mark by the quotation reader, the tokenizer and the sentence
splitter, and the copy keeps its length.
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


#: Two apostrophes or two backquotes, not part of a longer run (the three of wiki markup's bold).
_PAIRS = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def _replace(match: re.Match[str]) -> str:
    return _MAP[match.group()]


def _pair(match: re.Match[str]) -> str:
    """A two-character quotation mark as ``"`` and a space: opening (backquotes, or
    apostrophes after white space or at the start) ``' "'``; closing ``'" '``."""
    at = match.start()
    opening = match.group() == "``" or at == 0 or match.string[at - 1].isspace() \
        or match.string[at - 1] in "([{"
    return ' "' if opening else '" '


def normalize(text: str) -> str:
    """Return a copy of ``text`` with typographic characters replaced one for one.

    >>> normalize("He didn\u2019t say \u201cno\u201d.")
    'He didn\\'t say "no".'
    """
    expect(text, str, function="normalize", wanted=A_TEXT)
    if not text.isascii():
        text = _PATTERN.sub(_replace, text)
    if "''" in text or "``" in text:
        text = _PAIRS.sub(_pair, text)
    return text
