"""Reading articles from files: one file (:func:`read_article`) or many (:func:`read_corpus`)."""

from __future__ import annotations

import glob
import os
import re
import stat
import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from analysis.errors import A_PATH, InputError, expect, internal_error
from analysis.spine.article import Article
from analysis.spine.decoding import decode, not_a_file, open_input, read_article_bytes
from analysis.spine.html_items import MarkupError
from analysis.spine.markup import (
    html_text_and_furniture,
    markdown_text_and_furniture,
    split_front_matter,
)
from analysis.spine.records import csv_records, jsonl_records, record_article

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

def given_path(path: object, *, function: str) -> str:
    """The path a public function was given, as text: a ``str`` or an ``os.PathLike`` (else
    one ``wrong_type`` line), never empty or white space only — ``Path("")`` is the current
    folder, which nobody means by it (one ``not_found`` line)."""
    expect(path, (str, os.PathLike), function=function, wanted=A_PATH)
    text = os.fspath(path)
    if isinstance(text, bytes):  # a PathLike of bytes
        text = os.fsdecode(text)
    if not text.strip():
        raise InputError(repr(text), "an empty path: give a file, a folder or a pattern",
                         reason="not_found")
    return text


class BadInputWarning(UserWarning):
    """A file or record of a corpus was skipped; the message says which and why."""


def read_article(
    path: str | Path, *, has_title: bool = True, encoding: str | None = None
) -> Article:
    """Read one article from a plain-text, Markdown or HTML file.

    Plain text: paragraphs separated by blank lines (or, where there is none, by line
    breaks); with ``has_title`` the first is the title. ``.html``/``.htm``: the visible text of
    the paragraph-like blocks; bylines, datelines and credit lines its markup marks
    (``<address>``, ``class="byline"``, …) are page furniture. ``.md``: the text with Markdown
    markup and code blocks removed; YAML front matter is read as ``metadata``, and its
    ``title`` is the article's title. Offsets index the converted text (``article.text``).
    Raises :class:`InputError` with a one-line message naming the file for anything
    unreadable.
    """
    where = given_path(path, function="read_article")
    if WEB_ADDRESS.match(where):
        if "://" not in where:  # a Path has collapsed the address's "//"
            where = where.replace(":/", "://", 1)
        raise InputError(where, "is a web address, and the workbook reads files (offline): "
                                "save the page (as .html) and pass the file", reason="not_text")
    path = Path(path)
    if _is_table(path) or path.suffix.lower() == ".gz":
        raise InputError(path, "holds many articles (CSV or JSON lines): read it with "
                               f"{CORPUS_COMMAND}, or read_corpus() in Python",
                         reason="not_text")
    data = _read_bytes(path)
    for magic, what in DOCUMENT_MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"is {what}, not text: export its text as .txt, .md or "
                                   ".html (for a PDF, e.g. pdftotext) and pass that file",
                             reason="not_text")
    text, marked, metadata = _convert(path, decode(data, path, encoding=encoding), has_title)
    return Article.from_text(text, has_title=has_title, source=str(path), metadata=metadata,
                             marked=marked)


def _read_bytes(path: Path) -> bytes:
    """The bytes of one article file, at most the limit's worth (:func:`read_article_bytes`);
    a file that is not a regular one is refused before anything is read (:func:`open_input`)."""
    try:
        if path.is_dir():  # what os.open does with a folder is not the same everywhere
            raise IsADirectoryError(path)
        with open_input(path) as handle:
            return read_article_bytes(handle, path)
    except FileNotFoundError:
        raise InputError(path, "no such file", reason="not_found") from None
    except IsADirectoryError:
        raise InputError(path, f"is a folder: analyse its articles with {CORPUS_COMMAND}, "
                               "or read_corpus() in Python", reason="unreadable") from None
    except PermissionError:
        raise InputError(path, "permission denied", reason="unreadable") from None
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}",
                         reason="unreadable") from None


def _convert(path: Path, text: str, has_title: bool) -> tuple[str, dict[int, str], dict]:
    """The text of a file, the furniture its markup marks (by offset), its metadata."""
    suffix = path.suffix.lower()
    marked: dict[int, str] = {}
    metadata: dict = {}
    if suffix in (".html", ".htm"):
        try:
            converted, marked = html_text_and_furniture(text)
        except MarkupError as err:
            raise InputError(path, f"HTML that Python's parser cannot read — {err}",
                             reason="bad_html") from None
    elif suffix in (".md", ".markdown"):
        metadata, body = split_front_matter(text)
        converted, marked = markdown_text_and_furniture(body)
        title = metadata.get("title")
        title = " ".join(title) if isinstance(title, list) else (title or "").strip()
        if has_title and title and converted.strip():
            del metadata["title"]
            if converted.strip().split("\n", 1)[0].strip() != title:  # not the heading too
                converted = f"{title}\n\n{converted}"
                marked = {at + len(title) + 2: kind for at, kind in marked.items()}
    else:
        return text, marked, metadata
    if not converted.strip():
        raise InputError(path, f"no visible text in this {suffix} file", reason="empty")
    return converted, marked, metadata


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
    reported as a :class:`BadInputWarning`) and the rest are read — whatever went wrong (an
    unexpected failure is an ``internal_error`` naming the exception), as it happens, so that
    ``on_error`` can write it away rather than hold it. Every record is at most
    :data:`~analysis.spine.decoding.MAX_ARTICLE_BYTES`, as every file is; each problem carries
    a ``reason`` (:data:`analysis.errors.REASONS`).

    Every ``article_id`` in the corpus is unique: a record whose id (given, or the hash of its
    text) an earlier record already has is *kept*, renamed ``id~2`` (then ``id~3``, …), and
    the corpus ends with one :class:`DuplicateIdWarning` saying how many were renamed.
    """
    given_path(path_or_glob, function="read_corpus")  # refused now, not at the first article
    if on_error is not None and not callable(on_error):
        expect(on_error, (), function="read_corpus", wanted="a function as on_error (e.g. "
               "errors.append), or None")
    return _read_corpus(path_or_glob, has_title=has_title, encoding=encoding,
                        report=on_error or _warn)


def _read_corpus(path_or_glob: str | Path, *, has_title: bool, encoding: str | None,
                 report: Callable[[InputError], None]) -> Iterator[Article]:
    ids = _UniqueIds()
    for path in corpus_files(path_or_glob):
        try:
            if _is_table(path):
                for article in _read_table(path, encoding=encoding, on_error=report):
                    yield ids.unique(article)
            else:
                yield ids.unique(read_article(path, has_title=has_title, encoding=encoding))
        except InputError as err:
            report(err)
        except Exception as err:  # one file, whatever went wrong: reported, the rest read
            report(internal_error(path, err, then="the rest of this file is not read"))
    if ids.count:
        warnings.warn(DuplicateIdWarning(path_or_glob, ids.count, ids.examples), stacklevel=2)


def _warn(err: InputError) -> None:
    warnings.warn(str(err), BadInputWarning, stacklevel=3)


class DuplicateIdWarning(BadInputWarning):
    """Records of a corpus shared an ``article_id``: each was kept and renamed. ``count`` says
    how many, ``examples`` the first few ``(source, given id, new id)``; ``reason`` is
    ``duplicate_id``."""

    reason = "duplicate_id"

    def __init__(self, where: object, count: int,
                 examples: list[tuple[str | None, str, str]]) -> None:
        self.count, self.examples = count, examples
        shown = ", ".join(f"{old!r} → {new!r}" for _, old, new in examples[:3])
        more = ", …" if count > 3 else ""
        records = "1 record" if count == 1 else f"{count} records"
        super().__init__(f"{where}: {records} had an article_id an earlier record already "
                         f"had; every one was kept, renamed id~2, id~3, … ({shown}{more})")


class _UniqueIds:
    """Makes every article_id of a corpus unique: the first record keeps its id, a later one
    with the same id becomes ``id~2`` (or ``id~3``, … if that is taken too)."""

    EXAMPLES = 10

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}  # id -> the last number tried after it
        self.count = 0
        self.examples: list[tuple[str | None, str, str]] = []

    def unique(self, article: Article) -> Article:
        given = article.article_id
        if given not in self.seen:
            self.seen[given] = 1
            return article
        number = self.seen[given]
        new = given
        while new in self.seen:
            number += 1
            new = f"{given}~{number}"
        self.seen[given] = number
        self.seen[new] = 1
        self.count += 1
        if len(self.examples) < self.EXAMPLES:
            self.examples.append((article.source, given, new))
        return replace(article, article_id=new)


def _is_table(path: Path) -> bool:
    return path.name.lower().endswith(TABLE_SUFFIXES)


#: The files that mark a folder as the workbook's own output: a report (``report.html`` beside
#: its ``sentences.csv``) or a corpus run (its ``corpus.html``). A
#: folder read as a corpus skips them: their pages and tables are not articles.
OUTPUT_MARKERS = (("report.html", "sentences.csv"), ("corpus.html",))


def is_workbook_output(folder: Path) -> bool:
    """Whether ``folder`` is a report or a corpus run the workbook wrote."""
    return any(all((folder / name).is_file() for name in marker) for marker in OUTPUT_MARKERS)


def corpus_files(path_or_glob: str | Path) -> list[Path]:
    """The files :func:`read_corpus` reads, in order: a file itself; a folder's article and
    corpus files (hidden ones and the workbook's own outputs passed over, with a warning
    saying how many); a glob's matches. Nothing found, or an empty path, is one
    :class:`InputError` line."""
    path = Path(given_path(path_or_glob, function="corpus_files"))
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
                             + (" other than the workbook's own outputs" if skipped else ""),
                             reason="not_found")
        return sorted(found)
    if path.exists():
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO would hold the run (its hash first) forever
            raise not_a_file(path, mode)
        return [path]
    if glob.has_magic(str(path_or_glob)):
        found = sorted(Path(p) for p in glob.glob(str(path_or_glob), recursive=True))
        found = [p for p in found if p.is_file()]
        if not found:
            raise InputError(path_or_glob, "the pattern matches no file", reason="not_found")
        return found
    raise InputError(path, "no such file or folder", reason="not_found")


def _read_table(
    path: Path, *, encoding: str | None, on_error: Callable[[InputError], None]
) -> Iterator[Article]:
    if path.name.lower().endswith(".csv"):
        records = csv_records(path, encoding, on_error)
    else:
        records = jsonl_records(path, encoding, on_error)
    for where, record in records:
        try:
            article = record_article(record, where)
        except InputError as err:
            on_error(err)
            continue
        except Exception as err:  # one record, whatever went wrong: reported, the rest read
            on_error(internal_error(where, err, then="the record is skipped"))
            continue
        yield article
