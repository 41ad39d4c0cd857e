"""Headlines: a title's syntax is not a sentence's.

A headline drops its auxiliaries and articles, puts its speaker last or before a colon, and
capitalises every word, so the sentence rules of :mod:`~analysis.layers.attribution.detect`
misread it. :func:`reread_headline` rewrites what they found in a title (and, for the last
rule, in any line written in headline case, such as a heading inside the body), by these
rules (the guideline's "Punctuation cues" and "Headlines", classes 11 and 12):

- ``trailing_says`` — *New Challenges Call for New Diplomatic Strategies, Rice Says*: a cue
  verb that ends the title after a comma and a short source is the title's attribution; the
  words before the comma are its content, and a cue among them is nested in it (not *Call
  for*, with *New Challenges* as its source).
- ``colon_source`` — *US Intelligence: Top Russian Officials Behind Election Interference*:
  a named person, organization or outlet, alone before a colon that opens the title's
  statement, is its source and the colon its cue (not *Netizen Report: …*, a rubric; not
  *Lion Air disaster: …*, a topic; not *Home Office in the media: 8 December 2017*).
- ``dropped_be`` — *540 million private Facebook records found on public Internet*: a
  headline drops the *were* of a passive, so a past participle after its subject and before
  a preposition is passive, no cue of an active source.
- ``one_speaker`` — *Police Say Suspect In Shooting Was Known To Officers*: a cue whose
  source holds the cue before it (*Suspect*, with *Police Say* as its source) is a word of
  that cue's content.
- ``capitalised_noun`` — *Executive Order to Protect the Nation from Terrorist Attacks by
  Foreign Nationals*: a word that is both a verb cue and a noun (``also_noun``), capitalised
  after a capitalised word and followed by *by* or *of*, is the noun the heading capitalises.

Titles that only name a statement or remarks (*Statement from Daniel S. Goldin*, *Remarks by
the President*) are left to the noun cues of the sentence rules.
"""

from __future__ import annotations

from analysis.layers.attribution.clauses import span
from analysis.layers.attribution.detect import Found
from analysis.layers.attribution.source_phrases import Source
from analysis.layers.attribution.source_types import type_source
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import cues
from analysis.vocabulary.grammar import BE
from analysis.vocabulary.sources import SourceType

#: The longest source read before a title's last verb or colon (in words).
MAX_HEADLINE_SOURCE = 5
#: The fewest words after a headline's colon that make a statement (*8 December 2017* is none).
MIN_COLON_CONTENT = 3
#: Who may speak before a headline's colon: a named source, not a document or a topic.
COLON_SOURCE_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION,
                                SourceType.MEDIA_OUTLET})
#: Lower-case words a name before a headline's colon may hold (*Bank of England*).
NAME_JOINERS = frozenset({"of", "the", "and", "for", "&"})
#: The words after a noun cue that make it the noun of a heading (*Attacks by*, *Claims of*).
NOUN_AFTER = frozenset({"by", "of"})


def reread_headline(toks: Tokens, sentence_low: str, found: list[Found], *, title: bool,
                    headline: bool) -> list[Found]:
    """The attributions of a sentence read by the headline rules: ``found`` (what the
    sentence rules found) rewritten where ``title`` (the sentence is the article's title)
    or ``headline`` (it is written in headline case) calls for it."""
    if headline:
        found = [f for f in found if not _capitalised_noun(toks, f)]
    if not title:
        return found
    found = [f for f in found if not _dropped_be(toks, f)]
    found = [f for k, f in enumerate(found) if not _speaks_through(f, found[:k])]
    own = _trailing_says(toks) or _colon_source(toks, sentence_low)
    if own is None:
        return found
    first, last = own.content_tokens
    return [f for f in found if not (first <= f.cue_first <= last or f.cue_first
                                     == own.found.cue_first)] + [own.found]


class _Own:
    """An attribution a headline rule makes, with the tokens of its content (the cues found
    among them are nested in it)."""

    def __init__(self, found: Found, first: int, last: int) -> None:
        self.found = found
        self.content_tokens = (first, last)


def _short_source(toks: Tokens, first: int, last: int) -> bool:
    """Whether tokens ``first``…``last`` may be a headline's source: one to
    :data:`MAX_HEADLINE_SOURCE` words and nothing else but a period or a possessive."""
    if first > last:
        return False
    words = [k for k in range(first, last + 1) if toks.is_word[k]]
    return 0 < len(words) <= MAX_HEADLINE_SOURCE and all(
        toks.is_word[k] or toks.texts[k] in (".", "'s", "&") for k in range(first, last + 1))


def _trailing_says(toks: Tokens) -> _Own | None:
    """``trailing_says``: *…, Rice Says*."""
    last = len(toks) - 1
    while last >= 0 and not toks.is_word[last]:
        last -= 1  # a final period
    if last < 3:
        return None
    verb = cues().verbs.get(toks.lows[last])
    if verb is None or verb.tense not in ("s", "base", "ed"):
        return None
    comma = next((k for k in range(last - 1, max(last - MAX_HEADLINE_SOURCE - 2, 0), -1)
                  if toks.texts[k] == ","), None)
    if comma is None or comma < 1 or not _short_source(toks, comma + 1, last - 1):
        return None
    content = span(toks, 0, comma - 1)
    if content is None:
        return None
    f = Found(last, last, "verb", verb.category, Source(comma + 1, last - 1, last - 1))
    f.content = content
    return _Own(f, 0, comma - 1)


def _colon_source(toks: Tokens, sentence_low: str) -> _Own | None:
    """``colon_source``: *US Intelligence: Top Russian Officials Behind …*."""
    colon = next((k for k, text in enumerate(toks.texts) if text == ":"), None)
    if colon is None or not _short_source(toks, 0, colon - 1):
        return None
    for k in range(colon):
        if toks.is_word[k] and not toks.texts[k][:1].isupper() \
                and toks.lows[k] not in NAME_JOINERS:
            return None  # a phrase, not a name: "Home Office in the media:"
    after = [k for k in range(colon + 1, len(toks)) if toks.is_word[k]]
    if len(after) < MIN_COLON_CONTENT or toks.texts[after[0]][:1].isdigit():
        return None
    source = Source(0, colon - 1, colon - 1)
    kind, _ = type_source(toks, source, sentence_low, 0, headline=True)
    if kind not in COLON_SOURCE_TYPES:
        return None
    f = Found(colon, colon, "label", "speech", source)
    f.content = span(toks, colon + 1, len(toks) - 1)
    return _Own(f, colon + 1, len(toks) - 1)


def _dropped_be(toks: Tokens, f: Found) -> bool:
    """``dropped_be``: *… records found on public Internet*."""
    if f.kind != "verb" or f.cue_first == 0:
        return False
    form = cues().verbs.get(toks.lows[f.cue_first])
    if form is None or form.tense != "ed" or toks.lows[f.cue_first - 1] in BE:
        return False
    nxt = f.cue_last + 1
    return nxt == len(toks) or not toks.is_word[nxt] or (
        toks.tags[nxt] == "IN" and toks.lows[nxt] not in ("that", "by"))


def _capitalised_noun(toks: Tokens, f: Found) -> bool:
    """``capitalised_noun``: *… from Terrorist Attacks by Foreign Nationals*."""
    i = f.cue_first
    if f.kind != "verb" or i == 0 or i + 1 >= len(toks):
        return False
    form = cues().verbs.get(toks.lows[i])
    return form is not None and form.also_noun and toks.texts[i][:1].isupper() \
        and toks.texts[i - 1][:1].isupper() and toks.lows[i + 1] in NOUN_AFTER


def _speaks_through(f: Found, before: list[Found]) -> bool:
    """``one_speaker``: *Police Say Suspect In …*."""
    return f.source is not None and any(
        f.source.first <= e.cue_first <= f.source.last for e in before)
