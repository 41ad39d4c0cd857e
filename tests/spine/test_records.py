"""The records of corpus files: every record within the article limit, strict CSV, honest gzip,
whole JSON messages, numeric titles, unique ids. Each problem has its reason code."""

from __future__ import annotations

import csv
import gzip
import io
import json
import warnings

import pytest

from analysis import DuplicateIdWarning, InputError, read_corpus
from analysis.errors import REASONS
from analysis.spine import records
from analysis.spine.decoding import MAX_ARTICLE_BYTES


def read(path, **kw):
    errors: list[InputError] = []
    articles = list(read_corpus(path, on_error=errors.append, **kw))
    return articles, errors


def body(article):
    return article.text[article.paragraphs[1].start_char:] if article.title else article.text


@pytest.fixture
def small_limit(monkeypatch):
    """The article limit at 1,000 bytes, read by the record readers as by the decoder: the
    limit is one constant, and these tests hold the readers to it without writing 50 MiB."""
    monkeypatch.setattr(records, "MAX_ARTICLE_BYTES", 1000)
    monkeypatch.setattr(records, "CHUNK", 64)  # lines are read in pieces
    return 1000


def test_the_limit_is_the_decoders():
    assert records.MAX_ARTICLE_BYTES is MAX_ARTICLE_BYTES


# --- CSV: strict, a line for every problem, the rest read -----------------------------------

def test_an_unclosed_quote_costs_its_own_row_not_the_next(tmp_path):
    """The issue's case: 10 rows gave 9 articles and no error, two rows silently merged."""
    rows = ["title,text"] + [f'T{i},"Body {i}, with a comma."' for i in range(10)]
    rows[4] = 'T3,"Body 3 never closed.'
    path = tmp_path / "c.csv"
    path.write_text("\n".join(rows) + "\n")
    articles, errors = read(path)
    assert [a.title for a in articles] == [f"T{i}" for i in range(10) if i != 3]
    assert all(body(a) == f"Body {a.title[1:]}, with a comma." for a in articles)
    [err] = errors
    assert err.reason == "bad_csv" and str(err).startswith(f"{path}:line 5: broken CSV row: a "
                                                           "quoted field opened on line 5")
    assert "\n" not in str(err)


def test_an_unclosed_quote_at_the_end_of_the_file(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('title,text\nA,"One."\nB,"Two, cut off\n')
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["A"]
    assert err.reason == "bad_csv" and "line 3" in str(err) and "never closed" in str(err)


def test_a_quote_inside_a_field_is_reported(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('title,text\nA,"He said "no" to it."\nB,Fine.\n')
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["B"]
    assert err.reason == "bad_csv" and str(err).startswith(f"{path}:line 2: broken CSV row")


def test_a_row_with_the_wrong_number_of_fields_is_reported(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("title,text,date\nA,One.,2019\nB,Two, with a comma.,2019\nC,Three.,2020\n")
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["A", "C"]
    assert err.reason == "bad_csv" and "4 fields where the header has 3" in str(err)
    assert str(err).startswith(f"{path}:line 3:")


def test_multi_line_fields_blank_lines_and_crlf_are_read(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b'title,text\r\nA,"Para one.\r\n\r\nPara ""two""."\r\n\r\nB,Two.\r\n')
    articles, errors = read(path)
    assert errors == [] and [a.title for a in articles] == ["A", "B"]
    assert body(articles[0]) == 'Para one.\r\n\r\nPara "two".'  # as csv reads it
    assert articles[1].source == f"{path}:line 6"  # the line each row starts on


@pytest.mark.parametrize("text, message", [
    ('A,"x"\n', "a corpus CSV needs a 'text' column"),
    ('text,title,text\n', "names a column twice"),
    ('"text,title\nA,b\n', "broken CSV header"),
])
def test_a_broken_header_refuses_the_file(tmp_path, text, message):
    path = tmp_path / "c.csv"
    path.write_text(text)
    articles, [err] = read(path)
    assert articles == [] and message in str(err)
    assert err.reason in REASONS and str(err).startswith(f"{path}: ")


def test_a_csv_row_over_the_limit_is_skipped_and_the_rest_read(tmp_path, small_limit):
    path = tmp_path / "c.csv"
    big = "word " * 400  # 2,000 bytes on one line
    path.write_text(f'title,text\nA,"One."\nB,"{big}"\nC,Three.\n')
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["A", "C"]
    assert err.reason == "too_large" and str(err).startswith(f"{path}:line 3: the record is")
    assert "at least 2,005 bytes: larger than 1,000 bytes, the limit for one" in str(err)


def test_a_multi_line_csv_row_over_the_limit_is_skipped_to_its_end(tmp_path, small_limit):
    path = tmp_path / "c.csv"
    big = ("A line of a long interview, with a comma and a \"\"quote\"\".\n" * 40)
    path.write_text(f'title,text\nA,"One."\nB,"{big}"\nC,"Three,\nover two lines."\n')
    articles, [err] = read(path)
    assert [(a.title, body(a)) for a in articles] == [("A", "One."),
                                                      ("C", "Three,\nover two lines.")]
    assert err.reason == "too_large" and "line 3" in str(err) and "lines 3–" in str(err)


def test_rows_just_under_the_limit_are_read(tmp_path, small_limit):
    path = tmp_path / "c.csv"
    text = "x" * (1000 - len('B,""\n'))
    path.write_text(f'title,text\nB,"{text}"\n')
    articles, errors = read(path)
    assert errors == [] and body(articles[0]) == text


def test_a_100_mb_csv_field_is_refused_without_holding_it(tmp_path):
    """The issue's case (a 100 MB field took 7 min and 12.8 GB): refused, the rest read."""
    path = tmp_path / "big.csv"
    with open(path, "w") as handle:
        handle.write('title,text\nA,"Small one."\nB,"')
        for _ in range(100):
            handle.write("word " * 200_000)  # 1 MB at a time: the test holds no 100 MB either
        handle.write('"\nC,"Small two."\n')
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["A", "C"]
    assert err.reason == "too_large" and "95.4 MiB" in str(err)


def test_a_csv_row_not_in_utf8_is_reported_with_its_line_and_the_rest_read(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("title,text\nA,One.\nB,\"Caf\u00e9,\n\nna\u00efve.\"\nC,Three.\n"
                     .encode("latin-1"))
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["A", "C"]
    assert err.reason == "not_utf8" and str(err) == (
        f"{path}:line 3: not valid UTF-8: byte 0xe9 on line 3, column 7; pass --encoding cp1252 "
        "(or latin-1) if that is its encoding; the row is skipped")
    assert [a.title for a in read(path, encoding="latin-1")[0]] == ["A", "B", "C"]


def test_the_csv_module_agrees_on_good_files(tmp_path):
    """On a file that parses, the rows are exactly csv.DictReader's."""
    rows = [{"title": f"T{i}", "text": f'Line one of {i},\n\n"quoted" line two.', "n": str(i)}
            for i in range(50)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["title", "text", "n"])
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "c.csv"
    path.write_text(buffer.getvalue())
    expected = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    got = [record for _, record in records.csv_records(path, None, pytest.fail)]
    assert got == expected == rows


# --- JSON lines -----------------------------------------------------------------------------

def test_a_truncated_gzip_gives_what_was_read_and_says_the_rest_is_lost(tmp_path):
    """The issue's case: it exited 0 having lost about half its records, '1 failed'."""
    lines = b"".join(json.dumps({"id": i, "title": f"T{i}", "text": f"Body {i}. " * 40}).encode()
                     + b"\n" for i in range(2000))
    data = gzip.compress(lines)
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, [err] = read(path)
    assert 0 < len(articles) < 2000
    assert [a.article_id for a in articles] == [str(i) for i in range(len(articles))]
    assert err.reason == "truncated"
    message = str(err)
    assert message.startswith(f"{path}: the archive is truncated after line {len(articles)}")
    assert "how many records were lost cannot be known" in message and "\n" not in message


def test_a_json_line_over_the_limit_is_skipped(tmp_path, small_limit):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"title": t, "text": x}) for t, x in
                              [("A", "One."), ("B", "word " * 400), ("C", "Three.")]) + "\n")
    articles, [err] = read(path)
    assert [a.title for a in articles] == ["A", "C"]
    assert err.reason == "too_large" and str(err).startswith(f"{path}:line 2:")


def test_json_messages_are_whole_with_line_and_column(tmp_path):
    """It read 'Invalid control character at, column 51'."""
    path = tmp_path / "c.jsonl"
    path.write_text('{"title": "A", "text": "Fine."}\n{"title": "B", "text": "tab\there"}\n'
                    '{"title": "C" "text": "x"}\n')
    _, errors = read(path)
    assert [str(e) for e in errors] == [
        f"{path}:line 2: not valid JSON: Invalid control character at line 2, column 28",
        f"{path}:line 3: not valid JSON: Expecting ',' delimiter at line 3, column 15",
    ]
    assert {e.reason for e in errors} == {"bad_json"}


@pytest.mark.parametrize("title, expected", [
    (2019, "2019"), (1984.5, "1984.5"), ("  1984 ", "1984"), (None, None), (True, None),
    (["a"], None),
])
def test_a_numeric_title_is_kept(tmp_path, title, expected):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"title": title, "text": "The body."}) + "\n")
    [article] = read(path)[0]
    assert article.title == expected


def test_a_numeric_csv_title_is_kept(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("title,text\n1984,A novel.\n2019,A year.\n")
    assert [a.title for a in read(path)[0]] == ["1984", "2019"]


def test_every_reason_is_known(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": ""}\n[1]\n{bad\n\xff\n{"title": "no text"}\n')
    _, errors = read(path)
    assert [e.reason for e in errors] == ["no_text", "bad_json", "bad_json", "not_utf8",
                                          "no_text"]
    assert all(e.reason in REASONS for e in errors)


def test_a_reason_survives_pickling():
    import pickle

    err = pickle.loads(pickle.dumps(InputError("a.csv:line 3", "broken", reason="bad_csv")))
    assert (str(err), err.reason) == ("a.csv:line 3: broken", "bad_csv")
    assert InputError("x", "y").reason is None


# --- duplicate ids: kept, renamed, counted --------------------------------------------------

def test_duplicate_ids_are_kept_renamed_and_warned_about_once(tmp_path):
    path = tmp_path / "c.jsonl"
    ids = ["7", "8", "7", "7~2", "7", "8"]
    path.write_text("\n".join(json.dumps({"id": i, "title": f"T{n}", "text": f"Body {n}."})
                              for n, i in enumerate(ids)) + "\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = list(read_corpus(path))
    assert [a.article_id for a in articles] == ["7", "8", "7~2", "7~2~2", "7~3", "8~2"]
    assert [a.title for a in articles] == [f"T{n}" for n in range(6)]  # every record kept
    [warning] = [w.message for w in caught]
    assert isinstance(warning, DuplicateIdWarning) and warning.reason == "duplicate_id"
    assert warning.count == 4 and str(warning).startswith(f"{path}: 4 records had an article_id")


def test_identical_files_get_unique_ids(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Same\n\nThe same text.")
    with pytest.warns(DuplicateIdWarning, match="1 record had"):
        first, second = read_corpus(tmp_path)
    assert second.article_id == first.article_id + "~2"


@pytest.mark.corpus
def test_the_archives_duplicate_ids_are_made_unique(corpora):
    """234 ids of the 2004-2018 archive are given twice (3,329 duplicate sentence keys)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ids = [a.article_id for a in read_corpus(corpora / "wikinews_2004_2018.jsonl.gz",
                                                 on_error=lambda e: None)]
    assert len(ids) == len(set(ids)) == 6298
    [warning] = [w.message for w in caught]
    assert isinstance(warning, DuplicateIdWarning) and warning.count == sum("~" in i for i in ids)
