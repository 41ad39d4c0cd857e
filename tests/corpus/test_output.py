"""The corpus command writes every table as CSV and Parquet batch by batch, errors.csv and a
summary page; what it wrote reads back as the tables analyze_corpus keeps in memory."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.cli import main
from tests.conftest import ROOT


def last_line(text: str) -> str:
    return text.rstrip("\n").rsplit("\n", 1)[-1]


def test_corpus_command_writes_tables_parquet_and_a_summary(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    for p in (ROOT / "data" / "articles").glob("teaching-*.txt"):
        (tmp_path / "in" / p.name).write_text(p.read_text())
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    code = main(["corpus", str(tmp_path / "in"), "--out", str(out), "--workers", "1",
                 "--quiet"])
    captured = capsys.readouterr()
    assert code == 0
    line = last_line(captured.out)
    assert line.startswith("read 4 articles, analysed 4, failed 1 (1 not text); ")  # its reason
    assert "see" in captured.err and "errors.csv" in captured.err
    summary = pd.read_csv(out / "summary.csv")
    assert len(summary) == 4
    assert pd.read_parquet(out / "parquet" / "attributions").shape[0] == pd.read_csv(
        out / "attributions.csv").shape[0]
    errors = pd.read_csv(out / "errors.csv")
    assert errors.stage.tolist() == ["read"] and "binary" in errors.error.iloc[0]
    page = (out / "corpus.html").read_text()
    assert line in page and "<script" not in page.lower()


def test_corpus_command_bad_path_exits_2(tmp_path, capsys):
    code = main(["corpus", str(tmp_path / "nothing"), "--out", str(tmp_path / "o")])
    assert code == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_scheduler_needs_dask(tmp_path, capsys):
    assert main(["corpus", str(ROOT / "data" / "articles"), "--out", str(tmp_path),
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "goes with --engine dask" in capsys.readouterr().err


def test_parquet_parts_read_back_as_the_tables_in_memory(tmp_path):
    """Every table written batch by batch reads back (one folder of parts) as the table
    analyze_corpus keeps in memory: same rows, same values, text as text — also when a text
    column is empty in some batch (the last article's only attribution has no source)."""
    from analysis import analyze_corpus, read_corpus

    (tmp_path / "in").mkdir()
    for p in sorted((ROOT / "data" / "articles").glob("*.txt")):
        (tmp_path / "in" / p.name).write_text(p.read_text())
    (tmp_path / "in" / "zz-quiet.txt").write_text(
        "Quiet day\n\nIt was reported that the old bridge had closed.")
    out = tmp_path / "out"
    assert main(["corpus", str(tmp_path / "in"), "--out", str(out), "--workers", "1",
                 "--batch-size", "1", "--quiet"]) == 0
    memory = analyze_corpus(read_corpus(tmp_path / "in"), workers=1, progress=False)
    last = memory.attributions[memory.attributions.article_id == memory.summary.article_id.iloc[-1]]
    assert len(last) == 1 and last.source.isna().all()  # a part whose sources are all missing
    for name in ("sentences", "attributions", "hedges", "sentiment", "paragraphs", "summary"):
        written = pd.read_parquet(out / "parquet" / name)
        expected = getattr(memory, name)
        assert len(list((out / "parquet" / name).glob("part-*.parquet"))) >= 4
        pd.testing.assert_frame_equal(written, expected, check_dtype=False, obj=name)
        texts = [c for c in expected.columns if expected[c].dtype == object]
        for part in (out / "parquet" / name).glob("part-*.parquet"):
            schema = pq.read_schema(part)
            assert all(schema.field(c).type == pa.string() for c in texts), (part, schema)


def test_the_writer_reads_back_summary_and_errors_and_types_an_empty_table(tmp_path):
    from analysis.corpus.batch import CORPUS_TABLES, analyze_batch
    from analysis.corpus.output import CorpusWriter
    from analysis.errors import InputError
    from analysis.spine.article import Article

    writer = CorpusWriter(tmp_path)
    empty = writer.read("summary")
    CORPUS_TABLES["summary"].check(empty)
    assert empty.empty
    article = Article.from_text("Vote\n\nThe mayor said the vote was close.", article_id="v")
    writer.add(analyze_batch(0, [article], form="encoded"))
    writer.add(analyze_batch(1, [article], form="frames"))  # any form is written the same
    writer.add_read_errors([InputError("in/b.txt", "looks like binary content")])
    assert writer.summary().article_id.tolist() == ["v", "v"]
    assert writer.n_sentences == 4
    errors = writer.error_table()
    assert errors.to_dict("records") == [{"article_id": "", "source": "in/b.txt",
                                          "stage": "read", "reason": "unreadable",
                                          "error": "looks like binary content"}]
    assert (tmp_path / "sentences.csv").read_text().count("article_id") == 1  # one header


def test_a_folder_with_earlier_reports_and_runs_in_it_reads_only_the_articles(tmp_path, capsys):
    """Reports and corpus runs written into the folder are the workbook's own outputs: a later
    run skips them (and says how many files it skipped), and reads only the articles."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in (ROOT / "data" / "articles").glob("teaching-*.txt"):
        (folder / p.name).write_text(p.read_text())
    assert main(["report", *map(str, sorted(folder.glob("*.txt"))), "--out",
                 str(folder / "reports")]) == 0
    capsys.readouterr()
    for run in ("run", "run2"):  # the second run finds the first one's output in the folder
        code = main(["corpus", str(folder), "--out", str(folder / run), "--workers", "1",
                     "--quiet"])
        captured = capsys.readouterr()
        assert code == 0
        assert last_line(captured.out).startswith("read 4 articles, analysed 4, nothing failed")
    assert "skipped" in captured.err and "folders the workbook wrote" in captured.err
    assert len(pd.read_csv(folder / "run2" / "summary.csv")) == 4


def test_errors_csv_is_written_when_nothing_failed_and_the_page_says_so(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["corpus", str(ROOT / "data" / "articles" / "teaching-opinion-piece.txt"),
                 "--out", str(out), "--workers", "1", "--quiet"]) == 0
    errors = pd.read_csv(out / "errors.csv")
    assert errors.empty and list(errors.columns) == ["article_id", "source", "stage", "reason",
                                                     "error"]
    assert "nothing failed" in (out / "corpus.html").read_text()


def test_read_errors_are_written_as_they_come_never_held(tmp_path, capsys, monkeypatch):
    """A file of broken records (a million empty ones in 3 KB of gzip once took 1.7 GB): the
    run holds at most READ_ERROR_ROWS of them at a time, and writes every one — errors.csv and
    its Parquet parts in the same order, each block between the batches it came between."""
    import analysis.corpus.output as output
    from analysis.corpus.output import CorpusWriter

    monkeypatch.setattr(output, "READ_ERROR_ROWS", 7)
    most = []
    real = CorpusWriter.add_read_error

    def watched(self, error):
        full = real(self, error)
        most.append(len(self._read_errors))
        return full

    monkeypatch.setattr(CorpusWriter, "add_read_error", watched)
    lines = [b"{}"] * 40 + [b'{"title": "A", "text": "The minister said it."}'] + [b"{}"] * 35
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    out = tmp_path / "run"
    assert main(["corpus", str(path), "--out", str(out), "--workers", "1", "--batch-size", "1",
                 "--quiet"]) == 0
    assert last_line(capsys.readouterr().out).startswith(
        "read 1 articles, analysed 1, failed 75 (75 no text)")
    assert len(most) == 75 and max(most) <= 7
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False)
    assert errors.source.tolist() == [f"{path}:line {n}" for n in [*range(1, 41),
                                                                   *range(42, 77)]]
    parquet = pd.read_parquet(out / "parquet" / "errors")
    pd.testing.assert_frame_equal(parquet, errors, check_dtype=False)
    assert len(list((out / "parquet" / "errors").glob("part-*.parquet"))) == 11
    assert json.loads((out / "run.json").read_text())["counts"]["failed_by_reason"] == {
        "no_text": 75}
