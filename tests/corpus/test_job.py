"""The corpus command's run: interruptions wait for the batch being written; --reports writes
every article's report, the same as the report command's, linked from the page."""

from __future__ import annotations

import json
import multiprocessing
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


# --- one bad record is one row, whatever it is ---------------------------------------------

def _archive(path: Path, n: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    lines = []
    for k in range(n):
        title, body = texts[k % len(texts)].split("\n\n", 1)
        lines.append(json.dumps({"id": f"r{k}", "title": title, "text": body}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fail_on_r2(monkeypatch, place: str) -> None:
    """Make one layer of the run raise an unexpected exception on record r2 (line 3) only."""
    import analysis.corpus.batch as batch
    import analysis.spine.reading as reading
    import analysis.spine.records as records

    def crash(*_):
        raise RuntimeError("injected")

    if place == "record":  # the reader's record to article
        real_article = reading.record_article
        monkeypatch.setattr(reading, "record_article", lambda record, where: (
            crash() if record.get("id") == "r2" else real_article(record, where)))
    elif place == "json":  # the reader's JSON line to record
        real_json = records._json_record
        monkeypatch.setattr(records, "_json_record", lambda raw, where, encoding: (
            crash() if b'"r2"' in raw else real_json(raw, where, encoding)))
    elif place == "layer":  # a layer, in the worker
        real_summary = batch.summary_row
        monkeypatch.setattr(batch, "summary_row", lambda doc, *args, **kwargs: (
            crash() if doc.article_id == "r2" else real_summary(doc, *args, **kwargs)))
    else:  # writing the batch's tables, in the worker
        real_encode = batch.encode_table
        monkeypatch.setattr(batch, "encode_table", lambda frame, schema: (
            crash() if schema.name != "errors" and "article_id" in frame
            and (frame.article_id == "r2").any()
            else real_encode(frame, schema)))


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("place, stage, reason", [
    ("record", "read", "internal_error"),
    ("json", "read", "internal_error"),
    ("layer", "analyze", "analysis"),
    ("tables", "analyze", "internal_error"),
])
def test_an_unexpected_failure_on_one_record_is_one_row_and_the_run_exits_0(
        tmp_path, capsys, monkeypatch, workers, place, stage, reason):
    """Whatever raises on one record — the reader, a layer, the writing of its tables — in
    this process or in the pool's workers (forked: they inherit the failure), it is one row of
    errors.csv naming the exception, the other records are analysed, and the run exits 0."""
    if workers > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the injected failure reaches forked workers only")
    _fail_on_r2(monkeypatch, place)
    path = _archive(tmp_path / "in.jsonl", 6)
    out = tmp_path / "run"
    assert main(["corpus", str(path), "--out", str(out), "--workers", str(workers),
                 "--batch-size", "2", "--quiet"]) == 0
    assert f"analysed 5, failed 1 (1 {reason.replace('_', ' ')})" in capsys.readouterr().out
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False)
    assert errors[["stage", "reason"]].values.tolist() == [[stage, reason]]
    assert "RuntimeError: injected" in errors.error.iloc[0]
    assert errors.source.iloc[0] == f"{path}:line 3"
    summary = pd.read_csv(out / "summary.csv")
    assert summary.article_id.tolist() == ["r0", "r1", "r3", "r4", "r5"]
    assert set(pd.read_csv(out / "sentences.csv").article_id) == set(summary.article_id)


def test_a_run_that_fails_unexpectedly_is_kept_as_partial_never_as_a_hidden_folder(
        tmp_path, monkeypatch):
    """A failure that is not the input's (a bug) that strikes again while the run is being
    kept — as a file name the manifest could not hold once did — still leaves the promised
    ``DIR.partial-*`` with its PARTIAL file, never the hidden staging folder."""
    from analysis.corpus.output import CorpusWriter

    def broken(self, **_):
        raise RuntimeError("the counts cannot be taken")

    monkeypatch.setattr(CorpusWriter, "counts", broken)
    path = _archive(tmp_path / "in.jsonl", 3)
    with pytest.raises(RuntimeError, match="the counts cannot be taken"):
        main(["corpus", str(path), "--out", str(tmp_path / "run"), "--workers", "1", "--quiet"])
    assert not list(tmp_path.glob(".run*")), "a hidden staging folder was left"
    kept = list(tmp_path.glob("run.partial-*"))
    assert len(kept) == 1 and (kept[0] / "PARTIAL").is_file()
    assert len(pd.read_csv(kept[0] / "summary.csv")) == 3
    assert not (tmp_path / "run").exists()


def test_a_full_disk_while_read_errors_are_written_fails_the_run_and_is_not_a_read_error(
        tmp_path, capsys, monkeypatch):
    """The reader reports its records to the writer as it reads; the writer's own failure (a
    full disk, even for a moment) must not be taken for one more bad record, and the rows it
    lost be forgotten: the run fails with its one line and keeps what finished."""
    import errno

    import analysis.corpus.output as output
    from analysis.corpus.output import CorpusWriter
    from analysis.outputs import output_error

    monkeypatch.setattr(output, "READ_ERROR_ROWS", 3)
    real = CorpusWriter._write
    failures = []

    def full_at_errors(self, path, text):  # once: the space is back at once, the rows lost
        if path.name == "errors.csv" and not failures:
            failures.append(path)
            raise output_error(path, OSError(errno.ENOSPC, "No space left on device"))
        return real(self, path, text)

    monkeypatch.setattr(CorpusWriter, "_write", full_at_errors)
    path = tmp_path / "in.jsonl"
    path.write_text('{"title": "A", "text": "The minister said it."}\n' + "{}\n" * 10,
                    encoding="utf-8")
    assert main(["corpus", str(path), "--out", str(tmp_path / "run"), "--workers", "1",
                 "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "errors.csv: cannot write: no space left" in err
    assert "what finished is kept in" in err and "run.partial-" in err
