"""The corpus command's run: interruptions wait for the batch being written; --reports writes
every article's report, the same as the report command's, linked from the page."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus.job import _Signals
from analysis.corpus.page import NO_REPORTS
from tests.conftest import ROOT

ARTICLES = ROOT / "data" / "articles"


def test_an_interruption_waits_for_the_batch_being_written():
    stops = _Signals()
    with stops.installed():
        with pytest.raises(KeyboardInterrupt), stops.deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            written = True  # the block runs to its end first
        assert written and stops.received == signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # given back


def test_a_second_interruption_while_keeping_the_run_is_ignored():
    stops = _Signals()
    with stops.installed():
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
        with stops.ignored():
            os.kill(os.getpid(), signal.SIGINT)
            kept = True
        assert kept and stops.received == signal.SIGINT


@pytest.fixture(scope="module")
def with_reports(tmp_path_factory):
    """A run with --reports over the workbook's articles, two of them copies (one id twice)."""
    folder = tmp_path_factory.mktemp("in")
    for p in sorted(ARTICLES.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "zz-copy.txt").write_bytes((ARTICLES / "teaching-opinion-piece.txt").read_bytes())
    out = folder.parent / "run"
    assert main(["corpus", str(folder), "--out", str(out), "--workers", "2", "--quiet",
                 "--batch-size", "2", "--reports"]) == 0
    return folder, out


def test_every_article_gets_a_report_in_a_folder_of_its_own(with_reports):
    folder, out = with_reports
    index = pd.read_csv(out / "reports" / "index.csv")
    summary = pd.read_csv(out / "summary.csv")
    assert index.article_id.tolist() == summary.article_id.tolist()
    assert index.source.tolist() == [str(p) for p in sorted(folder.glob("*.txt"))]
    assert index.report.is_unique  # the copy had the same text: an id and a folder of its own
    opinion = index.source.tolist().index(str(folder / "teaching-opinion-piece.txt"))
    first, copy = index.article_id.iloc[opinion], index.article_id.iloc[-1]
    assert copy == f"{first}~2"  # the reader made the repeated id unique
    assert index.report.iloc[-1] == f"reports/{first}-2/report.html"
    for page in index.report:
        assert (out / page).is_file()
    assert json.loads((out / "run.json").read_text())["reports"] == len(index)


def test_a_corpus_report_is_the_report_command_s(with_reports, tmp_path, capsys):
    """The workers make each report from the batch's analysis: the same files, byte for byte,
    as the report command makes from the file."""
    folder, out = with_reports
    index = pd.read_csv(out / "reports" / "index.csv").set_index("source")
    seed = folder / "ria-novosti-ukraine-mobilization-underground-source.txt"
    assert main(["report", str(seed), "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    mine = (out / index.loc[str(seed), "report"]).parent
    theirs = tmp_path / seed.stem
    names = sorted(p.name for p in mine.iterdir())
    assert names == sorted(p.name for p in theirs.iterdir() if p.name != "run.json")
    for name in names:
        assert (mine / name).read_bytes() == (theirs / name).read_bytes(), name


def test_the_page_links_the_outliers_to_their_reports(with_reports):
    _, out = with_reports
    page = (out / "corpus.html").read_text()
    index = pd.read_csv(out / "reports" / "index.csv")
    links = {f'<a href="{r}">{a}</a>' for a, r in zip(index.article_id, index.report,
                                                      strict=True)}
    shown = {link for link in links if link in page}
    assert len(shown) >= 5 and NO_REPORTS not in page
    assert "Content-Security-Policy" in page and "<script" not in page.lower()
    for link in shown:  # relative, inside the run
        target = link.split('"')[1]
        assert not Path(target).is_absolute() and (out / target).is_file()


def test_without_reports_the_page_says_how_to_get_one(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["corpus", str(ARTICLES), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    page = (out / "corpus.html").read_text()
    assert NO_REPORTS in page and "<a href" not in page and not (out / "reports").exists()


def test_reports_leave_the_tables_as_they_are(with_reports, tmp_path, capsys):
    folder, out = with_reports
    plain = tmp_path / "plain"
    assert main(["corpus", str(folder), "--out", str(plain), "--workers", "1", "--quiet"]) == 0
    for name in ("summary", "sentences", "attributions", "errors"):
        assert (plain / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes()


def test_a_run_stopped_before_it_wrote_anything_keeps_nothing(tmp_path):
    from analysis.corpus.folder import RunFolder
    from analysis.corpus.job import CorpusOptions, _Run

    folder = RunFolder.open(tmp_path / "run")
    run = _Run(CorpusOptions(path=str(ARTICLES), out=str(tmp_path / "run")), folder, "now")
    try:
        assert run.keep("interrupted", "stopped by Ctrl-C (SIGINT)") is None
        assert run.outcome(None) == "it stopped before writing anything"
    finally:
        folder.close()
    assert list(tmp_path.iterdir()) == []
