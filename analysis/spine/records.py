"""The records of a corpus file — CSV rows, JSON lines — streamed, strictly, within a limit.

Every record is at most :data:`~analysis.spine.decoding.MAX_ARTICLE_BYTES`, the limit of one
article whatever it comes from: a larger record is skipped without being held in memory (a
line is read a :data:`CHUNK` at a time) and reported. A broken record is reported with its
line and the rest are read: a CSV is parsed strictly (an unclosed quote is an error naming the
line it opened on, never two rows merged into one), and a truncated gzip archive gives the
records before the cut and an error that says the rest could not be read. A JSON record
nests at most :data:`MAX_JSON_DEPTH` levels (a line nested 100,000 deep is one ``bad_json``
error, not a crash).

Each problem is an :class:`~analysis.errors.InputError` with a ``reason``
(:data:`analysis.errors.REASONS`), passed to ``on_error``; a problem with the whole file (no
``text`` column, not gzip at all) is raised. Whatever else goes wrong on one record is caught
around it and passed on too (``internal_error``, naming the exception): one record never ends
the reading of the file.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import math
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.errors import InputError, internal_error
from analysis.spine.article import Article
from analysis.spine.decoding import MAX_ARTICLE_BYTES, codec_failure, open_input, text_codec

#: A line is read at most this many characters (or bytes) at a time, so that a huge line is
#: measured and skipped in pieces, never held whole.
CHUNK = 1 << 20
#: A JSON-lines record nests lists and objects at most this many levels deep: deeper, it is
#: refused (``bad_json``), since every step after the reader (copying a record to a worker
#: process, say) may recurse once a level.
MAX_JSON_DEPTH = 100
_LINE_ENDS = ("\n", "\r")
#: A byte the codec could not decode, kept by ``errors="surrogateescape"`` as U+DC80 to U+DCFF.
_UNDECODED = re.compile("[\udc80-\udcff]")

OnError = Callable[[InputError], None]

# csv's own field limit (128 Ki characters by default; Wikinews interviews run past it) is one
# setting for the whole process: at the article limit it never comes first, since a field of
# that many characters is at least that many bytes, and every record is measured against the
# limit before it reaches the parser.
csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))


def _size(text: str) -> int:
    """The size of ``text`` in UTF-8 bytes, what the limit counts."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _amount(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size:,} bytes"


def _limit() -> str:
    return f"{_amount(MAX_ARTICLE_BYTES)}, the limit for one article (MAX_ARTICLE_BYTES)"


# --- CSV ------------------------------------------------------------------------------------


class _TooLarge(Exception):
    def __init__(self, first: int, last: int, size: int) -> None:
        super().__init__(first, last, size)
        self.first, self.last, self.size = first, last, size


class _Lines:
    """The physical lines of a CSV file, fed to :func:`csv.reader` one at a time.

    It keeps the lines of the record being parsed: their size (a record past the limit is
    skipped to its end, found by counting quotes, and raised as :class:`_TooLarge`) and the
    lines themselves, so that a record that turns out broken can be read again from its
    second line (:meth:`again_from_second`)."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.number = 0  # physical lines read from the file
        self.again: deque[tuple[int, str]] = deque()  # lines to give once more
        self.record: list[tuple[int, str]] = []  # the lines given for the current record
        self.size = 0
        self.quotes = 0

    def __iter__(self) -> _Lines:
        return self

    def new_record(self) -> None:
        self.record, self.size, self.quotes = [], 0, 0

    def again_from_second(self) -> None:
        """Give the current record's lines again, but its first: the broken record is dropped
        and whatever followed its first line is read as records of its own."""
        self.again.extendleft(reversed(self.record[1:]))
        self.new_record()

    @property
    def first(self) -> int:
        """The line the current record starts on."""
        return self.record[0][0] if self.record else self.number + 1

    def __next__(self) -> str:
        if self.again:
            number, line = self.again.popleft()
            size, quotes, ended = _size(line), line.count('"'), True
        else:
            number, line, size, quotes, ended = self._read()
        if self.size + size > MAX_ARTICLE_BYTES:
            first = self.record[0][0] if self.record else number
            seen = self.size + size
            self._skip_record(self.quotes + quotes, ended)
            raise _TooLarge(first, self.number, seen)
        self.record.append((number, line))
        self.size += size
        self.quotes += quotes
        return line

    def _read(self) -> tuple[int, str, int, int, bool]:
        """The next physical line, read a chunk at a time, with its size, its quotes and
        whether it ended (not at the end of the file). A line that would take the record past
        the limit is counted but not kept: it comes back empty."""
        pieces: list[str] = []
        size = quotes = 0
        piece = ""
        while True:
            piece = self.handle.readline(CHUNK)
            if not piece:
                if not size:
                    raise StopIteration
                break
            size += _size(piece)
            quotes += piece.count('"')
            if self.size + size <= MAX_ARTICLE_BYTES:
                pieces.append(piece)
            elif pieces:
                pieces.clear()
            if piece.endswith(_LINE_ENDS):
                break
        self.number += 1
        return self.number, "".join(pieces), size, quotes, piece.endswith(_LINE_ENDS)

    def _skip_record(self, quotes: int, ended: bool) -> None:
        """Read past the rest of a record too large to keep: to the first line end where the
        ``quotes`` seen since the record began are even (outside any quoted field)."""
        while quotes % 2 or not ended:
            if self.again:
                piece = self.again.popleft()[1]
            else:
                piece = self.handle.readline(CHUNK)
                if not piece:
                    break
                if piece.endswith(_LINE_ENDS):
                    self.number += 1
            ended = piece.endswith(_LINE_ENDS)
            quotes += piece.count('"')
        self.new_record()


def csv_records(path: Path, encoding: str | None, on_error: OnError) -> Iterator[tuple[str, dict]]:
    """Stream the rows of a CSV file with a header that names a ``text`` column, as
    ``(where, record)``: ``where`` is ``path:line N``, the line the row starts on.

    Parsed strictly: a row whose quoting is broken (an unclosed quote, a quote inside an
    unquoted field followed by more text) is reported and skipped, and the lines after its
    first line are read again as rows — so an unclosed quote costs its own row, not the rows it
    would have swallowed; a row whose number of fields is not the header's is reported and
    skipped. A row larger than the limit is skipped unread, and so is a row with bytes that are
    not valid in the encoding (each with its line and column)."""
    lines: _Lines | None = None
    if encoding is not None:
        text_codec(encoding, path)  # known, and a text encoding
    try:
        with open_input(path) as raw, io.TextIOWrapper(
                raw, newline="", encoding=encoding or "utf-8-sig",
                errors="surrogateescape") as handle:
            lines = _Lines(handle)
            reader = csv.reader(lines, strict=True)
            header = _csv_header(path, reader, lines)
            while True:
                lines.new_record()
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except _TooLarge as big:
                    on_error(_too_large(f"{path}:line {big.first}", big.size,
                                        (big.first, big.last)))
                    continue
                except csv.Error as err:
                    on_error(_broken_row(path, lines, err))
                    lines.again_from_second()
                    continue
                if not row:  # a blank line
                    continue
                where = f"{path}:line {lines.first}"
                try:
                    record = _csv_record(header, row, lines, where, encoding)
                except InputError as err:
                    on_error(err)
                    continue
                except Exception as err:  # one record, whatever went wrong: its row, no more
                    on_error(internal_error(where, err, then="the row is skipped"))
                    continue
                yield where, record
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}", reason="bad_encoding") from None
    except UnicodeError as err:  # a codec that cannot skip what it cannot read (punycode, …)
        where = f"{path}:line {lines.number + 1}" if lines is not None else path
        raise codec_failure(err, where, str(encoding)) from None
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}",
                         reason="unreadable") from None


def _csv_record(header: list[str], row: list[str], lines: _Lines, where: str,
                encoding: str | None) -> dict[str, str]:
    """A parsed row as a record; a row with the wrong number of fields, or with bytes that are
    not valid in the encoding, is one :class:`InputError`."""
    if len(row) != len(header):
        last = lines.record[-1][0]
        span = f" (lines {lines.first}–{last})" if last > lines.first else ""
        raise InputError(where, f"broken CSV row{span}: {len(row)} fields where the header has "
                         f"{len(header)}; the row is skipped", reason="bad_csv")
    undecoded = _undecoded(lines.record, encoding)
    if undecoded:
        raise InputError(where, f"{undecoded}; the row is skipped", reason="not_utf8")
    return dict(zip(header, row, strict=True))


def _undecoded(lines: list[tuple[int, str]], encoding: str | None) -> str:
    """What is wrong with the first byte of ``lines`` that was not valid in the encoding, or
    ``""``: *not valid UTF-8: byte 0xe9 on line 3, column 7; pass --encoding …*."""
    for number, line in lines:
        bad = _UNDECODED.search(line)
        if bad:
            byte = ord(bad.group()) - 0xDC00
            hint = "" if encoding else ("; pass --encoding cp1252 (or latin-1) if that is its "
                                        "encoding")
            return (f"not valid {encoding or 'UTF-8'}: byte 0x{byte:02x} on line {number}, "
                    f"column {bad.start() + 1}{hint}")
    return ""


def _csv_header(path: Path, reader, lines: _Lines) -> list[str]:
    try:
        header = next(reader, None)
    except _TooLarge:
        raise InputError(path, f"its header is larger than {_limit()}: is it a CSV?",
                         reason="bad_csv") from None
    except csv.Error as err:
        raise InputError(path, f"broken CSV header: {err}", reason="bad_csv") from None
    undecoded = _undecoded(lines.record, encoding=None)
    if undecoded:
        raise InputError(path, f"its header is {undecoded}", reason="not_utf8")
    if not header or "text" not in header:
        raise InputError(path, f"a corpus CSV needs a 'text' column; it has {header or []}",
                         reason="no_text")
    if len(set(header)) < len(header):
        twice = sorted({c for c in header if header.count(c) > 1})
        raise InputError(path, f"its header names a column twice: {twice}", reason="bad_csv")
    return header


def _broken_row(path: Path, lines: _Lines, err: csv.Error) -> InputError:
    first = lines.first
    last = lines.record[-1][0] if lines.record else first
    problem = str(err)
    if problem == "unexpected end of data":
        problem = f"a quoted field opened on line {first} is never closed"
    elif last > first:
        problem = (f"a quoted field opened on line {first} is not closed where it should be "
                   f"({err} on line {last}: an unclosed quote?)")
    goes_on = f"; reading goes on at line {first + 1}" if last > first else ""
    return InputError(f"{path}:line {first}", f"broken CSV row: {problem}; the row is "
                      f"skipped{goes_on}", reason="bad_csv")


def _too_large(where: str, size: int, lines: tuple[int, int] | None = None) -> InputError:
    span = f" (lines {lines[0]}–{lines[1]}: an unclosed quote?)" if lines and \
        lines[1] > lines[0] else ""
    return InputError(where, f"the record is at least {_amount(size)}{span}: larger than "
                      f"{_limit()}; skipped", reason="too_large")


# --- JSON lines -----------------------------------------------------------------------------


def jsonl_records(path: Path, encoding: str | None,
                  on_error: OnError) -> Iterator[tuple[str, dict]]:
    """Stream the records of a JSON-lines file, gzipped or not, as ``(where, record)``:
    ``where`` is ``path:line N``. A broken line (not JSON, not an object, undecodable, larger
    than the limit) is reported and the next line read. A gzip archive cut short gives its
    records up to the cut and a ``truncated`` error."""
    gzipped = path.name.lower().endswith(".gz")
    encoding = "utf-8-sig" if encoding is None else encoding
    _check_encoding(path, encoding)
    number = 0
    try:
        with open_input(path) as raw, (gzip.GzipFile(fileobj=raw, mode="rb") if gzipped
                                       else contextlib.nullcontext(raw)) as handle:
            while True:
                try:
                    line, size = _bounded_line(handle)
                except EOFError:  # gzip: the stream ends before its end marker
                    on_error(_truncated(path, number))
                    return
                except (gzip.BadGzipFile, zlib.error) as err:
                    if number == 0:
                        raise InputError(path, f"is not a valid gzip file ({err})",
                                         reason="bad_gzip") from None
                    on_error(InputError(path, f"the archive is corrupt after line {number} "
                                        f"({err}): the rest of it could not be read, and how "
                                        "many records it held cannot be known",
                                        reason="bad_gzip"))
                    return
                if not size:
                    return
                number += 1
                where = f"{path}:line {number}"
                if line is None:
                    on_error(_too_large(where, size))
                    continue
                try:
                    record = _json_record(line, where, encoding)
                except InputError as err:
                    on_error(err)
                    continue
                except Exception as err:  # one record, whatever went wrong: its row, no more
                    on_error(internal_error(where, err, then="the record is skipped"))
                    continue
                if record is not None:
                    yield where, record
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}",
                         reason="unreadable") from None


def _check_encoding(path: Path, encoding: str) -> None:
    codec = text_codec(encoding, path)  # known, and a text encoding
    try:
        line_end = codec.encode("a\n")[0].endswith(b"a\n")
    except Exception:  # a codec that cannot even write "a" (undefined)
        line_end = False
    if not line_end:  # UTF-16, -32: no one-byte line end
        raise InputError(path, f"JSON lines are read in an encoding whose line ends are one "
                         f"byte (UTF-8, cp1252, latin-1, …), not {encoding}", reason="bad_encoding")


def _bounded_line(handle) -> tuple[bytes | None, int]:
    """The next line of a binary file and its size in bytes; ``None`` for a line larger than
    the limit, which is read past a chunk at a time and never held; ``(b"", 0)`` at the end."""
    pieces: list[bytes] = []
    size = 0
    while True:
        piece = handle.readline(CHUNK)
        if not piece:
            break
        size += len(piece)
        if size <= MAX_ARTICLE_BYTES:
            pieces.append(piece)
        else:
            pieces.clear()
        if piece.endswith(b"\n"):
            break
    return (None if size > MAX_ARTICLE_BYTES else b"".join(pieces)), size


def _truncated(path: Path, number: int) -> InputError:
    read = f"lines 1–{number} were read" if number else "no line could be read"
    return InputError(
        path, f"the archive is truncated after line {number}: its compressed data ends (at "
        f"byte {path.stat().st_size:,}) before the gzip stream does, so the rest of the archive "
        f"could not be read; {read}, and how many records were lost cannot be known",
        reason="truncated")


def _json_record(raw: bytes, where: str, encoding: str) -> dict | None:
    """The record of one JSON line (None for a blank one); a line that is not one JSON object
    of at most :data:`MAX_JSON_DEPTH` levels, or not valid in the encoding, is one
    :class:`InputError`."""
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as err:
        bad = err.object[err.start:err.start + 1].hex()
        raise InputError(where, f"not valid {encoding.removesuffix('-sig').upper()}: byte "
                         f"0x{bad} at column {err.start + 1}", reason="not_utf8") from None
    except Exception as err:  # a codec that raises on what it cannot read (punycode, …)
        raise codec_failure(err, where, encoding) from None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"not valid JSON: {json_problem(err, where)}",
                         reason="bad_json") from None
    except RecursionError:  # json's parser recurses once a level
        raise InputError(where, "JSON nested too deep for the parser (a record may nest at "
                         f"most {MAX_JSON_DEPTH} levels); the record is skipped",
                         reason="bad_json") from None
    if not isinstance(record, dict):
        raise InputError(where, "a JSON-lines record must be an object ({…}), not "
                         f"{type(record).__name__}", reason="bad_json")
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and _deeper_than(record,
                                                                          MAX_JSON_DEPTH):
        raise InputError(where, f"JSON nested more than {MAX_JSON_DEPTH} levels deep; the "
                         "record is skipped", reason="bad_json")
    return record


def _deeper_than(value: object, limit: int) -> bool:
    """Whether ``value`` nests lists and objects more than ``limit`` levels deep (walked
    without recursion, stopping at the first level past the limit)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else (
            item if isinstance(item, list) else None)
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


def json_problem(err: json.JSONDecodeError, where: str) -> str:
    """json's message whole, with the line and the column: *Invalid control character at line 2,
    column 51* (``err.msg`` alone ends in *at*, and its own line is 1 in a one-line string)."""
    line = where.rsplit(":line ", 1)[-1] if ":line " in where else str(err.lineno)
    at = "" if err.msg.endswith(" at") else " at"
    return f"{err.msg}{at} line {line}, column {err.colno}"


# --- records to articles --------------------------------------------------------------------


def record_article(record: dict, where: str) -> Article:
    """The article of one record: ``text`` (required), ``title`` (a string or a number: *1984*,
    *2019*), ``id`` as its ``article_id``, every other field in ``metadata``."""
    body = record.get("text")
    if not isinstance(body, str):
        raise InputError(where, "the record has no 'text' string", reason="no_text")
    if not body.strip():
        raise InputError(where, "no text: the record's 'text' is empty", reason="no_text")
    size = _size(body)
    if size > MAX_ARTICLE_BYTES:  # a file of records may hold one larger than its lines
        raise _too_large(where, size)
    title = _title(record.get("title"))
    text = f"{title}\n\n{body}" if title else body
    metadata = {k: v for k, v in record.items() if k not in ("text", "title", "id")}
    article_id = record.get("id")
    return Article.from_text(
        text,
        article_id=str(article_id) if article_id not in (None, "") else None,
        has_title=bool(title),
        source=where,
        metadata=metadata,
    )


def _title(value: object) -> str:
    """A title as text: a string stripped, a number written out (a JSON ``2019``), else none."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return str(value)
