"""Visible text out of HTML and Markdown, as paragraphs separated by blank lines.

Both are read in time linear in the text, whatever its shape: HTML by Python's
``html.parser`` after :func:`~analysis.spine.html_items.escape_incomplete` (which keeps the
parser from rescanning the rest of the text for each item it would find unclosed), Markdown
by :mod:`~analysis.spine.markdown_spans`. HTML the parser cannot read raises
:class:`~analysis.spine.html_items.MarkupError`, never the parser's own exception.
"""

from __future__ import annotations

import inspect
import re
from html.parser import HTMLParser
from pathlib import Path

from analysis.spine import markdown_spans as spans
from analysis.spine.furniture import CAPTION, MAX_MARKED_WORDS, MAX_WORDS, markup_kind
from analysis.spine.html_items import MarkupError, escape_incomplete

_BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
    "dt", "dd", "td", "th", "caption", "article", "section", "div", "br", "tr", "header",
    "address",
}
_INVISIBLE = {"script", "style", "noscript", "template", "svg", "math", "head", "iframe"}
# Page furniture around an article, not part of it.
_FURNITURE = {"nav", "footer", "aside", "form", "button", "select"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
_SPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str | None]] = []
        self.current: list[tuple[str, str | None]] = []  # text, and the furniture it is in
        self.marks: list[tuple[str, str]] = []  # open elements that mark furniture: tag, kind
        self.marked: dict[str, int] = {}  # how many of self.marks each tag has
        self.hidden = 0
        self.title: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(t for t, _ in self.current)).strip()
        if text:
            self.blocks.append((text, self._kind(text)))
        self.current = []

    def _kind(self, text: str) -> str | None:
        """A block is furniture if its markup says so: all of it inside a marked element (up
        to :data:`MAX_MARKED_WORDS` words), or a short block with a marked element in it."""
        kinds = [k for t, k in self.current if k is not None and t.strip()]
        if not kinds:
            return None
        words = len(text.split())
        whole = all(k is not None for t, k in self.current if t.strip())
        return kinds[0] if words <= (MAX_MARKED_WORDS if whole else MAX_WORDS) else None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _INVISIBLE or tag in _FURNITURE:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._flush()
            self.in_h1 = tag == "h1" and self.h1 is None and not self.hidden
        kind = markup_kind(tag, attrs)
        if kind is not None and tag not in _VOID:
            self.marks.append((tag, kind))
            self.marked[tag] = self.marked.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _INVISIBLE or tag in _FURNITURE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            if self.in_h1:
                self.h1 = _SPACE.sub(" ", "".join(t for t, _ in self.current)).strip()
                self.current = []
                self.in_h1 = False
            self._flush()
        if self.marked.get(tag):  # close the element and any left open in it
            while True:
                closed, _ = self.marks.pop()
                self.marked[closed] -= 1
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.current.append((data, self.marks[-1][1] if self.marks else None))


def _raised_by_the_parser(err: BaseException) -> bool:
    """Whether ``err`` was raised by html.parser's own code (its ``AssertionError`` on markup
    it cannot read, say), not by the handlers above: a fault of the input, not of the
    workbook."""
    tb = err.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and Path(tb.tb_frame.f_code.co_filename).resolve() in _PARSER_FILES


#: The files of html.parser's code: its module and the base class it has from _markupbase.
_PARSER_FILES = {Path(inspect.getfile(cls)).resolve() for cls in HTMLParser.__mro__[:-1]}


def html_to_text(html: str) -> str:
    """The visible text of ``html``: one paragraph per block element, the first ``<h1>`` (or
    else the ``<title>``) first as the title. Scripts, styles, comments and page furniture
    (``nav``, ``footer``, ``aside``, forms) are dropped, never run."""
    return html_text_and_furniture(html)[0]


def html_text_and_furniture(html: str) -> tuple[str, dict[int, str]]:
    """:func:`html_to_text`, and the blocks its markup marks as bylines, datelines or credit
    lines (:func:`analysis.spine.furniture.markup_kind`): their kind by the offset each
    starts at in the text.

    Read in time linear in ``html`` (:func:`~analysis.spine.html_items.escape_incomplete`);
    raises :class:`~analysis.spine.html_items.MarkupError` for HTML Python's parser cannot
    read."""
    parser = _TextCollector()
    try:
        parser.feed(escape_incomplete(html))
        parser.close()
    except Exception as err:
        if not _raised_by_the_parser(err):
            raise
        line, _ = parser.getpos()
        problem = " ".join(f"{type(err).__name__}: {err}".split())
        raise MarkupError(f"line {line}: Python's HTML parser cannot read it ({problem})"
                          ) from None
    parser._flush()
    title = parser.h1 or _SPACE.sub(" ", "".join(parser.title)).strip()
    blocks = ([(title, None)] if title else []) + parser.blocks
    marked, offset = {}, 0
    for text, kind in blocks:
        if kind is not None:
            marked[offset] = kind
        offset += len(text) + 2
    return "\n\n".join(text for text, _ in blocks), marked


#: What is left of Markdown's markup after its spans (:mod:`~analysis.spine.markdown_spans`):
#: rules that hold a line's start, each matching in time linear in the line.
_MD_LINE_RULES = [
    (re.compile(r"^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
]
_MD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)  # rules


def _drop_markup(md: str) -> str:
    """Comments, headings, list and quote markers, images and links (their text kept),
    emphasis, inline code and rules, removed in this order — each in linear time."""
    md = spans.headings(spans.drop_comments(md))
    for pattern, repl in _MD_LINE_RULES:
        md = pattern.sub(repl, md)
    md = spans.drop_link_markup(spans.drop_image_markup(md))
    md = spans.drop_emphasis(spans.drop_emphasis(spans.drop_bold(md), "*"), "_")
    return _MD_RULE.sub("", spans.drop_code_spans(md))


def markdown_to_text(md: str) -> str:
    """Markdown with its markup removed: headings, emphasis, links (their text kept), list
    and quote markers and comments; code — fenced (````` ``` ````` or ``~~~``) or indented by four
    spaces or a tab — is left out, each block becoming one blank line (a paragraph break).
    Front matter is not read here: see :func:`split_front_matter`."""
    return markdown_text_and_furniture(md)[0]


#: Marks an image's alt text alone on its line (its caption) until the offsets are counted.
_CAPTION_MARK = "\x00"


def markdown_text_and_furniture(md: str) -> tuple[str, dict[int, str]]:
    """:func:`markdown_to_text`, and the paragraphs that are an image's alt text alone on a
    line (captions, :data:`~analysis.spine.furniture.CAPTION`) by the offset each starts at."""
    md = _drop_code(md.replace(_CAPTION_MARK, ""))
    md = spans.image_lines(md, lambda alt: _CAPTION_MARK + alt if alt.strip() else "")
    md = _drop_markup(md)
    marked: dict[int, str] = {}
    out, at = [], 0
    for k, piece in enumerate(md.split(_CAPTION_MARK)):
        if k:
            marked[at] = CAPTION
        out.append(piece)
        at += len(piece)
    return "".join(out), marked


# --- code blocks ----------------------------------------------------------------------------

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _drop_code(md: str) -> str:
    """``md`` without its code blocks, as CommonMark draws them: a fence to its closing fence
    (of the same character, at least as long; an unclosed one runs to the end), and lines
    indented by four columns after a blank line — unless they continue a list item."""
    out: list[str] = []
    fence = ""  # the open fence
    after_blank, in_code, in_list = True, False, False
    for line in md.split("\n"):
        if fence:
            close = _FENCE.fullmatch(line)
            if close and close.group(1)[0] == fence[0] and len(close.group(1)) >= len(fence) \
                    and not close.group(2).strip():
                fence = ""
            continue
        opening = _FENCE.fullmatch(line)
        if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
            fence = opening.group(1)
            out.append("")
            after_blank, in_code = True, False
            continue
        blank = not line.strip()
        indented = line[:4].expandtabs(4).startswith("    ")
        if not blank and indented and (after_blank or in_code) and not in_list:
            if not in_code:
                out.append("")
            in_code = True
            continue
        if not blank:
            in_code = False
            if _LIST_ITEM.match(line):
                in_list = True
            elif not indented:
                in_list = False
        out.append(line)
        after_blank = blank
    return "\n".join(out)


# --- front matter ---------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)
_KEY = re.compile(r"([A-Za-z_][\w.-]*(?:[ \t]+[\w.-]+)*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
_ITEM = re.compile(r"[ \t]*-[ \t]+(.*?)[ \t]*")


def split_front_matter(md: str) -> tuple[dict[str, str | list[str]], str]:
    """The YAML front matter of a Markdown text (between a first line ``---`` and a line
    ``---`` or ``...``) as a dict, and the text after it; ``({}, md)`` if there is none.

    Read without a YAML library, for what front matter holds: ``key: value`` lines (a quoted
    value unquoted), lists (``[a, b]`` or ``- item`` lines) and block text (``|`` or ``>``
    and indented lines). A block with any other line is not taken for front matter."""
    match = _FRONT_MATTER.match(md)
    if match is None:
        return {}, md
    fields: dict[str, str | list[str]] = {}
    key = ""
    block: list[str] | None = None
    for line in match.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.fullmatch(line)
        if block is not None and line[:1] in " \t":  # a line of block text
            block.append(line.strip())
            fields[key] = ("\n" if block[0] == "|" else " ").join(block[1:])
            continue
        if item is not None and isinstance(fields.get(key), list):
            fields[key].append(_unquote(item.group(1)))  # an item of the key's list
            continue
        field = _KEY.fullmatch(line)
        if field is None:
            return {}, md  # not YAML front matter: perhaps a rule and a heading
        key, value = field.group(1), (field.group(2) or "")
        block = [value[0]] if value in ("|", ">", "|-", ">-") else None
        fields[key] = "" if block is not None else _value(value) if value else []
    return fields, md[match.end():]


def _value(value: str) -> str | list[str]:
    if value.startswith("[") and value.endswith("]"):
        return [_unquote(v.strip()) for v in value[1:-1].split(",") if v.strip()]
    return _unquote(value)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
