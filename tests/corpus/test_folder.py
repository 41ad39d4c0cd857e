"""A corpus run's folder: replaced only by a complete run; a run that fails is kept beside it,
marked partial; what a killed run left is found and kept; a folder of other files is refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import analysis.corpus.engines as engines
from analysis.cli import main
from analysis.corpus.engines import EngineError
from analysis.corpus.folder import PARTIAL, RunFolder
from analysis.errors import InputError
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


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("notes"), "is a file, not a folder"),
    (lambda p: (p.mkdir(), (p / "thesis.docx").write_text("mine")),
     r"holds files that are not a corpus run \(thesis.docx\); a run replaces its folder as a "
     "whole: give a new or empty folder"),
])
def test_an_out_that_is_not_a_run_is_refused_and_left_alone(tmp_path, capsys, make, message):
    out = tmp_path / "out"
    make(out)
    before = snapshot(tmp_path)
    assert run(out) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {out}: ")
    assert __import__("re").search(message, err)
    assert snapshot(tmp_path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_empty_folder_and_a_run_written_before_manifests_are_runs(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(empty, path=ARTICLES / "teaching-opinion-piece.txt") == 0
    old = tmp_path / "old"  # an earlier version wrote tables and corpus.html, no run.json
    old.mkdir()
    (old / "corpus.html").write_text("<p>old</p>")
    (old / "summary.csv").write_text("article_id\n")
    assert run(old, path=ARTICLES / "teaching-opinion-piece.txt") == 0
    assert (old / "run.json").is_file() and (old / "corpus.html").read_text() != "<p>old</p>"


def test_what_a_killed_run_left_is_kept_and_said(earlier, capsys):
    """A run killed outright (kill -9) leaves its staging folder; a swap cut short leaves the
    earlier run set aside. The next run keeps the first as a partial run, and says so."""
    out, _ = earlier
    staged = out.parent / ".run.tmp-20260101T000000Z-99999"
    staged.mkdir()
    (staged / "summary.csv").write_text("article_id\nx\n")
    aside = out.parent / ".run.old-20260101T000000Z-99999"
    aside.mkdir()
    (aside / "run.json").write_text("{}")
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
    (aside / "run.json").write_text('{"status": "complete"}')
    folder = RunFolder.open(target)  # the earlier run is put back before anything else
    try:
        assert (target / "run.json").read_text() == '{"status": "complete"}'
        assert not aside.exists()
    finally:
        folder.close()


def test_the_output_folder_is_named_not_the_root(tmp_path):
    with pytest.raises(InputError, match="cannot be the output folder"):
        RunFolder.open("/")
