"""HTML made safe for Python's ``html.parser`` in linear time: every ``<`` that cannot begin a
complete markup item escaped as ``&lt;``.

``html.parser`` (read here as it is in Python 3.11) meets a ``<`` that begins an item it finds
no end for — a start tag without its ``>``, a comment without ``-->``, a ``<![CDATA[`` without
``]]>`` — by scanning the rest of the text for that end; at the end of the input it then takes
the ``<`` (up to the next ``>``, else the next ``<``) as text and goes on from there. Each such
``<`` costs the length of the rest, so a run of them (``<a <a <a …``, ``<!--<!--…``) costs the
square of the text: 80 KB of ``<a `` took 53 s.

:func:`escape_incomplete` walks the items as the parser will and decides each one with scans
that never repeat — what a scan found, or did not find, is kept for the items after it, and a
start tag's attributes are read once however many tags share them — then escapes the ``<`` of
every item the parser would find incomplete, with the text the parser would then take as text.
The parser given the result makes the same calls (the same tags, the same text) as on the
original, and in time linear in it. A page whose items are all complete — any real page — is
returned as it is.

One input the parser cannot read at all: a ``<![`` not followed by a section name it knows
(``CDATA``, ``if``, ``endif`` …), on which it fails with an ``AssertionError``. The walk raises
:class:`MarkupError` for it, naming the line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# The parts of html.parser's start tag (its ``locatestarttagend_tolerant``), read one at a time.
_TAG_NAME_END = re.compile(r"[\t\n\r\f />\x00]")
_SPACES_AND_SLASHES = re.compile(r"[\s/]*")
_ATTRIBUTE = re.compile(r"""
  (?<=['"\s/])[^\s/>][^\s/=>]*       # name
  (?:\s*=+\s*                        # value
    (?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)
    \s*
  )?(?:\s|/(?!>))*
""", re.VERBOSE)
_SPACES = re.compile(r"\s*")
#: After a start tag's attributes: these mean the input ended inside the tag (incomplete).
_INSIDE_TAG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")
_START_TAG = re.compile(r"<[a-zA-Z]")
_COMMENT_END = re.compile(r"--\s*>")
_GT = re.compile(">")
_LT = re.compile("<")
_SECTION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_SECTION_ENDS = {
    **dict.fromkeys(("temp", "cdata", "ignore", "include", "rcdata"), re.compile(r"]\s*]\s*>")),
    **dict.fromkeys(("if", "else", "endif"), re.compile(r"]\s*>")),
}
#: Elements whose content is text up to their end tag (html.parser's CDATA_CONTENT_ELEMENTS).
_RAW_TEXT = {name: re.compile(rf"</\s*{name}\s*>", re.IGNORECASE)
             for name in HTMLParser.CDATA_CONTENT_ELEMENTS}


class MarkupError(ValueError):
    """HTML that Python's parser cannot read; the message says where and what."""


class _Next:
    """The first match of a pattern at or after a position, for positions that never go back:
    a search runs again only past what the last one found, so the searches of a whole walk
    cost one pass of the text."""

    def __init__(self, text: str, pattern: re.Pattern) -> None:
        self.text, self.pattern = text, pattern
        self.since = -1
        self.found: re.Match | None = None

    def at(self, pos: int) -> re.Match | None:
        """The first match starting at ``pos`` or after it, or None."""
        if self.since < 0 or pos < self.since or (
                self.found is not None and pos > self.found.start()):
            self.since, self.found = pos, self.pattern.search(self.text, pos)
        return self.found


class _Walk:
    """The items of one text, as html.parser meets them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.gt, self.lt = _Next(text, _GT), _Next(text, _LT)
        self.comment_end = _Next(text, _COMMENT_END)
        self.section_ends = {p: _Next(text, p) for p in set(_SECTION_ENDS.values())}
        self.tag_name_end = _Next(text, _TAG_NAME_END)
        self.after_name: dict[int, int] = {}  # a tag name's end -> its attributes' end
        self.attributes_end: dict[int, int] = {}  # an attribute's start -> the last one's end
        self.tags = HTMLParser()  # reads a complete start tag: does it open a <script>?
        self.tags.rawdata = text

    def escaped(self) -> str:
        text, n = self.text, len(self.text)
        out: list[str] = []
        done = i = 0  # text[:done] is in out; the parser is at i
        while True:
            i = text.find("<", i)
            if i < 0:
                break
            end = self.item_end(i)
            if end >= 0:
                raw = self.raw_text_after(i, end)
                if raw is None:
                    i = end
                    continue
                found = raw.search(text, end)  # <script>: text up to its end tag
                if found is None:
                    break  # the parser drops an unclosed script's text
                i = found.end()
                continue
            gt = self.gt.at(i + 1)  # the parser's fallback: text to the next > (or <)
            k = gt.end() if gt else (self.lt.at(i + 1).start() if self.lt.at(i + 1) else i + 1)
            out += [text[done:i], text[i:k].replace("<", "&lt;")]
            done = i = k
        out.append(text[done:n])
        return "".join(out)

    def item_end(self, i: int) -> int:
        """Where the item at ``text[i] == "<"`` ends, as html.parser reads it; -1 if the parser
        would find it incomplete (each test as the parser's ``parse_*`` method makes it)."""
        text = self.text
        if _START_TAG.match(text, i):
            return self.start_tag_end(i)
        if text.startswith("</", i) or text.startswith("<?", i) or (
                text.startswith("<!", i) and not text.startswith(("<!--", "<!["), i)):
            gt = self.gt.at(i + 1)  # an end tag, a processing instruction, <!DOCTYPE, <!x
            return gt.end() if gt else -1
        if text.startswith("<!--", i):
            found = self.comment_end.at(i + 4)
            return found.end() if found else -1
        if text.startswith("<![", i):
            return self.section_end(i)
        return i + 1  # a "<" on its own: text

    def start_tag_end(self, i: int) -> int:
        """html.parser's ``check_for_whole_start_tag``: its pattern read as a tag name, spaces
        and slashes, attributes one by one and spaces, each part read once per position."""
        text = self.text
        found = self.tag_name_end.at(i + 2)
        name_end = found.start() if found else len(text)
        j = self.after_name.get(name_end)
        if j is None:
            start = _SPACES_AND_SLASHES.match(text, name_end).end()
            j = _SPACES.match(text, self.attributes_from(start)).end()
            self.after_name[name_end] = j
        after = text[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            return j + 2 if text.startswith("/>", j) else -1
        if after == "" or after in _INSIDE_TAG:
            return -1
        return j

    def attributes_from(self, start: int) -> int:
        """Where a run of attributes that begins at ``start`` ends."""
        path, at = [], start
        while at not in self.attributes_end:
            found = _ATTRIBUTE.match(self.text, at)
            if found is None:
                self.attributes_end[at] = at
                break
            path.append(at)
            at = found.end()
        end = self.attributes_end[at]
        for p in path:
            self.attributes_end[p] = end
        return end

    def section_end(self, i: int) -> int:
        """html.parser's ``parse_marked_section`` (``<![CDATA[ … ]]>``, ``<![if …]>``)."""
        text = self.text
        name = _SECTION_NAME.match(text, i + 3)
        if i + 3 == len(text) or (name is not None and name.end() == len(text)):
            return -1
        close = _SECTION_ENDS.get(name.group().strip().lower()) if name else None
        if close is None:
            line = text.count("\n", 0, i) + 1
            raise MarkupError(f"line {line}: {text[i:i + 12]!r} begins no marked section the "
                              "parser knows (<![CDATA[…]]>, <![if …]>)")
        found = self.section_ends[close].at(i + 3)
        return found.end() if found else -1

    def raw_text_after(self, i: int, end: int) -> re.Pattern | None:
        """For a complete start tag of ``script`` or ``style`` (not ``<script/>``): the pattern
        of its end tag, up to which the parser reads text. None for any other item."""
        text = self.text
        if not _START_TAG.match(text, i):
            return None
        found = self.tag_name_end.at(i + 2)
        name = text[i + 1:found.start() if found else len(text)].lower()
        if name not in _RAW_TEXT:
            return None
        self.tags.cdata_elem = None
        self.tags.parse_starttag(i)  # the parser's own reading: a start tag, or text?
        opened = self.tags.cdata_elem is not None
        self.tags.clear_cdata_mode()
        return _RAW_TEXT[name] if opened else None


def escape_incomplete(html: str) -> str:
    """``html`` with the ``<`` of every item Python's HTML parser would find incomplete (and
    the text it would then read as text) escaped as ``&lt;``: the same reading, in linear time.
    Raises :class:`MarkupError` for a ``<![`` the parser cannot read."""
    return _Walk(html).escaped()
