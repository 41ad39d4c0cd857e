"""Reading articles from files: one file (:func:`read_article`) or many (:func:`read_corpus`)."""

from __future__ import annotations

import csv
import glob
import gzip
import json
import re
import sys
import warnings
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.errors import InputError
from analysis.spine.article import Article
from analysis.spine.decoding import decode
from analysis.spine.decoding import describe_decode_error as _describe
from analysis.spine.markup import html_to_text, markdown_to_text

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
TABLE_SUFFIXES = (".csv", ".jsonl", ".jsonl.gz", ".ndjson")

#: A web address (``Path`` would have collapsed its ``//``): the workbook reads files, offline.
WEB_ADDRESS = re.compile(r"^(?:https?|ftp):/", re.IGNORECASE)
#: Documents that are not text, by their first bytes: what to tell the user instead.
DOCUMENT_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive (Word .docx, OpenDocument and EPUB files are)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)"),
)
CORPUS_COMMAND = "the corpus command (python -m analysis corpus PATH --out DIR)"

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # Wikinews interviews run past 128 KiB


class BadInputWarning(UserWarning):
    """A file or record of a corpus was skipped; the message says which and why."""


def read_article(
    path: str | Path, *, has_title: bool = True, encoding: str | None = None
) -> Article:
    """Read one article from a plain-text, Markdown or HTML file.

    Plain text: paragraphs separated by blank lines (or, where there is none, by line
    breaks); with ``has_title`` the first is the title. ``.html``/``.htm``: the visible text of
    the paragraph-like blocks. ``.md``: the text with Markdown markup removed. Raises
    :class:`InputError` with a one-line message naming the file for anything unreadable.
    """
    where = str(path)
    if WEB_ADDRESS.match(where):
        if "://" not in where:  # a Path has collapsed the address's "//"
            where = where.replace(":/", "://", 1)
        raise InputError(where, "is a web address, and the workbook reads files (offline): "
                                "save the page (as .html) and pass the file")
    path = Path(path)
    if _is_table(path) or path.suffix.lower() == ".gz":
        raise InputError(path, "holds many articles (CSV or JSON lines): read it with "
                               f"{CORPUS_COMMAND}, or read_corpus() in Python")
    data = _read_bytes(path)
    for magic, what in DOCUMENT_MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"is {what}, not text: export its text as .txt, .md or "
                                   ".html (for a PDF, e.g. pdftotext) and pass that file")
    text = _convert(path, decode(data, path, encoding=encoding))
    return Article.from_text(text, has_title=has_title, source=str(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, f"is a folder: analyse its articles with {CORPUS_COMMAND}, "
                               "or read_corpus() in Python") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from None


def _convert(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        converted = html_to_text(text)
    elif suffix in (".md", ".markdown"):
        converted = markdown_to_text(text)
    else:
        return text
    if not converted.strip():
        raise InputError(path, f"no visible text in this {suffix} file")
    return converted


def read_corpus(
    path_or_glob: str | Path,
    *,
    has_title: bool = True,
    encoding: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of a folder, a glob, a CSV or a JSON-lines file (``.jsonl[.gz]``).

    A folder or glob yields one article per text, Markdown or HTML file (and the records of
    any CSV or JSON-lines file among them), in sorted order. A CSV needs a ``text`` column and
    a JSON-lines record a ``text`` field; ``title`` (if present) becomes the article's title
    block, ``id`` its ``article_id``, and every other field goes to ``metadata``.

    A bad file or record does not stop the corpus: it is passed to ``on_error`` (by default
    reported as a :class:`BadInputWarning`) and the rest are read.
    """
    report = on_error or _warn
    for path in _expand(path_or_glob):
        try:
            if _is_table(path):
                yield from _read_table(path, encoding=encoding, on_error=report)
            else:
                yield read_article(path, has_title=has_title, encoding=encoding)
        except InputError as err:
            report(err)


def _warn(err: InputError) -> None:
    warnings.warn(str(err), BadInputWarning, stacklevel=3)


def _is_table(path: Path) -> bool:
    return path.name.lower().endswith(TABLE_SUFFIXES)


#: The files that mark a folder as the workbook's own output: a report (``report.html`` beside
#: its ``sentences.csv``) or a corpus run (its ``corpus.html``). A
#: folder read as a corpus skips them: their pages and tables are not articles.
OUTPUT_MARKERS = (("report.html", "sentences.csv"), ("corpus.html",))


def is_workbook_output(folder: Path) -> bool:
    """Whether ``folder`` is a report or a corpus run the workbook wrote."""
    return any(all((folder / name).is_file() for name in marker) for marker in OUTPUT_MARKERS)


def _expand(path_or_glob: str | Path) -> list[Path]:
    path = Path(path_or_glob)
    if path.is_dir():
        candidates = [
            p
            for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.name.lower().endswith(ARTICLE_SUFFIXES + TABLE_SUFFIXES)
        ]
        outputs = {d for d in {p.parent for p in candidates} | {path}
                   if is_workbook_output(d)}
        found = [p for p in candidates
                 if not outputs.intersection((p.parent, *p.parent.parents))]
        skipped = len(candidates) - len(found)
        if skipped:
            warnings.warn(f"{path}: skipped {skipped} files in {len(outputs)} folders the "
                          "workbook wrote (reports or corpus runs): their pages and tables are "
                          "not articles", BadInputWarning, stacklevel=4)
        if not found:
            raise InputError(path, "folder holds no .txt, .md, .html, .csv or .jsonl files"
                             + (" other than the workbook's own outputs" if skipped else ""))
        return sorted(found)
    if path.exists():
        return [path]
    if glob.has_magic(str(path_or_glob)):
        found = sorted(Path(p) for p in glob.glob(str(path_or_glob), recursive=True))
        found = [p for p in found if p.is_file()]
        if not found:
            raise InputError(path_or_glob, "the pattern matches no file")
        return found
    raise InputError(path, "no such file or folder")


def _read_table(
    path: Path, *, encoding: str | None, on_error: Callable[[InputError], None]
) -> Iterator[Article]:
    name = path.name.lower()
    if name.endswith(".csv"):
        records = _csv_records(path, encoding)
    else:
        records = _jsonl_records(path, encoding, on_error)
    for where, record in records:
        try:
            yield _record_article(record, where)
        except InputError as err:
            on_error(err)


def _csv_records(path: Path, encoding: str | None) -> Iterator[tuple[str, dict]]:
    """Stream the rows of a CSV file; a decoding error ends the file with a clear error."""
    try:
        with open(path, newline="", encoding=encoding or "utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            if "text" not in columns:
                raise InputError(path, f"a corpus CSV needs a 'text' column; it has {columns}")
            for row in reader:
                yield f"{path}:row {reader.line_num}", row
    except UnicodeDecodeError as err:
        raise InputError(path, f"not valid {encoding or 'UTF-8'}: {_describe(err)}") from None
    except csv.Error as err:
        raise InputError(path, f"broken CSV: {err}") from None
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from None


def _jsonl_records(
    path: Path, encoding: str | None, on_error: Callable[[InputError], None]
) -> Iterator[tuple[str, dict]]:
    """Stream the records of a JSON-lines file, gzipped or not; a broken line is reported
    through ``on_error`` and the next line read."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                where = f"{path}:line {number}"
                try:
                    line = raw.decode(encoding or "utf-8-sig")
                except UnicodeDecodeError as err:
                    on_error(InputError(where, f"not valid {encoding or 'UTF-8'}: "
                                        f"{_describe(err)}"))
                    continue
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    on_error(InputError(where, f"not valid JSON ({err.msg}, column {err.colno})"))
                    continue
                if not isinstance(record, dict):
                    on_error(InputError(where, "a JSON-lines record must be an object"))
                    continue
                yield where, record
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        raise InputError(path, f"is not a valid gzip file ({err})") from None
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from None


def _record_article(record: dict, where: str) -> Article:
    body = record.get("text")
    if not isinstance(body, str):
        raise InputError(where, "the record has no 'text' string")
    if not body.strip():
        raise InputError(where, "no text: the record's 'text' is empty")
    title = record.get("title")
    title = title.strip() if isinstance(title, str) else ""
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
