"""The lock of an output folder: one writer at a time, freed when its process ends, and only
a lock file of ours is ever opened, truncated or removed."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
import types

import pytest

from analysis.errors import InputError
from analysis.locking import FolderBusy, FolderLock
from tests.conftest import ROOT


def test_a_second_lock_on_the_same_folder_is_refused_naming_the_first(tmp_path):
    target = tmp_path / "run"
    with FolderLock(target, what="corpus run"):
        with pytest.raises(FolderBusy, match=rf"run: another corpus run \(process {os.getpid()}, "
                                             r"since 20\d\d-.*\) is writing this folder"):
            FolderLock(target, what="corpus run").acquire()
        assert (tmp_path / ".run.lock").is_file()
    assert not (tmp_path / ".run.lock").exists()  # released: nothing left beside the folder
    with FolderLock(target):  # and free again
        pass


def test_a_lock_waits_for_its_holder_when_asked(tmp_path):
    target = tmp_path / "run"
    first = FolderLock(target).acquire()
    holder = subprocess.Popen(  # another process waits for it, up to 20 s
        [sys.executable, "-c", "import sys, pathlib; from analysis.locking import FolderLock; "
         f"FolderLock(pathlib.Path({str(target)!r})).acquire(wait=20); print('got it')"],
        stdout=subprocess.PIPE, text=True)
    time.sleep(0.5)
    assert holder.poll() is None  # still waiting
    first.release()
    assert holder.communicate(timeout=20)[0] == "got it\n"


def test_the_lock_of_a_killed_process_is_free(tmp_path):
    """The kernel releases a flock when its process ends, however: no stale lock."""
    target = tmp_path / "run"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, pathlib; from analysis.locking import "
         f"FolderLock; FolderLock(pathlib.Path({str(target)!r})).acquire(); print('held', "
         "flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    with pytest.raises(FolderBusy):
        FolderLock(target).acquire()
    holder.kill()
    holder.wait()
    FolderLock(target).acquire().release()


def test_a_lock_that_is_a_symbolic_link_is_refused_and_what_it_points_to_kept(tmp_path):
    """A ``.run.lock`` planted as a link to a user's file used to truncate that file."""
    victim = tmp_path / "thesis.txt"
    victim.write_text("years of work")
    (tmp_path / ".run.lock").symlink_to(victim)
    with pytest.raises(InputError, match=r"\.run\.lock: is a symbolic link, not a lock file of "
                                         "this workbook: it is left as it is"):
        FolderLock(tmp_path / "run").acquire()
    assert victim.read_text() == "years of work" and (tmp_path / ".run.lock").is_symlink()


def test_a_lock_that_is_a_link_to_nothing_creates_nothing(tmp_path):
    (tmp_path / ".run.lock").symlink_to(tmp_path / "created")
    with pytest.raises(InputError, match="is a symbolic link"):
        FolderLock(tmp_path / "run").acquire()
    assert not (tmp_path / "created").exists()


@pytest.mark.parametrize("make, what", [
    (lambda lock, victim: os.link(victim, lock), r"a file with other names \(a hard link\)"),
    (lambda lock, victim: lock.write_text("my notes\n"), "a file with other content"),
    (lambda lock, victim: lock.mkdir(), "not a file"),
])
def test_a_lock_path_holding_something_else_is_refused_and_kept(tmp_path, make, what):
    victim = tmp_path / "thesis.txt"
    victim.write_text("years of work")
    lock = tmp_path / ".run.lock"
    make(lock, victim)
    with pytest.raises(InputError, match=f"is {what}, not a lock file of this workbook"):
        FolderLock(tmp_path / "run").acquire()
    assert victim.read_text() == "years of work" and os.path.lexists(lock)
    if lock.is_file():
        assert lock.read_text() in ("years of work", "my notes\n")


def test_a_lock_left_by_a_killed_holder_is_taken(tmp_path):
    """What a lock of ours may hold when its holder was killed: its line, or a start of it."""
    for left in ("", "1234 2026-05-09T07:35:25+00:00\n", "1234", "1234 2026-05"):
        (tmp_path / ".run.lock").write_text(left)
        with FolderLock(tmp_path / "run"):
            assert (tmp_path / ".run.lock").read_text().startswith(f"{os.getpid()} ")
        assert not (tmp_path / ".run.lock").exists()


def test_the_lock_module_imports_and_locks_where_there_is_no_fcntl(monkeypatch):
    """On Windows there is no ``fcntl``: the module imports, and locks with ``msvcrt``."""
    calls = []
    msvcrt = types.SimpleNamespace(LK_NBLCK=2, locking=lambda fd, mode, n: calls.append(mode))
    monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl: ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    spec = importlib.util.spec_from_file_location("locking_without_fcntl",
                                                  ROOT / "analysis" / "locking.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.fcntl is None
    fd = os.open(os.devnull, os.O_RDWR)
    try:
        module._try_lock(fd)
        msvcrt.locking = lambda fd, mode, n: (_ for _ in ()).throw(PermissionError(13, "held"))
        with pytest.raises(BlockingIOError):
            module._try_lock(fd)
    finally:
        os.close(fd)
    assert calls == [2]
