"""The errors of the workbook: one for the user's input, one for its own data, one for what is
installed.

- :class:`InputError` — the user's input cannot be analysed (a missing, empty, binary or wrongly
  encoded file, a broken record). The only exception a user should ever see for bad input: the
  CLI prints its one line and exits with code 2.
- :class:`PackageDataError` — a data file shipped *with the package* is broken (a lexicon row
  with an unknown category, a missing column): a bug of the workbook, not of the input.
- :class:`DependencyError` — an installed package is not the version a port of it was verified
  against (the VADER port, the Punkt internals).
"""

from __future__ import annotations

import re
import traceback

#: A surrogate code point: half of a UTF-16 pair, not a character. Python keeps a byte that
#: could not be decoded (in a file name, say) as one of U+DC80 to U+DCFF.
SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: object) -> str:
    """``text`` as it can be printed and written as UTF-8: a byte a file name holds that is
    not UTF-8 (Python's ``surrogateescape``: U+DC80 to U+DCFF) as ``\\xNN``, any other lone
    surrogate as ``\\udNNN``; everything else as it is.

    >>> print(printable(b"caf\\xe9.txt".decode("utf-8", "surrogateescape")))
    caf\\xe9.txt
    """
    text = str(text)
    if text.isascii() or SURROGATE.search(text) is None:
        return text
    return SURROGATE.sub(_escaped, text)


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


class InputError(ValueError):
    """Input that cannot be analysed: missing, unreadable, empty, binary, wrongly encoded —
    or, in Python, a value of a type a public function does not take (:func:`expect`).

    The message is one line that names the file (or the record) and says what is wrong and,
    where there is one, what would be right. The CLI prints it and exits with code 2.
    """

    def __init__(self, where: object, problem: str, *, reason: str | None = None) -> None:
        # a file name that is not UTF-8, a record's lone surrogate: shown, never a crash
        self.where = printable(where)
        self.problem = printable(problem)
        #: a short code of what is wrong, one of :data:`REASONS` (None where none was given),
        #: for a run's manifest to count read errors by
        self.reason = reason
        super().__init__(f"{self.where}: {self.problem}")

    def __reduce__(self) -> tuple:
        """Pickle (for a worker process) with the reason, which ``args`` does not hold."""
        return _input_error, (self.where, self.problem, self.reason)


def _input_error(where: str, problem: str, reason: str | None) -> InputError:
    return InputError(where, problem, reason=reason)


#: The reasons an input can be refused for, each a short code an :class:`InputError` carries.
REASONS = {
    "not_found": "no such file or folder, or a pattern that matches none",
    "unreadable": "the file cannot be read (permission, a folder, an I/O error) or is not a "
                  "regular file (a pipe, a FIFO, a device)",
    "not_text": "not text: binary content, a PDF, an office document, a web address",
    "not_utf8": "bytes that are not valid UTF-8 (or not valid in the encoding named)",
    "bad_encoding": "an encoding name that is unknown, or that a corpus file cannot be read in",
    "empty": "empty, or white space only",
    "no_text": "a record without a text (no 'text' field or column, or an empty one)",
    "too_large": "larger than the limit for one article (MAX_ARTICLE_BYTES)",
    "bad_html": "HTML that Python's HTML parser cannot read (a '<![' that is not a marked "
                "section it knows, such as <![CDATA[…]]>)",
    "bad_csv": "a CSV that cannot be parsed strictly (a broken quote, a wrong field count)",
    "bad_json": "a JSON-lines record that is not valid JSON or not an object",
    "bad_gzip": "a .gz file that is not gzip or whose data is corrupt",
    "truncated": "an archive cut off: the records after the last complete one are lost",
    "duplicate_id": "an article_id already given to an earlier record",
    "wrong_type": "a function of the Python API given a value of a type it does not take",
    "lone_surrogate": "a text, title or id holding a lone surrogate (a JSON \\ud800 escape, "
                      "say): half of a UTF-16 pair, not a character, which no file can hold",
    "internal_error": "an unexpected failure of the workbook on this record (a bug to report: "
                      "the row names the exception); the rest of the run goes on",
}

#: What the public functions take, as their one-line refusals name it (:func:`expect`).
AN_ARTICLE = ("an Article (from analysis.read_article(path) or analysis.Article.from_text("
              "text)) or a Document (from analysis.prepare(article))")
AN_ANALYSIS = "an ArticleAnalysis (from analysis.analyze(article))"
A_PATH = "a path (a str or a pathlib.Path)"
A_TEXT = "a str"
A_FRAME = "a pandas DataFrame (a table of the workbook)"
#: What to do instead, for a value that is a common mistake.
RAW_TEXT = ("for raw text use analysis.Article.from_text(text), for a file "
            "analysis.read_article(path)")


def expect(value: object, types: type | tuple[type, ...], *, function: str, wanted: str,
           hint: str = "", refuse: type | tuple[type, ...] = ()) -> None:
    """Refuse ``value`` at the edge of a public function unless it is one of ``types`` (and
    not one of ``refuse``: a ``str`` where a list of words is wanted): one :class:`InputError`
    line (reason ``wrong_type``) naming the function, what it takes and what it was given,
    e.g. *analyze(): takes an Article (…), not a str ('Police said …'); for raw text use …*.
    """
    if isinstance(value, types) and not isinstance(value, refuse):
        return
    given = type(value).__name__
    given = "None" if value is None else f"a {given}" if given[0] not in "aeiouAEIOU" else (
        f"an {given}")
    if isinstance(value, str | bytes):
        shown = value[:30]
        given += f" ({shown!r}{'…' if len(value) > 30 else ''})"
    raise InputError(f"{function}()", f"takes {wanted}, not {given}"
                     + (f"; {hint}" if hint else ""), reason="wrong_type")


def failure_line(err: BaseException) -> str:
    """An unexpected exception as one line: its type, its message, and the function it was
    raised in (``RecursionError: maximum recursion depth exceeded (at _walk)``)."""
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    text = " ".join(str(err).split())
    return printable(f"{type(err).__name__}: {text}" + (f" (at {where.name})" if where else ""))


def internal_error(where: object, err: BaseException, *, then: str) -> InputError:
    """An unexpected failure on one record or file as its one row (reason ``internal_error``):
    what was raised, and ``then``, what became of the record (*it is skipped*)."""
    return InputError(where, f"internal error ({failure_line(err)}); {then}",
                      reason="internal_error")


class PackageDataError(RuntimeError):
    """A data file of the package itself is broken; the message names the file, the line and
    the bad value (``analysis/lexicons/attribution_cues.csv:3: needs 'anyy' is not one of …``).
    """

    def __init__(self, where: object, problem: str) -> None:
        self.where = str(where)
        self.problem = problem
        super().__init__(f"{self.where}: {self.problem}")


class DependencyError(ImportError):
    """An installed package is not the version the workbook was verified against."""
