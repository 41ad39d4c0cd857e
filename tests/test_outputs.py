"""Output folders: one writer at a time, swapped in whole, failures to write as one line."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time

import pytest

from analysis.errors import InputError
from analysis.outputs import (
    FolderBusy,
    FolderLock,
    ensure_folder,
    file_record,
    read_manifest,
    staging_folder,
    swap_into_place,
    utc_now,
    write_atomic,
    write_manifest,
)


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
        [sys.executable, "-c", "import sys, pathlib; from analysis.outputs import FolderLock; "
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
        [sys.executable, "-c", "import sys, time, pathlib; from analysis.outputs import "
         f"FolderLock; FolderLock(pathlib.Path({str(target)!r})).acquire(); print('held', "
         "flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    with pytest.raises(FolderBusy):
        FolderLock(target).acquire()
    holder.kill()
    holder.wait()
    FolderLock(target).acquire().release()


def test_a_swap_replaces_the_folder_whole_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "out"
    target.mkdir(mode=0o750)
    (target / "old.txt").write_text("old")
    staged = staging_folder(target)
    assert staged.parent == tmp_path and staged.name.startswith(".out.tmp-")
    (staged / "new.txt").write_text("new")
    swap_into_place(staged, target)
    assert [p.name for p in target.iterdir()] == ["new.txt"]
    assert oct(target.stat().st_mode & 0o777) == oct(0o750)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # nothing set aside is left


def test_a_failed_swap_puts_the_earlier_folder_back(tmp_path, monkeypatch):
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.txt").write_text("old")
    staged = staging_folder(target)
    real = os.rename

    def refuse_the_second(src, dst):
        if str(src) == str(staged):
            raise PermissionError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(os, "rename", refuse_the_second)
    with pytest.raises(InputError, match="permission denied"):
        swap_into_place(staged, target)
    assert (target / "old.txt").read_text() == "old"


def test_a_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text("old")
    write_atomic(page, b"new")
    assert page.read_text() == "new"

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(InputError, match=r"page\.html: cannot write: no space left on the device"):
        write_atomic(page, b"newer")
    assert page.read_text() == "new" and sorted(p.name for p in tmp_path.iterdir()) == [
        "page.html"]


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("x"), "is a file, not a folder"),
    (lambda p: None, None),
])
def test_ensure_folder(tmp_path, make, message):
    folder = tmp_path / "out"
    make(folder)
    if message:
        with pytest.raises(InputError, match=message):
            ensure_folder(folder)
    else:
        assert ensure_folder(folder).is_dir()
    with pytest.raises(InputError, match=r"part of the path is a file, not a folder|is a file"):
        (tmp_path / "f").write_text("x")
        ensure_folder(tmp_path / "f" / "sub")


def test_a_manifest_names_its_inputs_by_size_and_hash(tmp_path):
    data = b"Storm\n\nThe river rose, officials said.\n"
    (tmp_path / "a.txt").write_bytes(data)
    record = file_record(tmp_path / "a.txt")
    assert record == {"path": str(tmp_path / "a.txt"), "bytes": len(data),
                      "sha256": hashlib.sha256(data).hexdigest()}
    write_manifest(tmp_path, {"inputs": [record], "started": utc_now()})
    assert read_manifest(tmp_path)["inputs"] == [record]
    assert json.loads((tmp_path / "run.json").read_text())["started"].endswith("+00:00")
    (tmp_path / "run.json").write_text("{not json")
    assert read_manifest(tmp_path) is None
