"""Page furniture: the paragraphs of an article that are not its text — a byline (*By Sam
Reyes, Staff Writer*), a dateline (Wikinews' *Friday, January 4, 2019*, *Updated 6:42 p.m.*),
a credit line (*Photo: Reuters*, *© 2019 The Daily Bugle*), a caption (*Caption: Rescuers at
the dam on Monday*; in HTML a ``<figcaption>``, in Markdown an image on a line of its own).

They are marked in the sentence table (``paragraph_kind``) so that no layer counts them as
what the article says: a byline is never an unattributed assertion, and a run of paragraphs
without a source skips them. A byline or dateline is looked for among the first body
paragraphs and the last, a credit line or a caption anywhere; each is short (at most
:data:`MAX_WORDS` words; a caption :data:`MAX_MARKED_WORDS`), so a sentence that merely starts
with *By* stays body text. In HTML the markup says it
too — ``<address>``, ``<figcaption>``, ``class="byline"``, ``author``, ``dateline``,
``credit``, ``caption`` (:func:`markup_kind`) — and a paragraph so marked is furniture
wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

BODY, TITLE = "body", "title"
BYLINE, DATELINE, CREDIT, CAPTION = "byline", "dateline", "credit", "caption"
#: Every kind of paragraph, in the order the schema documents them.
KINDS = (TITLE, BODY, BYLINE, DATELINE, CREDIT, CAPTION)
#: A byline or dateline stands among this many paragraphs at the top or the bottom of the body.
EDGE = 3
MAX_WORDS = 16

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:{_DAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?"
_STAMP = r"(?:(?:Updated|Published|Posted|Last updated)(?::|\s+on)?\s+)"
DATELINE_PATTERN = re.compile(
    rf"^\s*(?:{_STAMP}?{_DATE}(?:,?\s*(?:at\s+)?{_TIME})?|{_STAMP}{_TIME}(?:,?\s*{_DATE})?"
    rf"|{_STAMP}{_DATE})\s*$", re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|al|bin|la|le))*"
BYLINE_PATTERN = re.compile(
    rf"^\s*(?:By|From|Written by|Reporting by|Story by)\s+(?:The\s+)?(?!{_DAY}|{_MONTH}\b){_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s+(?:staff|reporters?|correspondents?|writers?))?"
    r"(?:\s*(?:,|·|\||—|–|-)\s*[A-Z(].*)?\s*$")
CAPTION_PATTERN = re.compile(r"^\s*(?:Caption|Photo caption|Pictured|Image caption)\s*:",
                             re.IGNORECASE)
CREDIT_PATTERN = re.compile(
    r"^\s*(?:\(?\s*(?:Photo|Photograph|Image|Picture|Video|Graphic|Illustration|Credit|"
    r"Source|Photos)s?\s*(?::|by\b)|©|\(c\)\s|Copyright\b)", re.IGNORECASE)


def paragraph_kind(text: str, *, at_edge: bool) -> str:
    """What a body paragraph is: :data:`BYLINE`, :data:`DATELINE`, :data:`CREDIT` or
    :data:`BODY`. ``at_edge``: it stands among the first or last :data:`EDGE` paragraphs."""
    words = text.split()
    if words and CAPTION_PATTERN.match(text) and len(words) <= MAX_MARKED_WORDS:
        return CAPTION  # a caption may run longer than a byline: it describes a picture
    if not words or len(words) > MAX_WORDS:
        return BODY
    if CREDIT_PATTERN.match(text):
        return CREDIT
    if at_edge and DATELINE_PATTERN.match(text):
        return DATELINE
    if (at_edge and BYLINE_PATTERN.match(text) and not text.rstrip().endswith((".", "?", "!")))\
            or (at_edge and _stamped_byline(text)):
        return BYLINE
    return BODY


def _stamped_byline(text: str) -> bool:
    """*By Sam Reyes, Staff Writer · Updated 6:42 p.m.*: a byline with a time stamp (whose
    full stops belong to *p.m.*)."""
    return bool(BYLINE_PATTERN.match(text)) and bool(re.search(_STAMP, text, re.IGNORECASE))


#: In HTML, the elements that mark furniture: ``<address>`` (the author's contact, a byline)
#: and elements whose ``class`` (or ``itemprop``, ``rel``) names one of these words, alone or
#: as a part of a longer name (``article-byline``, ``c-byline__author``, ``photo-credit``).
MARKUP_TAGS = {"address": BYLINE, "figcaption": CAPTION, "caption": CAPTION}
MARKUP_WORDS = {"byline": BYLINE, "bylines": BYLINE, "author": BYLINE, "authors": BYLINE,
                "dateline": DATELINE, "credit": CREDIT, "credits": CREDIT,
                "caption": CAPTION, "captions": CAPTION, "figcaption": CAPTION}
#: A block the markup marks as furniture is read as such up to this many words; a longer one is
#: a wrapper around text (``<div class="author-content">``), and a block with a marked element
#: inside (``<p>… <span class="author">…</span></p>``) is furniture only up to :data:`MAX_WORDS`.
MAX_MARKED_WORDS = 60
_NAME_PARTS = re.compile(r"[\s_-]+")


def markup_kind(tag: str, attrs: Sequence[tuple[str, str | None]]) -> str | None:
    """The kind of furniture an HTML element marks (:data:`MARKUP_TAGS`, :data:`MARKUP_WORDS`),
    or None."""
    if tag in MARKUP_TAGS:
        return MARKUP_TAGS[tag]
    for name, value in attrs:
        if name in ("class", "itemprop", "rel") and value:
            for part in _NAME_PARTS.split(value.lower()):
                if part in MARKUP_WORDS:
                    return MARKUP_WORDS[part]
    return None


def paragraph_kinds(texts: Sequence[str], *, has_title: bool,
                    marked: Sequence[str | None] | None = None) -> list[str]:
    """The kind of every paragraph of an article (the title, if any, first). ``marked``: the
    kind the markup gave each paragraph, or None (HTML bylines: :func:`markup_kind`); a
    paragraph so marked is furniture wherever it stands."""
    first = 1 if has_title else 0
    n_body = len(texts) - first
    kinds = [TITLE] if has_title else []
    for k, text in enumerate(texts[first:]):
        given = marked[first + k] if marked else None
        if given is not None:
            kinds.append(given)
            continue
        at_edge = k < EDGE or (k >= n_body - EDGE and n_body > 2 * EDGE)
        kinds.append(paragraph_kind(text, at_edge=at_edge))
    if kinds.count(BODY) == 0:  # an article of furniture alone: read it as text
        kinds = [TITLE if k == TITLE else BODY for k in kinds]
    return kinds
