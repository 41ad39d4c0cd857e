"""Names read from one sentence's tokens, for the entity model (:mod:`analysis.spine.entities`).

A name is a run of capitalized words (*Nicholas Burns*, *the Office of the Director of National
Intelligence*, *MR. EARNEST*), with the titles before it kept apart as its role (*Under
Secretary*, *Police Lt.*); :func:`name_runs` finds the runs. :func:`kind_of` says what a name is
from the source lexicon (``sources.csv``, one word list for the attribution layer and this
model): ``person`` (a title, or two or more name words no lexicon knows), ``organization`` (an
organization word or name, a country, an acronym, a name after *the*), ``outlet`` (an outlet's
name, a name ending as outlets' names do: *Tehran Times*, or a one-word name of capitals and
digits that opens or closes with *TV*: *TVN24*), ``place`` (a place noun, or a name
after *in*), or ``""`` when the words do not say. :func:`governed` says whether a name is the
object of a preposition or of a verb of telling (no subject a *they* can point back to).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.lexicons.morphology import inflect
from analysis.spine.memo import last_one
from analysis.spine.mentions import ORGANIZATION, OUTLET, PERSON, PLACE
from analysis.spine.tokens import Tokens

#: Words that may stand inside a name between capitalized words (*Bank of England*).
INSIDE = frozenset({"of", "for", "on", "&", "-", "de", "la", "van", "von", "al"})
#: Words that are never a name, capitalized or not (a sentence's first word, mostly).
NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "i", "we", "he", "she", "it", "they",
    "you", "but", "and", "or", "if", "in", "on", "at", "as", "by", "for", "from", "to", "with",
    "after", "before", "when", "while", "there", "here", "his", "her", "its", "their", "our",
    "my", "your", "q", "question", "mr", "ms", "mrs", "dr", "yes", "no", "so", "well", "now",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "one", "two", "some", "all",
    "also", "however", "meanwhile", "according", "said", "says", "what", "who", "how", "why",
    "thank", "thanks", "okay", "ok", "oh", "let", "every", "each", "other", "both",
})
MAX_NAME_WORDS = 10
#: The share of a sentence's longer words that are capitalized in headline case.
HEADLINE_SHARE = 0.75


@dataclass(frozen=True)
class NameWords:
    """The source lexicon's words this model reads."""

    titles: frozenset[str]
    org_words: frozenset[str]
    outlet_name_words: frozenset[str]
    place_words: frozenset[str]
    known: frozenset[str]
    outlets: frozenset[str]
    organizations: frozenset[str]
    outlet_words: frozenset[str] = frozenset()


@functools.cache
def name_words() -> NameWords:
    """The source lexicon's titles, organization, outlet and place words and names, read once."""
    rows = lexicons.load("sources")
    by: dict[str, set[str]] = {}
    for row in rows:
        by.setdefault(row["category"], set()).add(row["term"])
    low = {k: frozenset(t.lower() for t in v) for k, v in by.items()}
    titles = low["person_title"] | lexicons.words("abbreviations", "title")
    known = frozenset().union(*(low[k] for k in ("anonymous", "vague", "document",
                                                  "outlet_word", "place_word")))
    return NameWords(titles, low["organization_word"], low["outlet_name_word"],
                     low["place_word"], known, frozenset(t.lower() for t in by["outlet"]),
                     frozenset(t.lower() for t in by["organization"] | by["country"]),
                     low["outlet_word"])


@last_one
def headline_case(toks: Tokens) -> bool:
    """Whether a sentence is written in headline case (*Afghan Women Report Some Harassment,
    Taliban Promise Security*): at least two words longer than three letters, and
    :data:`HEADLINE_SHARE` of them capitalized. Its capitals say nothing about names. Read
    once per sentence, however many of its cues ask."""
    long = [t for t, w in zip(toks.texts, toks.is_word, strict=True) if w and len(t) > 3]
    return len(long) >= 2 and sum(t[:1].isupper() for t in long) >= HEADLINE_SHARE * len(long)


def is_name_word(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` is a capitalized word that may stand in a name."""
    text = toks.texts[i]
    return toks.is_word[i] and text[:1].isupper() and toks.lows[i] not in NOT_NAMES


def name_runs(toks: Tokens) -> Iterator[tuple[int, int, str]]:
    """Yield ``(first, last, role)`` for every run of name words of a sentence: the run's
    first and last token and the title words before it."""
    n = len(toks)
    words = name_words()
    # only a capitalized token can start a run: find them with one C-level pass
    starts = [k for k, text in enumerate(toks.texts) if text[:1].isupper()]
    end = -1  # the last token of the run before
    for i in starts:
        if i <= end or (not is_name_word(toks, i) and not is_title(toks, i)):
            continue
        j = i
        while j + 1 < n and j - i < MAX_NAME_WORDS:
            nxt = j + 1
            if is_name_word(toks, nxt) or (toks.texts[nxt] == "." and (
                    toks.lows[j] + "." in words.titles or (len(toks.texts[j]) == 1 and nxt + 1 < n
                                                            and is_name_word(toks, nxt + 1)))):
                # a title's period, or a middle initial's: "Ms. Ortiz", "Daniel S. Goldin"
                j = nxt
                continue
            if toks.lows[nxt] == "and" and is_title(toks, j) and nxt + 1 < n \
                    and is_title(toks, nxt + 1):
                j = nxt + 1  # "Meridian President and CEO Jane Roe": one compound title
                continue
            if toks.lows[nxt] in INSIDE and nxt + 1 < n and (
                    is_name_word(toks, nxt + 1) or (toks.lows[nxt + 1] == "the" and nxt + 2 < n
                                                     and is_name_word(toks, nxt + 2))):
                if toks.lows[nxt] == "and" and is_title(toks, nxt + 1):
                    break  # "Sen. Ana Ruiz and Sen. Tom Berg": two names
                j = nxt + 1 if toks.lows[nxt + 1] != "the" else nxt + 2
                continue
            break
        yield from _split(toks, i, j)
        end = j


def _split(toks: Tokens, i: int, j: int):
    """A run cut into its role and its name(s): the titles up to the last one are the role
    (*U.S. District Judge* Gray Miller), and so is an office named with *of* or *for* before a
    given name and surname (*Director of National Intelligence* James Clapper); a person's
    name before *of* and a body after it are two names (*Jennifer Lu* of *Marriage Equality
    Coalition Taiwan*)."""
    k = i
    for t in range(i, j + 1):
        if is_title(toks, t) and t + 1 <= j and toks.lows[t + 1] not in ("of", "for", "and") \
                and any(is_name_word(toks, u) and not is_title(toks, u)
                        for u in range(t + 1, j + 1)):
            k = t + 1
    if k == i and is_title(toks, i) and j - i >= 4 and toks.lows[i + 1] in ("of", "for") \
            and _looks_personal(toks, j - 1, j):
        k = j - 1  # "Director of National Intelligence James Clapper": an office, then a name
    while k <= j and toks.texts[k] == ".":
        k += 1
    role = " ".join(toks.texts[i:k]).replace(" .", ".") if k > i else ""
    if k > j or not is_name_word(toks, k):
        return
    for p in range(k + 2, j):
        if toks.lows[p] in ("of", "for") and _looks_personal(toks, k, p - 1):
            yield k, p - 1, role
            q = p + 1 + (toks.lows[p + 1] == "the")
            if q <= j:
                yield q, j, ""
            return
    yield k, j, role


def _looks_personal(toks: Tokens, first: int, last: int) -> bool:
    """Two or three name words no lexicon knows: a person's given name and surname."""
    w = name_words()
    lows = toks.lows[first : last + 1]
    return 2 <= len(lows) <= 3 and all(
        is_name_word(toks, k) and toks.lows[k] not in w.known and toks.lows[k] not in w.org_words
        and toks.lows[k] not in w.organizations for k in range(first, last + 1))


def is_title(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` is a capitalized title (*Sen.*, *Minister*, *Police Lt.*)."""
    low = toks.lows[i]
    if not toks.is_word[i] or not toks.texts[i][:1].isupper():
        return False
    titles = name_words().titles
    return low in titles or (low + "." in titles and i + 1 < len(toks) and toks.texts[i + 1] == ".")


ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,7}$")


def sentence_first(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence (after punctuation or a quote)."""
    return not any(toks.is_word[:i])


#: A one-word name of capitals and digits (*TVN24*, *BFMTV*, *TV5*).
_CALL_SIGN = re.compile(r"^[A-Z0-9]{3,8}$")


def _broadcaster(text: str) -> bool:
    """Whether a one-word name is a broadcaster's by its shape: capitals and digits that open
    or close with a short outlet word of the lexicon (*TV*: *TVN24*, *BFMTV*)."""
    if not _CALL_SIGN.match(text):
        return False
    low = text.lower()
    return any(len(word) <= 3 and (low.startswith(word) or low.endswith(word))
               for word in name_words().outlet_words)


def kind_of(toks: Tokens, first: int, last: int, lows: list[str], role: str) -> str:
    """The kind of a name by its words and what stands before it; ``""`` if they do not say."""
    w = name_words()
    name = " ".join(lows)
    before = toks.lows[first - 1] if first > 0 else ""
    if name in w.outlets or (name.startswith("the ") and name[4:] in w.outlets):
        return OUTLET
    if (len(lows) >= 2 and lows[-1] in w.outlet_name_words) or (
            "-" in lows[-1] and lows[-1].rsplit("-", 1)[1] in w.outlet_name_words):
        return OUTLET
    if len(lows) == 1 and _broadcaster(toks.texts[first]):
        return OUTLET  # "TVN24 reported"
    if role and not any(low in w.org_words for low in lows):
        return PERSON
    if name in w.organizations or any(low in w.org_words or low + "." in w.org_words
                                      for low in lows) or (
            len(lows) >= 2 and lows[0] in w.organizations):
        return ORGANIZATION  # "the Senate", "NASA", "U.S. Geological Survey"
    if lows[-1] in w.place_words:
        return PLACE
    if before == "in" and len(lows) <= 2:
        return PLACE  # "a female teacher in Takhar"
    if before == "the" and len(lows) == 1 and lows[0] in w.titles:
        return PERSON  # "the President": a person, known by the office only one holds
    if before == "the":
        return ORGANIZATION  # people's names do not take "the": "the Taliban"
    if len(lows) == 1 and ACRONYM.match(toks.texts[first]):
        return ORGANIZATION
    if 2 <= len(lows) <= 4 and all(low not in w.known and low not in INSIDE for low in lows):
        return PERSON
    return ""


#: Words tagged ``IN`` that open a clause, not a prepositional phrase (*that the Taliban …
#: were so strict*): the name after them may be a subject.
_SUBORDINATORS = frozenset({"that", "whether", "because", "if", "although", "though", "while",
                            "unless", "whereas"})


def governed(toks: Tokens, first: int, last: int) -> bool:
    """Whether the name at tokens ``first``..``last`` is no subject a *they* can point back
    to: the object of a preposition or of a verb of telling (*before the Senate Armed Services
    Committee. They called …*, *tell VOA that … they*), or a body named before a title
    (*National Security Agency chief Michael Rogers*)."""
    if last + 1 < len(toks) and toks.lows[last + 1] in name_words().titles:
        return True
    k = first - 1
    while k >= 0 and toks.lows[k] in ("the", "a", "an"):
        k -= 1
    if k < 0 or not toks.is_word[k]:
        return False
    low = toks.lows[k]
    return low in recipient_verbs() or (toks.tags[k] in ("IN", "TO")
                                        and low not in _SUBORDINATORS)


@functools.cache
def recipient_verbs() -> frozenset[str]:
    """Every form of the cue verbs that take a recipient (``attribution_cues.csv``'s
    ``recipient`` frame: *tell*, *told*, *inform*, *assure* …)."""
    out: set[str] = set()
    for row in lexicons.load("attribution_cues"):
        if row["kind"] == "verb" and "recipient" in (row.get("frames") or "").split("|"):
            forms = row.get("forms") or ""
            out.update(forms.split("|") if forms else inflect(row["term"]).values())
    return frozenset(out)
