"""One writer at a time: the lock of an output folder, ``.NAME.lock`` beside it.

:class:`FolderLock` is an advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows),
released by the system when its process ends however it ends, so a killed run never leaves a
stale lock. Only a lock file of ours is opened, truncated or removed: it is opened without
following a link (``O_NOFOLLOW`` where the platform has it, a check of the path before and
after the open everywhere), and a link, a folder, a file with other names or other content in
its place is refused in one :class:`~analysis.errors.InputError` line and left as it is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from analysis.errors import InputError
from analysis.outputs import NOFOLLOW, output_error, utc_now


class FolderBusy(InputError):
    """Another process holds the lock of the folder."""


class FolderLock:
    """An exclusive lock on a target folder, held by one process at a time.

    The lock is an advisory lock on ``.NAME.lock`` beside the target (``flock`` on POSIX,
    ``msvcrt.locking`` on Windows), holding the holder's process id and start time (said in
    the refusal). The system releases it when the process ends, however it ends, so a killed
    run never leaves a stale lock; the file itself is removed on release. Not for network
    file systems that ignore ``flock``.

    Only a lock file of ours is opened, written or removed: a symbolic link, a folder, a
    file with other names (hard links) or with other content at ``.NAME.lock`` is refused in
    one line and left as it is.
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
            fd = self._open()
            try:
                _try_lock(fd)
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
            if not self._is_the_file(fd):
                os.close(fd)
                continue
            if _read_holder(fd, whole=True) is None:  # not a holder line: not our file
                os.close(fd)
                raise self._not_ours("a file with other content")
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {utc_now()}\n".encode())
            self._fd = fd
            return self

    def _open(self) -> int:
        """The lock file, opened (created if need be) without following a link."""
        with contextlib.suppress(FileNotFoundError):
            if not stat.S_ISREG(os.lstat(self.path).st_mode):
                raise self._not_ours("a symbolic link" if os.path.islink(self.path)
                                     else "not a file")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | NOFOLLOW, 0o644)
        except OSError as err:
            if os.path.islink(self.path):
                raise self._not_ours("a symbolic link") from None
            raise output_error(self.target.parent, err) from None
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(fd)
            raise self._not_ours("a file with other names (a hard link)")
        return fd

    def _is_the_file(self, fd: int) -> bool:
        """Whether ``fd`` is the file at the lock's path now (itself, not through a link)."""
        try:
            here, held = os.lstat(self.path), os.fstat(fd)
        except FileNotFoundError:
            return False
        return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)

    def _not_ours(self, what: str) -> InputError:
        return InputError(self.path, f"is {what}, not a lock file of this workbook: it is left "
                                     "as it is; remove it, or choose another folder")

    def release(self) -> None:
        """Give the lock up (and remove its file, if it is still the one held)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if self._is_the_file(self._fd):
                os.unlink(self.path)  # while still held: a waiting process retries the new one
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


try:  # the lock itself: flock on POSIX, msvcrt.locking on Windows
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt

#: What a lock file holds: its holder's process id and start time (what one of ours may hold,
#: with a holder killed while writing it: the start of that line).
_HOLDER = re.compile(r"(\d+) (\S+)\n")
_HOLDER_CUT = re.compile(r"\d+(?: [0-9T:+-]*)?\n?")


def _try_lock(fd: int) -> None:
    """Lock the open file ``fd`` without waiting; :class:`BlockingIOError` if it is held."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    try:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError as err:  # pragma: no cover - Windows
        raise BlockingIOError(errno.EAGAIN, "the lock is held") from err


def _read_holder(fd: int, *, whole: bool = False) -> str | None:
    """Who holds the lock, as the refusal says it (empty if it cannot be read). With
    ``whole``: None unless the file is empty or one holder line (so it is ours to rewrite)."""
    try:
        if hasattr(os, "pread"):
            data = os.pread(fd, 201, 0)
        else:  # pragma: no cover - Windows
            os.lseek(fd, 0, os.SEEK_SET)
            data = os.read(fd, 201)
    except OSError:
        return None if whole else ""
    text = data.decode("ascii", "replace")
    found = _HOLDER.fullmatch(text)
    if whole:
        return "" if not data or found or _HOLDER_CUT.fullmatch(text) else None
    return f" (process {found[1]}, since {found[2]})" if found else ""


@contextlib.contextmanager
def locked(target: Path, *, wait: float = 0.0, what: str = "run") -> Iterator[FolderLock]:
    """``target``'s :class:`FolderLock`, held for the block."""
    lock = FolderLock(target, what=what).acquire(wait=wait)
    try:
        yield lock
    finally:
        lock.release()
