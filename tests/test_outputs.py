"""Output folders: one writer at a time, swapped in whole, failures to write as one line."""

from __future__ import annotations

import hashlib
import json
import os

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
