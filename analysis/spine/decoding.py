"""Bytes to text, strictly: every failure is an :class:`InputError` that names the file.

Input is read from regular files only (:func:`open_input`), and at most
:data:`MAX_ARTICLE_BYTES` + 1 bytes of an article are ever read (:func:`read_article_bytes`):
the limit counts the bytes that come, not the size a file claims, so a file that grows, a
``/proc`` file that says it is empty or a device that never ends cannot get past it. A pipe, a
FIFO or a device is refused with one line before anything is read (a FIFO with no writer would
wait forever, ``/dev/zero`` never ends).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from analysis.errors import InputError

#: The largest article read_article accepts. Larger input is refused with a clear error
#: rather than exhausting memory in a classroom laptop; split such a file into articles.
MAX_ARTICLE_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control characters other than tab, line feed, vertical tab, form feed, carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")


def decode(data: bytes, where: object, *, encoding: str | None = None) -> str:
    """Decode ``data`` read from ``where``.

    UTF-8 (with or without a byte-order mark) and UTF-16/32 with a byte-order mark are
    recognised; another encoding must be named with ``encoding``. Line ends (CRLF, CR) become
    ``\\n`` as in Python's text mode. Raises :class:`InputError` for binary content,
    undecodable bytes, input over :data:`MAX_ARTICLE_BYTES` and text that is only white space.
    """
    check_size(len(data), where)
    if encoding is not None:
        text = decode_as(data, where, encoding=encoding)
    else:
        text = _decode_guess(data, where)
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = len(_CONTROL.findall(text, 0, 4096))
    if "\x00" in text or controls > max(2, len(text[:4096]) // 100):
        raise InputError(where, "looks like binary content, not text (control characters)",
                         reason="not_text")
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise InputError(where, "no text: it is empty or white space only", reason="empty")
    return text


def text_codec(encoding: str, where: object) -> codecs.CodecInfo:
    """The codec of an encoding name a user gave (``--encoding``): one Python knows and that
    is a text encoding, bytes to text. Refused with one :class:`InputError` line (reason
    ``bad_encoding``): an unknown name, or a codec that is not a text encoding (``base64``,
    ``hex``, ``zlib``, ``rot13``: Python's transforms of bytes to bytes or text to text)."""
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):  # TypeError, ValueError: a name with a NUL
        raise InputError(where, f"unknown encoding {encoding!r}",
                         reason="bad_encoding") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise InputError(where, f"{encoding!r} is not a text encoding (it turns bytes into "
                                "bytes, or text into text): name the encoding the text is "
                                "in, e.g. cp1252", reason="bad_encoding")
    return codec


def decode_as(data: bytes, where: object, *, encoding: str) -> str:
    """``data`` decoded strictly in ``encoding`` (checked by :func:`text_codec`). Every
    failure is one :class:`InputError`: bytes not valid in the encoding (``not_utf8``, with
    the first bad byte), or anything else a codec raises on bytes it was not made for —
    ``punycode`` and ``idna`` raise ``UnicodeError``, ``undefined`` always does — as text
    that cannot be read in that encoding (``bad_encoding``)."""
    codec = text_codec(encoding, where)
    try:
        return codec.decode(data)[0]
    except UnicodeDecodeError as err:
        raise InputError(where, f"not valid {encoding}: {describe_decode_error(err)}",
                         reason="not_utf8") from None
    except Exception as err:  # untrusted bytes through any codec Python has: never a traceback
        raise codec_failure(err, where, encoding) from None


def codec_failure(err: Exception, where: object, encoding: str) -> InputError:
    """The error for text a codec raised ``err`` on, other than bytes it names as not valid:
    *cannot be read as punycode: …* (reason ``bad_encoding``)."""
    lines = str(err).strip().splitlines()
    return InputError(where, f"cannot be read as {encoding}: "
                             f"{lines[0] if lines else type(err).__name__}",
                      reason="bad_encoding")


def check_size(size: int, where: object) -> None:
    """Refuse an input of ``size`` bytes over :data:`MAX_ARTICLE_BYTES`."""
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            where,
            f"is {size / 2**20:.1f} MiB; the limit for one article is "
            f"{MAX_ARTICLE_BYTES // 2**20} MiB (analysis.MAX_ARTICLE_BYTES): "
            "split it into articles",
            reason="too_large",
        )


#: What a file that is not a regular one is, by its mode, for the line that refuses it.
_SPECIAL = ((stat.S_ISFIFO, "a pipe (FIFO)"), (stat.S_ISCHR, "a device"),
            (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def open_input(path: str | Path) -> BinaryIO:
    """``path`` opened to read its bytes, if it is a regular file (a link to one is one).

    A folder raises :class:`IsADirectoryError`, and a missing or unreadable file the
    :class:`OSError` of ``open`` (the caller words them); anything else that is not a regular
    file — a FIFO, a pipe (``/dev/stdin`` fed by one), a device (``/dev/zero``), a socket — is
    one :class:`InputError` (``unreadable``). It is opened without waiting (a FIFO with no
    writer would hold ``open`` forever) and checked on the open file, so it cannot be swapped
    for another kind of file in between."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(mode):
            raise not_a_file(path, mode)
        return open(fd, "rb", closefd=True)  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def not_a_file(path: str | Path, mode: int) -> InputError:
    """The one line that refuses a path that is not a regular file (see :func:`open_input`)."""
    what = next((name for test, name in _SPECIAL if test(mode)), "not a regular file")
    return InputError(path, f"is {what}, not a regular file: the workbook reads files whose "
                            "end it can see (a pipe may never end, a FIFO may wait forever for "
                            "a writer); save the text to a file and pass that",
                      reason="unreadable")


def read_article_bytes(handle: BinaryIO, where: object) -> bytes:
    """The bytes of one article from ``handle``, refused (``too_large``) past
    :data:`MAX_ARTICLE_BYTES`: by the size the file says first, then by the bytes that come —
    at most the limit and one more are read, whatever the size said."""
    check_size(os.fstat(handle.fileno()).st_size, where)  # before reading one too large
    data = handle.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(where, f"holds more than {MAX_ARTICLE_BYTES // 2**20} MiB (more than "
                                "its size said: it grew while it was read?); the limit for one "
                                "article is analysis.MAX_ARTICLE_BYTES: split it into articles",
                         reason="too_large")
    return data


def _decode_guess(data: bytes, where: object) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                problem = f"not valid {codec}: {describe_decode_error(err)}"
                raise InputError(where, problem, reason="not_utf8") from None
    if b"\x00" in data[:4096]:
        sample = data[:4096]
        for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
            # UTF-16 text with any ASCII in it has a zero byte on one side of each pair
            if zeros.count(0) >= 0.3 * len(zeros) and _looks_like_text(
                    sample.decode(codec, errors="replace")):
                raise InputError(
                    where,
                    f"looks like UTF-16 without a byte-order mark; pass --encoding {codec}",
                    reason="not_utf8",
                )
        raise InputError(where, "looks like binary content, not text (NUL bytes)",
                         reason="not_text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        hint = "pass --encoding cp1252 (or latin-1) if that is its encoding"
        if err.reason == "unexpected end of data":
            hint = f"the file ends inside a character (cut off?), or {hint}"
        raise InputError(where, f"not valid UTF-8: {describe_decode_error(err)}; {hint}",
                         reason="not_utf8") from None


def _looks_like_text(sample: str) -> bool:
    bad = sum(1 for c in sample if c == "\ufffd" or (c < " " and c not in "\t\n\r\f\v"))
    return bad <= len(sample) // 100


def describe_decode_error(err: UnicodeDecodeError) -> str:
    """'byte 0xe9 at offset 12': where decoding failed (or the codec's reason, where it names
    no byte: a ``\\`` at the end of ``unicode_escape`` text)."""
    bad = bytes(err.object[err.start : err.start + 1])
    if not bad:
        return f"{err.reason} at offset {err.start}"
    return f"byte 0x{bad.hex()} at offset {err.start}"
