"""Output folders: one writer at a time, swapped in whole, failures to write as one line."""

from __future__ import annotations

import builtins
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.outputs import (
    CORPUS_RUN_FORMAT,
    REPORT_FORMAT,
    STAGING_MARK,
    ensure_folder,
    file_record,
    format_marker,
    is_marked,
    is_staging_of,
    leftovers,
    read_manifest,
    remove_folder,
    staging_folder,
    swap_into_place,
    utc_now,
    write_atomic,
    write_manifest,
)
from tests.conftest import ROOT


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


# --- only our own files: exact names, marks, no links followed ---------------------------

def test_leftovers_are_exactly_this_targets_marked_folders(tmp_path):
    """What a run to ``res`` may take: its own staging folders (exact name, marked as
    ``res``'s) and its own set-aside folders — not a concurrent run's to ``res.old-1`` or
    ``resA``, not a user's folder of a staging name, not a link."""
    mine = staging_folder(tmp_path / "res")
    theirs = {name: staging_folder(tmp_path / name) for name in ("res.old-1", "resA", "res.tmp-1")}
    aside = tmp_path / ".res.old-20260101T000000Z-42"
    aside.mkdir()
    users = tmp_path / ".res.tmp-20260101T000000Z-42"  # the name, but not made by a run
    users.mkdir()
    (users / "notes.txt").write_text("mine")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / ".res.tmp-20260101T000000Z-43").symlink_to(elsewhere)
    (tmp_path / ".res.old-20260101T000000Z-43").symlink_to(elsewhere)
    (tmp_path / ".res.old-20260101T000000Z-44-extra").mkdir()
    assert leftovers(tmp_path / "res") == ([mine], [aside])
    for name, other in theirs.items():
        assert is_staging_of(other, tmp_path / name)
        assert not is_staging_of(other, tmp_path / "res")


@pytest.mark.parametrize("name", ["run*", "res[1]", "a?b", "x.tmp-*", "ünï cødé"])
def test_leftovers_of_a_name_with_pattern_characters_are_its_own(tmp_path, name):
    mine = staging_folder(tmp_path / name)
    others = [staging_folder(tmp_path / other) for other in ("runA", "res1", "axb", "x.tmp-1")]
    assert leftovers(tmp_path / name) == ([mine], [])
    assert all(o not in leftovers(tmp_path / name)[0] for o in others)


def test_a_reports_staging_folder_is_no_runs_to_take(tmp_path):
    """A report is staged as ``.report.tmp-…`` before it knows its folder's name: a corpus
    run to ``report`` beside it, running at the same time, must not take it."""
    staging_folder(tmp_path / "report", recoverable=False)
    assert leftovers(tmp_path / "report") == ([], [])


def test_a_staging_folder_is_marked_until_it_is_swapped_in(tmp_path):
    target = tmp_path / "out"
    staged = staging_folder(target)
    assert (staged / STAGING_MARK).read_bytes() == b"out" and is_staging_of(staged, target)
    (staged / "page.html").write_text("new")
    swap_into_place(staged, target)
    assert sorted(p.name for p in target.iterdir()) == ["page.html"]


def test_nothing_is_written_through_a_link_planted_at_a_files_name(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "run.json").symlink_to(victim)
    write_manifest(folder, {"status": "complete"})
    assert victim.read_text() == "mine" and not (folder / "run.json").is_symlink()
    assert read_manifest(folder) == {"status": "complete"}


def test_a_link_in_a_folders_place_is_removed_itself_never_what_it_points_to(tmp_path):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    link = tmp_path / ".out.old-20260101T000000Z-1"
    link.symlink_to(theirs, target_is_directory=True)
    remove_folder(link)
    assert not os.path.lexists(link) and (theirs / "notes.txt").read_text() == "mine"
    target = tmp_path / "out"
    target.symlink_to(theirs, target_is_directory=True)
    staged = staging_folder(target)
    swap_into_place(staged, target)  # the link is replaced, what it points to is not touched
    assert target.is_dir() and not target.is_symlink()
    assert (theirs / "notes.txt").read_text() == "mine"


def test_a_manifest_is_ours_only_with_our_format_marker(tmp_path):
    for manifest, ours in [({**format_marker(CORPUS_RUN_FORMAT), "x": 1}, True),
                           ({"format": CORPUS_RUN_FORMAT, "format_version": 7}, True),
                           ({**format_marker(REPORT_FORMAT)}, False),
                           ({"format": CORPUS_RUN_FORMAT}, False),
                           ({"format": CORPUS_RUN_FORMAT, "format_version": True}, False),
                           ({"command": "corpus", "status": "complete"}, False)]:
        write_manifest(tmp_path, manifest)
        assert is_marked(tmp_path, CORPUS_RUN_FORMAT) is ours, manifest
    real = tmp_path / "real"
    real.mkdir()
    write_manifest(real, format_marker(CORPUS_RUN_FORMAT))
    users = tmp_path / "users"
    users.mkdir()
    (users / "run.json").symlink_to(real / "run.json")  # a link to one of ours proves nothing
    assert not is_marked(users, CORPUS_RUN_FORMAT)
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    assert not is_marked(tmp_path / "link", CORPUS_RUN_FORMAT)


# --- every path the workbook deletes, renames or truncates is one it made ----------------

#: The names of what the workbook makes beside and in its outputs: a staging or set-aside
#: folder, a lock, a file being written whole, a partial run kept.
OURS = re.compile(r"\..+\.(?:tmp|old)-\d{8}T\d{6}Z-\d+(?:-\d+)?"
                  r"|\..+\.lock"
                  r"|\..+\.tmp-\d+-[0-9a-f]{8}"
                  r"|.+\.partial-\d{8}T\d{6}Z(?:-\d+)?")


@pytest.fixture
def touched(monkeypatch):
    """Every path deleted (``os.unlink``, ``os.remove``, ``os.rmdir``, ``shutil.rmtree``),
    renamed (``os.rename``, ``os.replace``: both ends) or truncated (``os.ftruncate``, an
    ``open`` for writing of a file that exists, ``os.open`` with ``O_TRUNC``) in this process,
    as ``(what, absolute path)``."""
    record: list[tuple[str, Path]] = []

    def absolute(path) -> Path:
        return Path(os.path.abspath(os.fsdecode(path)))

    def wrap(module, name: str, n_paths: int, what: str) -> None:
        real = getattr(module, name)

        def recording(*args, **kwargs):
            if all(kwargs.get(k) is None for k in ("dir_fd", "src_dir_fd", "dst_dir_fd")):
                record.extend((what, absolute(p)) for p in args[:n_paths])
            return real(*args, **kwargs)  # inside rmtree: a name in a folder it deletes

        monkeypatch.setattr(module, name, recording)

    for name in ("unlink", "remove", "rmdir"):
        wrap(os, name, 1, "delete")
    for name in ("rename", "replace"):
        wrap(os, name, 2, "rename")
    wrap(shutil, "rmtree", 1, "delete")
    real_truncate, real_os_open, real_open = os.ftruncate, os.open, io.open

    def ftruncate(fd, length):
        record.append(("truncate", Path(os.readlink(f"/proc/self/fd/{fd}"))))
        return real_truncate(fd, length)

    def os_open(path, flags, *args, **kwargs):
        if flags & os.O_TRUNC and kwargs.get("dir_fd") is None and os.path.lexists(path):
            record.append(("truncate", absolute(path)))
        return real_os_open(path, flags, *args, **kwargs)

    def open_(file, mode="r", *args, **kwargs):
        if (isinstance(file, str | bytes | os.PathLike) and "w" in mode
                and os.path.lexists(file)):
            record.append(("truncate", absolute(file)))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "ftruncate", ftruncate)
    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(builtins, "open", open_)
    return record


def _files(path: Path) -> dict[str, str]:
    """What a user's path holds, not following links (a link by where it points)."""
    if path.is_symlink():
        return {str(path): os.readlink(path)}
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in [path, *path.rglob("*")] if p.is_file() and not p.is_symlink()}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names an fd by /proc")
def test_every_path_a_run_deletes_renames_or_truncates_is_one_it_made(
        tmp_path, touched, monkeypatch, capsys):
    """Real runs — a corpus run after one killed by kill -9, a rerun over it, a run with
    reports, a run that fails, reports written twice, a comparison — among a user's files
    and names like ours that are not: every path deleted, renamed or truncated is a staging,
    set-aside, lock, temporary or partial name of ours, or an output asked for, and the
    user's files are byte for byte as they were."""
    import analysis.corpus.engines as engines
    from analysis.cli import main
    from analysis.corpus.engines import EngineError

    articles = ROOT / "data" / "articles"
    inputs = tmp_path / "in"
    shutil.copytree(articles, inputs)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notes.txt").write_text("mine")
    users_staging = tmp_path / ".run.tmp-20260101T000000Z-1"  # named like ours, not made by us
    users_staging.mkdir()
    (users_staging / "draft.txt").write_text("mine")
    users_aside = tmp_path / ".run.old-20260101T000000Z-2"
    users_aside.symlink_to(notes, target_is_directory=True)
    (tmp_path / ".runs.lock").symlink_to(notes / "notes.txt")  # a lock name of no target
    theirs = [inputs, notes, users_staging, users_aside, tmp_path / ".runs.lock"]
    before = {str(p): _files(p) for p in theirs}

    run, reports = tmp_path / "run", tmp_path / "reports"
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1) for p in sorted(inputs.iterdir())]
    archive = tmp_path / "archive.jsonl"
    archive.write_text("".join(json.dumps({"id": f"r{k}", "title": texts[k % 5][0],
                                           "text": texts[k % 5][1]}) + "\n"
                               for k in range(400)), encoding="utf-8")
    theirs.append(archive)
    before[str(archive)] = _files(archive)
    killed = subprocess.Popen([sys.executable, "-m", "analysis", "corpus", str(archive),
                               "--out", str(run), "--workers", "1", "--batch-size", "2",
                               "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not any((p / "parquet" / "summary").is_dir()
                  for p in tmp_path.glob(".run.tmp-2*") if p != users_staging):
        assert time.monotonic() < deadline and killed.poll() is None
        time.sleep(0.05)
    killed.kill()
    killed.wait()

    corpus = ["--workers", "1", "--quiet"]
    first, second = str(inputs / "teaching-opinion-piece.txt"), str(inputs / "teaching-"
                                                                         "wire-named-sources.txt")
    for args in (["corpus", str(inputs), "--out", str(run), *corpus],  # recovers the killed
                 ["corpus", str(inputs), "--out", str(run), *corpus],  # replaces the earlier
                 ["corpus", str(inputs), "--out", str(tmp_path / "with-reports"), "--reports",
                  *corpus],
                 ["report", first, second, "--out", str(reports)],
                 ["report", first, "--out", str(reports)],  # replaces its own report
                 ["compare", first, second, "--out", str(reports)]):
        assert main(args) == 0, capsys.readouterr().err
    real = engines.analyze_batch

    def fail_second(index, articles, form, **kwargs):
        if index == 1:
            raise EngineError("tcp://10.0.0.5:8786", "lost the Dask scheduler mid-run")
        return real(index, articles, form, **kwargs)

    monkeypatch.setattr(engines, "analyze_batch", fail_second)
    assert main(["corpus", str(inputs), "--out", str(run), "--batch-size", "1", *corpus]) == 2
    capsys.readouterr()

    asked = {run, tmp_path / "with-reports", *reports.iterdir()}  # reports started empty
    assert {what for what, _ in touched} == {"delete", "rename", "truncate"}
    for what, path in touched:
        relative = path.relative_to(tmp_path)  # nothing outside the place of the runs
        assert not any(path == p or p in path.parents for p in theirs), (what, path)
        assert path in asked or any(OURS.fullmatch(part) for part in relative.parts), (
            what, path)
    assert {str(p): _files(p) for p in theirs} == before
    assert len(list(tmp_path.glob("run.partial-*"))) == 2  # the killed run's, the failed one's
