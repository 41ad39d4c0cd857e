"""Output folders that lose nothing and touch nothing of anyone else's: written aside, swapped
into place, one writer at a time.

Every folder the workbook writes — a corpus run, an article's report — is written into a hidden
*staging* folder beside its target (``.NAME.tmp-STAMP-PID``, marked at its creation by a
:data:`STAGING_MARK` file naming its target) and renamed into place only when it is complete
(:func:`swap_into_place`), so a reader never sees half a run and a run that fails or is
interrupted leaves the earlier complete one untouched. A lock on ``.NAME.lock`` beside the target
(:class:`analysis.locking.FolderLock`) lets one writer at a time reach it. Each folder carries
a manifest, ``run.json`` (:data:`MANIFEST`), saying what made it: a format marker and version
(:func:`format_marker`, what proves a folder is one of ours: :func:`is_marked`), the inputs with
their sizes and SHA-256, the workbook's version, the options, the times.

Only our own files are touched. The names of staging, set-aside and lock files are exact: what a
killed run left is found by listing the parent and matching each name whole
(:func:`leftovers`), never by a pattern built from the user's text, and a staging folder is
taken only if it carries the mark naming its target. Nothing the workbook creates, locks,
truncates, renames or deletes is reached through a symbolic link: the lock is opened with
``O_NOFOLLOW`` (:mod:`analysis.locking`), files are created exclusively and renamed into place
(a link in their place is replaced, never followed), a link where a folder of ours should be is
passed over, and a link is deleted itself, never what it points to.

A failure to write is the user's to fix (a read-only place, a file where a folder should be, a
full disk): :func:`output_error` turns it into one :class:`~analysis.errors.InputError` line.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
from datetime import datetime, timezone
from pathlib import Path

from analysis.errors import InputError, printable

#: The manifest every output folder carries: what made it, from what, when.
MANIFEST = "run.json"
#: The format markers of the manifests: what a folder must carry to be taken for one of ours.
CORPUS_RUN_FORMAT = "news-workbook/corpus-run"
REPORT_FORMAT = "news-workbook/report"
#: The version of those formats (a manifest of a later version is still one of ours).
FORMAT_VERSION = 1
#: The file a staging folder holds from its creation to its swap: the name of its target.
STAGING_MARK = ".news-workbook-staging"
#: The time and process id in the name of a staging or set-aside folder (see :func:`stamp`).
_STAMP_PID = r"\d{8}T\d{6}Z-\d+"
#: ``open`` flags that refuse a symbolic link as the last part of the path (where the
#: platform has one; elsewhere a link is refused by a check before and after the open), open
#: in binary and are not inherited by child processes.
NOFOLLOW = (getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
            | getattr(os, "O_CLOEXEC", 0))
#: Read in blocks this large to hash an input (its size does not matter to memory).
_HASH_BLOCK = 1 << 20


def utc_now() -> str:
    """The time now, UTC, ISO 8601 to the second (``2026-05-09T07:35:25+00:00``)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def stamp() -> str:
    """The time now, UTC, as it goes in a folder name (``20260509T073525Z``)."""
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def project_version() -> str:
    """The installed workbook's version (what ``--version`` prints)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("analysis")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def file_record(path: str | Path) -> dict:
    """An input as the manifest lists it: its path, size in bytes and SHA-256."""
    path = Path(path)
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as handle:
            while block := handle.read(_HASH_BLOCK):
                digest.update(block)
                size += len(block)
    except OSError as err:
        return {"path": str(path), "bytes": None, "sha256": None,
                "error": err.strerror or str(err)}
    return {"path": str(path), "bytes": size, "sha256": digest.hexdigest()}


def format_marker(kind: str) -> dict:
    """The first keys of a manifest of ``kind`` (:data:`CORPUS_RUN_FORMAT`,
    :data:`REPORT_FORMAT`): ``{"format": kind, "format_version": FORMAT_VERSION}``."""
    return {"format": kind, "format_version": FORMAT_VERSION}


def read_manifest(folder: Path) -> dict | None:
    """The manifest of ``folder``, or None if it has none (or one that cannot be read, or a
    link in its place)."""
    path = folder / MANIFEST
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_marked(folder: Path, kind: str) -> bool:
    """Whether ``folder`` (itself, not a link to it) holds a manifest of ``kind`` written by
    the workbook: what proves it is one of ours, to replace."""
    if not _is_real_folder(folder):
        return False
    manifest = read_manifest(folder)
    version = manifest.get("format_version") if manifest else None
    return (manifest is not None and manifest.get("format") == kind
            and isinstance(version, int) and not isinstance(version, bool) and version >= 1)


def write_manifest(folder: Path, manifest: dict) -> Path:
    """Write ``manifest`` as ``folder/run.json`` (readable JSON, keys in the order given; a
    file name that is not UTF-8 as :func:`~analysis.errors.printable` shows it)."""
    path = folder / MANIFEST
    text = json.dumps(_printable_values(manifest), indent=1, ensure_ascii=False)
    write_atomic(path, (text + "\n").encode("utf-8"))
    return path


def _printable_values(value: object) -> object:
    """``value`` with every string in it (keys too) :func:`~analysis.errors.printable`."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(k) if isinstance(k, str) else k: _printable_values(v)
                for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_printable_values(v) for v in value]
    return value


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a new temporary file beside it and a rename, so the
    file is either the old one or the whole new one, never half. Nothing is written through a
    link: the temporary file is created exclusively, and a link at ``path`` is replaced."""
    temporary = None
    try:
        temporary, fd = _create_new(path.parent, f".{path.name}.tmp-{os.getpid()}-")
        with open(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError as err:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise output_error(path, err) from None


def _create_new(folder: Path, prefix: str) -> tuple[Path, int]:
    """A new file in ``folder`` named ``prefix`` and a random suffix, opened for writing, made
    by this call (never an existing file, never through a link)."""
    for _ in range(100):
        path = folder / f"{prefix}{secrets.token_hex(4)}"
        try:
            return path, os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "cannot make a temporary file", str(folder))


def output_error(path: str | Path, err: OSError) -> InputError:
    """A failure to write ``path`` as one line that says what to do about it."""
    code = err.errno
    if code in (errno.EACCES, errno.EPERM):
        problem = "cannot write here: permission denied; choose a folder you can write to"
    elif code == errno.EROFS:
        problem = "cannot write here: the file system is read-only; choose another place"
    elif code == errno.ENOSPC:
        problem = "cannot write: no space left on the device"
    elif code in (errno.ENOTDIR, errno.EEXIST) and Path(path).is_file():
        problem = "is a file, not a folder: give a folder (it is created if need be)"
    elif code == errno.ENOTDIR:
        problem = "cannot write here: part of the path is a file, not a folder"
    else:
        problem = f"cannot write: {err.strerror or err}"
    return InputError(path, problem)


def ensure_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if need be and check it is a folder this process can
    write into; anything else is one :class:`InputError` line."""
    if path.exists() and not path.is_dir():
        raise InputError(path, "is a file, not a folder: give a folder (it is created if need "
                               "be)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise output_error(path, err) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise output_error(path, PermissionError(errno.EACCES, "permission denied"))
    return path


def staging_folder(target: Path, *, recoverable: bool = True) -> Path:
    """A new hidden folder beside ``target`` to write it in (``.NAME.tmp-STAMP-PID``, made by
    this call). Hidden, so a folder read as a corpus passes over it. With ``recoverable`` it
    is marked as ``target``'s (:data:`STAGING_MARK`), for the next writer of ``target`` to
    keep if this one is killed; without, no writer ever takes it (a report's staging folder,
    written before it knows its folder's name, is no run's)."""
    parent = target.parent
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        staged = parent / f".{target.name}.tmp-{stamp()}-{os.getpid()}{suffix}"
        try:
            staged.mkdir()  # never through a link: a link of that name is a folder that exists
        except FileExistsError:
            continue
        except OSError as err:
            raise output_error(parent, err) from None
        if not recoverable:
            return staged
        try:
            path, fd = _create_new(staged, f"{STAGING_MARK}.tmp-")
            with open(fd, "wb") as handle:
                handle.write(os.fsencode(target.name))
            os.replace(path, staged / STAGING_MARK)
        except OSError as err:
            remove_folder(staged)
            raise output_error(parent, err) from None
        return staged
    raise InputError(parent, "cannot make a temporary folder (too many left over)")


def leftovers(target: Path) -> tuple[list[Path], list[Path]]:
    """What writers of ``target`` killed outright left beside it: their staging folders (each
    named ``.NAME.tmp-STAMP-PID[-K]`` exactly and marked as ``target``'s) and the earlier
    folders a swap had set aside (``.NAME.old-STAMP-PID`` exactly), oldest first. Links and
    files of those names, and anything whose name merely starts the same, are not ours."""
    staging = re.compile(re.escape(f".{target.name}.tmp-") + _STAMP_PID + r"(?:-\d+)?")
    aside = re.compile(re.escape(f".{target.name}.old-") + _STAMP_PID)
    found: tuple[list[Path], list[Path]] = ([], [])
    try:
        with os.scandir(target.parent) as entries:
            for entry in entries:
                if not entry.is_dir(follow_symlinks=False):
                    continue
                if staging.fullmatch(entry.name):
                    if is_staging_of(Path(entry.path), target):
                        found[0].append(Path(entry.path))
                elif aside.fullmatch(entry.name):
                    found[1].append(Path(entry.path))
    except OSError as err:
        raise output_error(target.parent, err) from None
    return sorted(found[0]), sorted(found[1])


def is_staging_of(folder: Path, target: Path) -> bool:
    """Whether ``folder`` is a staging folder made for ``target`` (a folder, not a link,
    holding a :data:`STAGING_MARK` file, not a link, that names ``target``)."""
    mark = folder / STAGING_MARK
    try:
        if not _is_real_folder(folder) or not stat.S_ISREG(os.lstat(mark).st_mode):
            return False
        return mark.read_bytes() == os.fsencode(target.name)
    except OSError:
        return False


def unmark_staging(folder: Path) -> None:
    """Take the staging mark out of ``folder`` (before it is put in its place)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / STAGING_MARK)


def discard_staging(folder: Path) -> None:
    """Remove the staging folder ``folder`` if it holds nothing but its mark (never raises)."""
    with contextlib.suppress(OSError):
        if _is_real_folder(folder) and {e.name for e in os.scandir(folder)} <= {STAGING_MARK}:
            unmark_staging(folder)
            os.rmdir(folder)


def swap_into_place(staged: Path, target: Path) -> None:
    """Put the complete folder ``staged`` where ``target`` is; the earlier ``target`` (if any:
    the caller has made sure it is one of ours, or a link, which alone is replaced) is set
    aside first and deleted last, and put back if the swap fails. The caller holds
    ``target``'s :class:`FolderLock`."""
    unmark_staging(staged)
    aside = None
    if os.path.lexists(target):
        with contextlib.suppress(OSError):  # keep the earlier folder's permissions
            if _is_real_folder(target):
                os.chmod(staged, os.lstat(target).st_mode & 0o7777)
        aside = target.with_name(f".{target.name}.old-{stamp()}-{os.getpid()}")
        try:
            os.rename(target, aside)
        except OSError as err:
            raise output_error(target, err) from None
    try:
        os.rename(staged, target)
    except OSError as err:
        if aside is not None:
            os.rename(aside, target)
        raise output_error(target, err) from None
    if aside is not None:
        remove_folder(aside)


def remove_folder(folder: Path) -> None:
    """Delete ``folder`` and everything in it, as far as permissions allow (never raises); a
    link in its place is removed itself, never what it points to."""
    try:
        mode = os.lstat(folder).st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode):
        shutil.rmtree(folder, ignore_errors=True)  # which never follows a link inside
    else:
        with contextlib.suppress(OSError):
            os.unlink(folder)


def _is_real_folder(path: Path) -> bool:
    """Whether ``path`` is a folder itself (not a link to one)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False
