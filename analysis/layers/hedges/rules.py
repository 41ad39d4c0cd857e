"""Context rules: where a bare word list is wrong. Each returns False to drop a match.

- **May** the month (``on May 3``, ``May Day``, ``in May``) is not the modal *may*.
- **Approximators** (*about, around, some, nearly, up to, close to* …) count only before a
  quantity: *about 300 people*, not *talk about the war*.
- **appear** in *appeared in court / on television / before the judge* is not a hedge.
- **could** with *not* (*could not find*) is (in)ability, not possibility; after *we*, *you*
  or generic *one* (*we could see that*, *one could write a book*) it is what someone is able
  to do; a sentence-level rule cannot tell other past-ability uses (*as a child he could
  swim*) and counts them.
- **may** opening a wish (*May his soul rest in peace*) is optative; *may not* before a verb
  other than *be* or *have* (*members may not debate*) is a prohibition; *may / could be used
  to / as / for* is what a thing is for. None is uncertainty.
- **would** after a reporting verb — any form of a verb cue of the attribution lexicon (*said
  he would resign*, *admitted he would*) — is reported future, not a hedge; *would not* (*would
  not say*) is refusal.
- **be said / reported / believed to** is hearsay only before a verb (*is said to be*), not
  before a recipient (*was reported to RIA Novosti*).
- **a vague quantity** of the lexicon (*many people*, *some say*) after *the*, *how*, *as*,
  *at*, *too* is no weasel (*how many people*, *the most people*).
- **think** of / about / again (*think of it like DNA*) is considering, a *think tank* an
  institution, *do you think …?* a question — none is the writer's belief; *don't know about*
  and *don't know how to* are familiarity and skill, not doubt; **can be**
  before a participle (*can be used*, *can be found*) is ability, before anything else (*can
  be dangerous*) possibility.
- **if** after *even* (*even if they have deferments*) concedes, it does not doubt.
- **every / all** before a unit of time (*every year*, *all day*) is frequency, not a booster.
- **assume** office/power/command, **believe in**, **tend** without *to*, *a certain number*,
  *as soon as possible*, *a kind of fish* are not epistemic uses.
"""

from __future__ import annotations

import analysis.lexicons as lexicons
from analysis.layers.hedges.lexicon import Entry
from analysis.layers.hedges.weasels import NOT_AFTER, TIME_UNITS, VAGUE_QUANTIFIERS
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import reporting_verbs
from analysis.vocabulary.grammar import BE, CURRENCY, DETERMINERS, NUMBER_WORDS


def _context(category: str) -> frozenset[str]:
    return lexicons.words("hedge_context", category)


MONTH_CONTEXT = _context("month_after")
APPROXIMATORS = _context("quantity_approximator")
OFFICE_WORDS = _context("office_word")
ALMOST_BEFORE = _context("almost_before")
APPEAR_BEFORE = _context("appear_before")
POSSIBLE_AFTER = _context("possible_after")
#: The subjects before which *could* is ability (*we could see*, *one could write*).
ABLE_SUBJECTS = _context("able_subject")
#: The words after a sentence-initial *May* that make it a wish (*May his soul rest*).
OPTATIVE_AFTER = _context("optative_after")


def keep(toks: Tokens, i: int, j: int, entry: Entry) -> bool:
    """Whether the match ``toks[i:j]`` of ``entry`` is a real hedge or booster here."""
    first = toks.lows[i]
    nxt = toks.lows[j] if j < len(toks) else ""
    prev = toks.lows[i - 1] if i > 0 else ""
    if entry.category == "weasel" and first in VAGUE_QUANTIFIERS:
        return prev not in NOT_AFTER  # "how many people", "the most people"
    if first in ("may", "could") and j == i + 1 and _used_for(toks, j):
        return False  # "may be used to", "could be used as": a purpose, not a possibility
    if first == "may" and len(entry.term.split()) == 1:
        if i == 0 and toks.texts[i] == "May" and nxt in OPTATIVE_AFTER:
            return False  # "May his soul rest in peace": a wish
        if nxt == "not" and j + 1 < len(toks) and toks.lows[j + 1] not in ("be", "have"):
            return False  # "may not debate": a prohibition
        return not _is_month(toks, i)
    if entry.category == "approximator" and first in APPROXIMATORS:
        return _quantity_follows(toks, j) or (first == "almost" and nxt in ALMOST_BEFORE)
    if entry.category == "evidential" and entry.term.endswith(" to"):
        # "is said to be", "is reported to have" — not "was reported to RIA Novosti"
        return bool(nxt) and toks.is_word[j] and nxt not in DETERMINERS \
            and not toks.texts[j][:1].isupper()
    if entry.term == "think":
        if nxt in ("of", "about", "back", "again", "tank", "tanks"):
            return False  # considering, a think tank: not believing
        return not (prev == "you" and toks.texts[-1] == "?")  # "do you think …?" asks
    if entry.term in ("do n't know", "do not know"):
        return nxt != "about" and tuple(toks.lows[j : j + 2]) != ("how", "to")  # knowing how
    if entry.term == "can be":
        return not (j < len(toks) and toks.tags[j] == "VBN")
    if entry.term == "if":
        return prev != "even"  # "even if": a concession, not an open condition
    if entry.term in ("every", "all") and nxt in TIME_UNITS:
        return False  # "every year", "all day": frequency, not emphasis
    if entry.term == "or so":
        return any(low[:1].isdigit() or low in NUMBER_WORDS or low.endswith(("s",))
                   for low in toks.lows[max(0, i - 3) : i])
    if entry.term == "appear":
        return nxt not in APPEAR_BEFORE
    if first == "could" and j == i + 1:
        return nxt not in ("not", "n't") and prev not in ABLE_SUBJECTS
    if first == "would" and j == i + 1:
        if nxt in ("not", "n't"):
            return False
        return reporting_verbs().isdisjoint(toks.lows[:i])
    if entry.term == "assume":
        after = toks.lows[j + 1] if nxt in DETERMINERS and j + 1 < len(toks) else nxt
        return after not in OFFICE_WORDS
    if entry.term == "believe":
        return nxt != "in"
    if entry.term == "tend":
        return nxt == "to"
    if entry.term == "certain":
        return prev in BE or prev in ("not", "n't", "almost") or nxt in ("that", "to", "of")
    if entry.term == "possible":
        return prev not in POSSIBLE_AFTER
    if entry.term in ("kind of", "sort of"):
        return prev not in DETERMINERS and not prev.endswith("'s")
    return True


def _used_for(toks: Tokens, j: int) -> bool:
    """*be used to / as / for* right after a modal (*also* allowed between)."""
    words = [w for w in toks.lows[j : j + 4] if w != "also"]
    return words[:2] == ["be", "used"] and len(words) > 2 and words[2] in ("to", "as", "for")


def _is_month(toks: Tokens, i: int) -> bool:
    if toks.texts[i] != "May":
        return False  # lower-case "may" is always the modal
    last = i + 1 >= len(toks)
    nxt_low, nxt_text = ("", "") if last else (toks.lows[i + 1], toks.texts[i + 1])
    prev = toks.lows[i - 1] if i > 0 else ""
    if not last and (nxt_low[:1].isdigit() or nxt_text[:1].isupper() or nxt_text == ","):
        return True  # May 3, May Day, May 2024, "in May, …"
    if prev in MONTH_CONTEXT or prev[:1].isdigit():
        return True  # in May, 3 May
    return i > 0 or last or not toks.is_word[i + 1]  # mid-sentence capital: the month


def _quantity_follows(toks: Tokens, j: int) -> bool:
    k = j
    if k < len(toks) and toks.lows[k] in CURRENCY:
        k += 1
    if k >= len(toks):
        return False
    word = toks.lows[k]
    if word[:1].isdigit():
        return True
    if word in ("a", "an"):  # "about a third", "nearly a hundred"
        return k + 1 < len(toks) and toks.lows[k + 1] in NUMBER_WORDS
    return word in NUMBER_WORDS
