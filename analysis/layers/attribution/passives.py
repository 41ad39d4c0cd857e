"""Verb cues in the passive voice (``was reported``, ``is believed to``, ``was criticized by``):
the source after *by*, or none.

A passive with no *by* is an attribution only where someone is still cited: a verb of speech
or report (``It was reported that the minister resigned``; ``The site was said to have begun
operations``), a *that* right after it, an opening *this* or *it* that points back to the
sentence before (``This was reported``), or a verb framed ``hearsay_passive`` before a
*to*-infinitive or after an expletive *it* (``are believed to speak Russian``, ``it is believed
the schemes can help``: hearsay with no source). Not ``was expected to end`` (a prediction),
``is not well understood`` or a verb framed ``no_passive`` (``was shown``).
"""

from __future__ import annotations

from analysis.layers.attribution.clauses import (
    be_index,
    content_after,
    find_by,
    find_that,
    prev_word,
)
from analysis.layers.attribution.found import Found
from analysis.layers.attribution.source_phrases import source_left, source_right
from analysis.layers.attribution.verb_rules import hearsay_passive
from analysis.spine.tokens import Tokens
from analysis.vocabulary.cues import VerbForm
from analysis.vocabulary.grammar import PROFORMS


def passive_cue(toks: Tokens, i: int, form: VerbForm) -> Found | None:
    """The attribution of the passive participle at ``i`` (a form of *be* before it), or None
    where it cites no one."""
    f = Found(i, i, "verb", form.category)
    if "hearsay_passive" in form.frames and find_by(toks, i + 1) is None:
        if not hearsay_passive(toks, i):
            return None  # "is not well understood": no one's belief
        f.category = "hearsay"  # "are believed to speak", "it is believed the schemes …"
        f.content = content_after(toks, i + 1, recipient=False)
        return f
    if "no_passive" in form.frames:
        return None
    if form.lemma == "quote":  # "Smith was quoted as saying"
        f.source = source_left(toks, be_index(toks, i))
        if i + 2 < len(toks) and toks.lows[i + 1] == "as" and toks.lows[i + 2] == "saying":
            f.cue_last = i + 2
        f.content = content_after(toks, f.cue_last + 1, recipient=False)
        return f
    by = find_by(toks, i + 1)
    f.source = source_right(toks, by + 1) if by is not None else None
    after = (f.source.last + 1) if f.source is not None else i + 1
    if form.lemma == "tell" and by is None:
        after = i + 1
    subject = prev_word(toks, be_index(toks, i))
    that = find_that(toks, i + 1)
    if f.source is None and (that is None or that > i + 2) \
            and form.category not in ("speech", "report") and form.lemma != "accuse" \
            and not (subject is not None and subject == 0 and toks.lows[0] in PROFORMS):
        return None  # "was expected to end", "was suspected of", "is known as": no one cited
    if that is not None:
        f.content = content_after(toks, that + 1, recipient=False)
    elif subject is not None and toks.lows[subject] in PROFORMS and subject == 0:
        f.backward = True
    else:
        f.content = content_after(toks, after, recipient=False)
    return f
