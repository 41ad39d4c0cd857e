"""A corpus run's folder: replaced only by a complete run; a run that fails is kept beside it,
marked partial; what a killed run left is found and kept; a folder of other files is refused."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

import analysis.corpus.engines as engines
from analysis.cli import main
from analysis.corpus.engines import EngineError
from analysis.corpus.folder import PARTIAL, RunFolder
from analysis.errors import InputError
from analysis.outputs import CORPUS_RUN_FORMAT, format_marker, staging_folder
from tests.conftest import ROOT

ARTICLES = ROOT / "data" / "articles"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by its relative path, with its SHA-256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(out: Path, *extra: str, path: Path = ARTICLES) -> int:
    return main(["corpus", str(path), "--out", str(out), "--workers", "1", "--quiet", *extra])


@pytest.fixture
def earlier(tmp_path, capsys):
    """A complete earlier run in tmp_path/run, and a snapshot of it."""
    out = tmp_path / "run"
    assert run(out) == 0
    capsys.readouterr()
    return out, snapshot(out)


def test_a_complete_run_replaces_the_earlier_one_and_leaves_nothing_beside_it(earlier, capsys):
    out, before = earlier
    assert run(out, path=ARTICLES / "teaching-opinion-piece.txt") == 0
    assert json.loads((out / "run.json").read_text())["counts"]["analysed"] == 1
    assert snapshot(out) != before
    assert sorted(p.name for p in out.parent.iterdir()) == ["run"]  # no lock, no staging


def test_a_run_that_fails_keeps_the_earlier_run_and_its_own_part(earlier, capsys, monkeypatch):
    """The engine fails at the third batch: the earlier run is byte for byte as it was, and the
    two finished batches are kept beside it, marked partial, with their errors and manifest."""
    out, before = earlier
    real = engines.analyze_batch

    def fail_third(index, articles, form, **kwargs):
        if index == 2:
            raise EngineError("tcp://10.0.0.5:8786", "lost the Dask scheduler mid-run: it no "
                                                    "longer answers")
        return real(index, articles, form, **kwargs)

    monkeypatch.setattr(engines, "analyze_batch", fail_third)
    assert run(out, "--batch-size", "1") == 2
    err = capsys.readouterr().err
    partial = next(out.parent.glob("run.partial-*"))
    counts = json.loads((partial / "run.json").read_text())["counts"]
    assert err == (f"error: tcp://10.0.0.5:8786: lost the Dask scheduler mid-run: it no longer "
                   f"answers; read 2 articles, analysed 2, nothing failed; {counts['sentences']}"
                   " sentences; 1 articles read but not finished; what finished is kept in "
                   f"{partial}; the earlier run in {out} is untouched\n")
    assert snapshot(out) == before
    manifest = json.loads((partial / "run.json").read_text())
    assert manifest["status"] == "failed" and "lost the Dask scheduler" in manifest["error"]
    assert manifest["counts"]["analysed"] == 2 and manifest["batches"] == 2
    assert manifest["counts"]["unfinished"] == 1  # the third article was read, never finished
    assert (partial / PARTIAL).read_text().startswith("This run did not finish (failed: ")
    assert (partial / "errors.csv").read_text().startswith('"article_id","source","stage"')
    assert "PARTIAL: this run did not finish" in (partial / "corpus.html").read_text()
    assert sorted(p.name for p in out.parent.iterdir()) == ["run", partial.name]


def test_a_bug_mid_run_still_keeps_what_finished(tmp_path, monkeypatch):
    real = engines.analyze_batch

    def crash_second(index, articles, form, **kwargs):
        if index == 1:
            raise RuntimeError("a bug of the workbook")
        return real(index, articles, form, **kwargs)

    monkeypatch.setattr(engines, "analyze_batch", crash_second)
    with pytest.raises(RuntimeError, match="a bug of the workbook"):
        run(tmp_path / "run", "--batch-size", "1")
    partial = next(tmp_path.glob("run.partial-*"))
    assert json.loads((partial / "run.json").read_text())["counts"]["analysed"] == 1
    assert not (tmp_path / "run").exists()


def _users_folder_with(*names: str):
    def make(folder: Path) -> None:
        folder.mkdir()
        for name in names:
            (folder / name).write_text("{}" if name == "run.json" else "mine")
    return make


def _earlier_run_with(*names: str):
    def make(folder: Path) -> None:
        assert run(folder, path=ARTICLES / "teaching-opinion-piece.txt") == 0
        for name in names:
            (folder / name).write_text("mine")
    return make


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("notes"), "is a file, not a folder"),
    (_users_folder_with("thesis.docx"),
     r"holds files that are not a corpus run \(thesis.docx\): no run.json of this workbook "
     "says it is one; a run replaces its folder as a whole: give a new or empty folder"),
    # a run.json or a corpus.html of someone else's, beside their notes
    (_users_folder_with("notes.txt", "run.json"),
     r"holds files that are not a corpus run \(notes.txt, run.json\): no run.json"),
    (_users_folder_with("corpus.html", "notes.txt"),
     r"holds files that are not a corpus run \(corpus.html, notes.txt\): no run.json"),
    (_users_folder_with("corpus.html", "summary.csv"),  # before runs had manifests, or not
     r"holds files that are not a corpus run \(corpus.html, summary.csv\): no run.json"),
    # a run of ours that a user has added a file to: the file is theirs
    (_earlier_run_with("notes.txt"),
     r"is a corpus run, but holds files a run does not write \(notes.txt\); a run replaces "
     "its folder as a whole: move them out, or give another folder"),
])
def test_an_out_that_is_not_a_run_is_refused_and_left_alone(tmp_path, capsys, make, message):
    out = tmp_path / "out"
    make(out)
    capsys.readouterr()
    before = snapshot(tmp_path)
    assert run(out) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {out}: ")
    assert __import__("re").search(message, err)
    assert snapshot(tmp_path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_users_folder_with_its_own_run_json_is_refused_and_kept_also_through_a_link(
        tmp_path, capsys):
    """``--out link`` where ``link`` points to a user's folder holding a ``run.json`` of its
    own beside ``notes.txt``: the link is followed and the folder held to the same proof."""
    folder = _users_folder_with("notes.txt", "run.json")
    folder(tmp_path / "proj")
    (tmp_path / "link").symlink_to(tmp_path / "proj", target_is_directory=True)
    before = snapshot(tmp_path)
    assert run(tmp_path / "link") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / 'proj'}: holds files that are not a corpus run "
                          "(notes.txt, run.json)")
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "proj"]


def test_a_link_to_an_earlier_run_is_followed_and_a_link_to_nothing_refused(earlier, capsys):
    out, _ = earlier
    link = out.parent / "latest"
    link.symlink_to(out, target_is_directory=True)
    assert run(link, path=ARTICLES / "teaching-opinion-piece.txt") == 0
    assert link.is_symlink() and json.loads((link / "run.json").read_text())["counts"][
        "analysed"] == 1
    dangling = out.parent / "dangling"
    dangling.symlink_to(out.parent / "nowhere")
    assert run(dangling) == 2
    assert capsys.readouterr().err == (f"error: {dangling}: is a symbolic link to nothing (or a "
                                       "loop of links): give a folder for --out\n")
    assert sorted(p.name for p in out.parent.iterdir()) == ["dangling", "latest", "run"]


def test_an_empty_folder_is_a_run_and_a_run_manifest_carries_its_format(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(empty, path=ARTICLES / "teaching-opinion-piece.txt") == 0
    manifest = json.loads((empty / "run.json").read_text())
    assert list(manifest)[:2] == ["format", "format_version"]
    assert (manifest["format"], manifest["format_version"]) == ("news-workbook/corpus-run", 1)
    assert run(empty, path=ARTICLES / "teaching-opinion-piece.txt") == 0  # and it is ours


def test_what_a_killed_run_left_is_kept_and_said(earlier, capsys):
    """A run killed outright (kill -9) leaves its staging folder; a swap cut short leaves the
    earlier run set aside. The next run keeps the first as a partial run, and says so."""
    out, _ = earlier
    staged = staging_folder(out)  # as the killed run made it: marked as out's
    (staged / "summary.csv").write_text("article_id\nx\n")
    aside = out.parent / ".run.old-20260101T000000Z-99999"
    shutil.copytree(out, aside)  # the earlier run, set aside by a swap cut short
    assert run(out, path=ARTICLES / "teaching-opinion-piece.txt") == 0
    err = capsys.readouterr().err
    partial = next(out.parent.glob("run.partial-*"))
    assert err == (f"warning: an earlier run into {out} was killed before it finished; what it "
                   f"wrote is kept in {partial}\n")
    assert (partial / "summary.csv").read_text() == "article_id\nx\n"
    assert "killed before it could finish" in (partial / PARTIAL).read_text()
    assert sorted(p.name for p in out.parent.iterdir()) == ["run", partial.name]


def test_a_swap_cut_short_is_undone_by_the_next_run(tmp_path):
    target = tmp_path / "run"
    aside = tmp_path / ".run.old-20260101T000000Z-99999"
    aside.mkdir()
    manifest = json.dumps({**format_marker(CORPUS_RUN_FORMAT), "status": "complete"})
    (aside / "run.json").write_text(manifest)
    folder = RunFolder.open(target)  # the earlier run is put back before anything else
    try:
        assert (target / "run.json").read_text() == manifest
        assert not aside.exists()
    finally:
        folder.close()


def test_the_output_folder_is_named_not_the_root(tmp_path):
    with pytest.raises(InputError, match="cannot be the output folder"):
        RunFolder.open("/")


def test_a_write_error_names_the_file_where_it_is_kept_not_the_gone_staging_folder(
        tmp_path, capsys, monkeypatch):
    """A run that fails writing a file in its staging folder is kept as a partial run: the
    error line names the file there, not in the staging folder, which is gone."""
    real = Path.write_bytes

    def full_disk(self, data):
        if self.name == "report.html":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    assert run(tmp_path / "run", "--reports") == 2
    err = capsys.readouterr().err
    partial = next(tmp_path.glob("run.partial-*"))
    where = err.split(": cannot write: no space left on the device; ", 1)[0]
    assert where.startswith(f"error: {partial / 'reports'}{os.sep}") and ".tmp-" not in err
    assert Path(where.removeprefix("error: ")).parent.is_dir()  # the report's folder, kept
