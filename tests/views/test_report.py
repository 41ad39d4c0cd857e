from __future__ import annotations

import json

import pandas as pd
import pytest

import analysis.views.report as report_module
from analysis.errors import InputError
from analysis.views.report import SLUG_LENGTH, render_page, report_name, slug, write_report
from tests.conftest import ROOT, SEED

OPINION = ROOT / "data" / "articles" / "teaching-opinion-piece.txt"
WIRE = ROOT / "data" / "articles" / "teaching-wire-named-sources.txt"


def test_report_writes_the_page_and_every_table(tmp_path):
    result = write_report(SEED, tmp_path)
    names = sorted(p.name for p in result.folder.iterdir())
    assert names == ["attributions.csv", "framing.csv", "guide.csv", "hedges.csv",
                     "paragraphs.csv", "report.html", "run.json", "sentences.csv",
                     "sentiment.csv", "sources.csv"]
    manifest = json.loads((result.folder / "run.json").read_text())
    assert manifest["source"] == str(SEED.resolve()) and manifest["status"] == "complete"
    assert manifest["input"]["bytes"] == SEED.stat().st_size
    assert manifest["options"] == {"has_title": True, "encoding": None}
    assert sorted(p.name for p in tmp_path.iterdir()) == [SEED.stem]  # nothing left beside
    framing = pd.read_csv(result.folder / "framing.csv")
    assert {"swoops", "busification"} <= set(framing.term)
    table = pd.read_csv(result.folder / "sentences.csv")
    assert len(table) == 25 and table.is_title.sum() == 1
    assert "unattributed_assertion" in table.columns and "compound" in table.columns
    assert "24 paragraphs, 24 sentences, 576 word tokens (plus a title)" in result.summary
    assert result.summary.endswith(f"report: {result.page}")


def test_the_page_is_self_contained_and_forbids_scripts(seed):
    from analysis import analyze

    page = render_page(analyze(seed))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page.lower()
    assert "http://" not in page and "https://" not in page  # nothing fetched when opened
    assert page.index("Reading guide") < page.index("The whole picture") < page.index(
        "The article, marked")
    assert "How it is framed" in page and "8 framing marks" not in page
    assert "framing marks, 8 in the article" in page or "own voice: 8 of 14" in page


def test_slug():
    assert slug("a b/c?.txt") == "a-b-c-.txt"
    assert slug("...") == "article"
    assert len(slug("x" * 300)) == SLUG_LENGTH


def test_the_names_a_report_may_take(tmp_path):
    names = report_name(tmp_path / "sub2" / "a b.txt")
    assert names[:2] == ["a-b", "sub2-a-b"]
    assert names[2].startswith("a-b-") and len(names[2]) == len("a-b-") + 8
    assert report_name(tmp_path / "sub1" / "a b.txt")[2] != names[2]  # the path's hash


def test_a_report_never_replaces_another_file_s(tmp_path):
    """Two files of one name, in two runs: the second takes the next name, and each folder
    keeps its own file's report; the same file again replaces its own."""
    for sub, source in (("sub1", OPINION), ("sub2", WIRE)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "art.txt").write_bytes(source.read_bytes())
    out = tmp_path / "out"
    first = write_report(tmp_path / "sub1" / "art.txt", out)
    second = write_report(tmp_path / "sub2" / "art.txt", out)
    again = write_report(tmp_path / "sub1" / "art.txt", out)
    assert (first.folder.name, second.folder.name, again.folder.name) == (
        "art", "sub2-art", "art")
    for result, source in ((again, OPINION), (second, WIRE)):
        title = source.read_text().split("\n", 1)[0]
        assert pd.read_csv(result.folder / "sentences.csv").text.iloc[0] in title


def test_a_folder_that_is_not_a_report_is_passed_over(tmp_path):
    out = tmp_path / "out"
    (out / SEED.stem).mkdir(parents=True)
    (out / SEED.stem / "notes.txt").write_text("mine")
    result = write_report(SEED, out)
    assert result.folder.name == report_name(SEED)[1]
    assert (out / SEED.stem / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("make", [
    # a user's folder with a run.json of its own (not a report's: no marker) beside notes
    lambda folder, elsewhere: (folder.mkdir(), (folder / "run.json").write_text(
        json.dumps({"source": str(SEED.resolve())})), (folder / "notes.txt").write_text("mine")),
    # a user's folder holding a report.html (which alone used to prove a report)
    lambda folder, elsewhere: (folder.mkdir(), (folder / "report.html").write_text("mine")),
    # a link to a folder elsewhere
    lambda folder, elsewhere: folder.symlink_to(elsewhere, target_is_directory=True),
])
def test_a_folder_not_provably_this_files_report_is_passed_over_and_kept(tmp_path, make):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("mine")
    make(out / SEED.stem, elsewhere)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = write_report(SEED, out)
    assert result.folder.name == report_name(SEED)[1]
    assert {p: p.read_bytes() for p in before} == before
    manifest = json.loads((result.folder / "run.json").read_text())
    assert (manifest["format"], manifest["format_version"]) == ("news-workbook/report", 1)
    assert write_report(SEED, out).folder == result.folder  # its own report, replaced


def test_a_report_that_fails_to_write_leaves_the_earlier_one(tmp_path, monkeypatch):
    earlier = write_report(OPINION, tmp_path)
    before = earlier.page.read_bytes()

    def full_disk(folder, manifest):  # the files are written, the disk is full at the last
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_module, "write_manifest", full_disk)
    with pytest.raises(InputError, match="no space left on the device"):
        write_report(OPINION, tmp_path)
    assert earlier.page.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [OPINION.stem]  # no staging left
