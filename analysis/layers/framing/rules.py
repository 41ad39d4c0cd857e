"""Context rules: where a bare word list is wrong. Each returns False to drop a match.

- **regime** is a label for a government (*the regime*, *the Assad regime*, *the regime of
  Bashar al-Assad*), not a system of rules (*the tax regime*, *a sanctions regime*: a common
  noun before it, ``regime_modifier``) nor *the regime of the river* (*of* and no name).
- **terrorist(s), terror, nazi(s), fascist(s)** label as nouns (*these terrorists*, *the
  fascists*); before a noun they classify (*a terrorist attack*, *Nazi Germany*, *terror
  charges*) and are not counted.
- **only, just** minimise before a vague small amount (*only a handful of protesters*, *just
  a few*); before a number they state it (*only 27 have ratified*) and elsewhere they are
  focus adverbs (*only then*, *just as*).
- A word **inside a name** is no framing: *Operation Fast and Furious*, *the Tragically Hip*
  (capitalized, after a capitalized word, not opening the sentence).
"""

from __future__ import annotations

from analysis.layers.framing.lexicon import Entry, context
from analysis.spine.tokens import Tokens
from analysis.vocabulary.grammar import DETERMINERS

REGIME_MODIFIERS = context("regime_modifier")
MINIMISER_BEFORE = context("minimiser_before")


def keep(toks: Tokens, i: int, j: int, entry: Entry) -> bool:
    """Whether the match ``toks[i:j]`` of ``entry`` frames here."""
    if _inside_name(toks, i):
        return False  # inside a name: "Operation Fast and Furious"
    if entry.needs == "governing_sense":
        return _governing(toks, i, j)
    if entry.needs == "noun_use":
        return not (j < len(toks) and toks.is_word[j] and toks.tags[j].startswith("NN"))
    if entry.needs == "quantity":
        return _amount_follows(toks, j)
    return True


def _governing(toks: Tokens, i: int, j: int) -> bool:
    prev = toks.lows[i - 1] if i > 0 else ""
    if prev in REGIME_MODIFIERS:
        return False  # "the tax regime"
    if j < len(toks) and toks.lows[j] == "of":
        after = [k for k in range(j + 1, min(j + 4, len(toks))) if toks.is_word[k]
                 and toks.lows[k] not in DETERMINERS]
        return bool(after) and toks.texts[after[0]][:1].isupper()  # "of Bashar al-Assad"
    return True


def _amount_follows(toks: Tokens, j: int) -> bool:
    words = [toks.lows[k] for k in range(j, min(j + 3, len(toks))) if toks.is_word[k]]
    if not words:
        return False
    if words[0] == "a" and len(words) > 1:
        words = words[1:]
    return words[0] in MINIMISER_BEFORE


def _inside_name(toks: Tokens, i: int) -> bool:
    """A capitalized word after a capitalized word, a name's *and*, *of* or *the* allowed
    between (*Operation Fast and Furious*), not after a sentence's first *The* or *A*."""
    if i == 0 or not toks.texts[i][:1].isupper():
        return False
    k = i - 1
    while k > 0 and toks.lows[k] in ("and", "of", "the", "&"):
        k -= 1
    if not toks.is_word[k] or not toks.texts[k][:1].isupper():
        return False
    return not (k == 0 and toks.lows[k] in DETERMINERS)
