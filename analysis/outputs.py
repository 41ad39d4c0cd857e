"""Output folders that lose nothing: written aside, swapped into place, one writer at a time.

Every folder the workbook writes — a corpus run, an article's report — is written into a hidden
*staging* folder beside its target (``.NAME.tmp-…``) and renamed into place only when it is
complete (:func:`swap_into_place`), so a reader never sees half a run and a run that fails or
is interrupted leaves the earlier complete one untouched. A :class:`FolderLock` (an advisory
``flock`` on ``.NAME.lock`` beside the target, released by the kernel if the process dies) lets
one writer at a time reach a target. Each folder carries a manifest, ``run.json``
(:data:`MANIFEST`), saying what made it: the inputs with their sizes and SHA-256, the
workbook's version, the options, the times.

A failure to write is the user's to fix (a read-only place, a file where a folder should be, a
full disk): :func:`output_error` turns it into one :class:`~analysis.errors.InputError` line.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from analysis.errors import InputError, printable

#: The manifest every output folder carries: what made it, from what, when.
MANIFEST = "run.json"
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


def read_manifest(folder: Path) -> dict | None:
    """The manifest of ``folder``, or None if it has none (or one that cannot be read)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


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
    """Write ``data`` to ``path`` through a temporary file beside it and a rename, so the file
    is either the old one or the whole new one, never half."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise output_error(path, err) from None


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


def staging_folder(target: Path) -> Path:
    """A new hidden folder beside ``target`` to write it in (``.NAME.tmp-STAMP-PID``). Hidden,
    so a folder read as a corpus passes over it."""
    parent = target.parent
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        staged = parent / f".{target.name}.tmp-{stamp()}-{os.getpid()}{suffix}"
        try:
            staged.mkdir()
        except FileExistsError:
            continue
        except OSError as err:
            raise output_error(parent, err) from None
        return staged
    raise InputError(parent, "cannot make a temporary folder (too many left over)")


def swap_into_place(staged: Path, target: Path) -> None:
    """Put the complete folder ``staged`` where ``target`` is; the earlier ``target`` (if any)
    is set aside first and deleted last, and put back if the swap fails. The caller holds
    ``target``'s :class:`FolderLock`."""
    aside = None
    if target.exists() or target.is_symlink():
        with contextlib.suppress(OSError):  # keep the earlier folder's permissions
            os.chmod(staged, target.stat().st_mode & 0o7777)
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
    """Delete ``folder`` and everything in it, as far as permissions allow (never raises)."""
    if folder.is_symlink() or folder.is_file():
        folder.unlink(missing_ok=True)
    else:
        shutil.rmtree(folder, ignore_errors=True)


class FolderBusy(InputError):
    """Another process holds the lock of the folder."""


class FolderLock:
    """An exclusive lock on a target folder, held by one process at a time.

    The lock is an advisory ``flock`` on ``.NAME.lock`` beside the target, holding the
    holder's process id and start time (said in the refusal). The kernel releases it when the
    process ends, however it ends, so a killed run never leaves a stale lock; the file itself
    is removed on release. Not for network file systems that ignore ``flock``.
    """

    def __init__(self, target: Path, *, what: str = "run") -> None:
        self.target = target
        self.path = target.with_name(f".{target.name}.lock")
        self.what = what
        self._fd: int | None = None

    def acquire(self, *, wait: float = 0.0) -> FolderLock:
        """Take the lock; wait up to ``wait`` seconds for it, then refuse (:class:`FolderBusy`,
        naming the holder)."""
        deadline = time.monotonic() + wait
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as err:
                raise output_error(self.target.parent, err) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                os.close(fd)
                if time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise FolderBusy(self.target, f"another {self.what}{holder} is writing this "
                                              "folder; wait for it to finish or choose another "
                                              "folder") from None
            # the file may have been removed by the holder we waited for: lock the one on disk
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {utc_now()}\n".encode())
            self._fd = fd
            return self

    def release(self) -> None:
        """Give the lock up (and remove its file)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)  # while still held: a waiting process then retries the new one
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        pid, started = os.pread(fd, 200, 0).decode().split()
    except (OSError, ValueError):
        return ""
    return f" (process {pid}, since {started})"


@contextlib.contextmanager
def locked(target: Path, *, wait: float = 0.0, what: str = "run") -> Iterator[FolderLock]:
    """``target``'s :class:`FolderLock`, held for the block."""
    lock = FolderLock(target, what=what).acquire(wait=wait)
    try:
        yield lock
    finally:
        lock.release()
