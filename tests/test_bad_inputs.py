"""Every hostile or broken input: one clear line naming the file, exit code 2 (or a warning),
and in a corpus the rest still finishes. One row per case."""

from __future__ import annotations

import gzip
import json
import os
import warnings

import pandas as pd
import pytest

from analysis import MAX_ARTICLE_BYTES, BadInputWarning, InputError, read_article, read_corpus
from analysis.cli import main

GOOD = "Good news\n\nThe minister said the bridge would open in May."
SPANISH = ("Gobierno amplía la movilización\n\nEl gobierno anunció el lunes que la movilización "
           "se ampliará a los hombres de 25 años. Según el ministerio, se llamará a más soldados "
           "en primavera, dijo un portavoz del ministerio de defensa en la capital.")

# name: (file name, bytes or None for "do not create", message in the error line)
ARTICLE_CASES = {
    "missing": ("missing.txt", None, "no such file"),
    "directory": ("adir", "DIR", "is a folder: analyse its articles with the corpus command"),
    "pdf": ("paper.pdf", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n", "is a PDF, not text"),
    "empty": ("empty.txt", b"", "no text: it is empty or white space only"),
    "whitespace": ("blank.txt", b" \n\t\n  ", "no text: it is empty or white space only"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like binary"),
    "latin-1": ("latin.txt", "Caf\u00e9 news\n\nIt was open.".encode("latin-1"),
                "pass --encoding cp1252"),
    "utf-16 without BOM": ("u16.txt", GOOD.encode("utf-16-le"),
                           "pass --encoding utf-16-le"),
    "truncated utf-8": ("cut.txt", "Title\n\nThe caf\u00e9".encode()[:-1],
                        "ends inside a character"),
    "html with a <![ the parser cannot read": (
        "page.html", b"<p>The minister spoke.</p>\n<![a]>", "HTML that Python's parser cannot "
        "read — line 2: "),
    "html of <![ only": ("runs.html", b"<![" * 1000, "HTML that Python's parser cannot read"),
    "corpus csv": ("c.csv", b"title,text\nA,B\n", "read it with the corpus command"),
    "corpus jsonl": ("c.jsonl", b'{"text": "A"}\n', "holds many articles"),
    "corpus jsonl.gz": ("c.jsonl.gz", gzip.compress(b'{"text": "A"}\n'),
                        "read it with the corpus command"),
}


def make(tmp_path, name, content):
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif callable(content):
        with open(path, "wb") as handle:
            content(handle)
    elif content is not None:
        path.write_bytes(content)
    return path


def _oversized_record(handle):
    """A JSON line one byte past the article limit (50 MiB), written a MiB at a time."""
    handle.write(b'{"title": "Huge", "text": "')
    for _ in range(MAX_ARTICLE_BYTES // 2**20):
        handle.write(b"word " * (2**20 // 5) + b"w" * (2**20 % 5))
    handle.write(b'"}\n')


def _truncated_archive():
    lines = b"".join(b'{"title": "T%d", "text": "Body %d."}\n' % (i, i) for i in range(3000))
    data = gzip.compress(lines)
    return data[: len(data) // 2]


@pytest.mark.parametrize("case", ARTICLE_CASES)
def test_read_article(tmp_path, case):
    name, content, message = ARTICLE_CASES[case]
    path = make(tmp_path, name, content)
    with pytest.raises(InputError, match=message) as err:
        read_article(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


@pytest.mark.parametrize("command", ["sentences", "report"])
@pytest.mark.parametrize("case", ARTICLE_CASES)
def test_cli_article_commands(tmp_path, capsys, command, case):
    name, content, message = ARTICLE_CASES[case]
    path = make(tmp_path, name, content)
    args = [command, str(path)] + (["--out", str(tmp_path / "out")] if command == "report" else [])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {path}: ") and message in err


@pytest.mark.parametrize(
    "name, content, encoding",
    [("latin.txt", "Caf\u00e9 news\n\nIt was open.".encode("latin-1"), "latin-1"),
     ("u16.txt", GOOD.encode("utf-16-le"), "utf-16-le")],
)
def test_the_suggested_encoding_then_works(tmp_path, capsys, name, content, encoding):
    path = make(tmp_path, name, content)
    assert main(["sentences", str(path), "--encoding", encoding]) == 0
    assert capsys.readouterr().err == ""


def test_a_non_english_article_is_a_warning_not_an_error(tmp_path, capsys):
    path = make(tmp_path, "es.txt", SPANISH.encode())
    assert main(["report", str(path), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"warning: {path}: does not look like English")


CORPUS_CASES = {
    "csv without text": ("c.csv", b"title,body\nA,B\n", "a corpus CSV needs a 'text' column"),
    "jsonl with a broken line": ("c.jsonl", b'{"title":"A","text":"It rained."}\n{broken\n',
                                 "not valid JSON"),
    "gzip that is not gzip": ("c.jsonl.gz", b"plain text, not gzip", "not a valid gzip file"),
    "binary file among texts": ("x.txt", b"\x00\x01\x02\x03binary", "looks like binary"),
    "csv with an unclosed quote": ("c.csv", b'title,text\nA,"Never closed.\nB,"Fine."\n',
                                   "broken CSV row: a quoted field opened on line 2"),
    "truncated gzip": ("c.jsonl.gz", _truncated_archive(), "the archive is truncated after "
                       "line"),
    "jsonl record over the limit": ("c.jsonl", _oversized_record, "larger than 50.0 MiB, "
                                    "the limit for one article"),
    "jsonl with a control character": ("c.jsonl", b'{"text": "a\tb"}\n', "not valid JSON: "
                                       "Invalid control character at line 1, column 12"),
    "jsonl with a lone surrogate in a text": ("c.jsonl", b'{"text": "It \\ud800 rained."}\n',
                                              "holds a lone surrogate (U+D800) at character 3 "
                                              "of its text"),
    "jsonl with a lone surrogate in a title": ("c.jsonl",
                                               b'{"title": "T\\udfff", "text": "It rained."}\n',
                                               "holds a lone surrogate (U+DFFF) at character 1 "
                                               "of its title"),
    "jsonl with a lone surrogate in an id": ("c.jsonl",
                                             b'{"id": "a\\ud800", "text": "It rained."}\n',
                                             "in its article_id 'a\\ud800'"),
    "jsonl nested 100,000 deep": ("c.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n",
                                  "JSON nested too deep for the parser"),
    "html with a <![ the parser cannot read": ("page.html", b"<p>It rained.</p><![x y]>",
                                               "begins no marked section the parser knows"),
    "jsonl nested past the limit": ("c.jsonl", b'{"text": "It rained.", "x": ' + b"[" * 150
                                    + b"]" * 150 + b"}\n", "nested more than 100 levels"),
}


@pytest.mark.parametrize("case", CORPUS_CASES)
def test_read_corpus_reports_and_goes_on(tmp_path, case):
    name, content, message = CORPUS_CASES[case]
    make(tmp_path, name, content)
    make(tmp_path, "good.txt", GOOD.encode())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        titles = [a.title for a in read_corpus(tmp_path)]
    assert "Good news" in titles
    bad = [str(w.message) for w in caught if w.category is BadInputWarning]
    assert len(bad) == 1 and message in bad[0] and name in bad[0]


@pytest.mark.parametrize("case", CORPUS_CASES)
def test_cli_corpus_reports_and_goes_on(tmp_path, capsys, case):
    name, content, message = CORPUS_CASES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder, name, content)
    make(folder, "good.txt", GOOD.encode())
    assert main(["corpus", str(folder), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "analysed" in out and "failed 1" in out
    assert message in (tmp_path / "out" / "errors.csv").read_text()
    assert err.startswith("warning: 1 records or articles failed")


def test_cli_corpus_with_nothing_analysable_exits_2(tmp_path, capsys):
    path = make(tmp_path, "c.jsonl.gz", b"not gzip")
    assert main(["corpus", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 2


def test_a_gzipped_jsonl_with_one_broken_line(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"title":"A","text":"One."}\n\xff\xfe\n'
                                   b'{"title":"B","text":"Two."}\n'))
    problems = []
    assert [a.title for a in read_corpus(path, on_error=problems.append)] == ["A", "B"]
    assert len(problems) == 1 and "line 2" in str(problems[0])


@pytest.mark.parametrize(
    "args, message",
    [
        (["evaluate", "attribution", "--brat", "no-such-dir"], "no such folder"),
        (["evaluate", "hedging", "--sentences", "no-such.csv"], "no such file"),
        (["evaluate", "sentiment", "--ratings", "no-such.tsv"], "no such file"),
        (["corpus", "no-such-folder", "--out", "o"], "no such file or folder"),
    ],
)
def test_cli_evaluate_and_corpus_missing_inputs(args, message, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_cli_corpus_with_duplicate_ids_keeps_every_record_and_says_so(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "title": "One", "text": "The minister said it would open."}\n'
                    '{"id": "a", "title": "Two", "text": "Police said the road was closed."}\n')
    assert main(["corpus", str(path), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "analysed 2, nothing failed" in out
    assert err == (f"warning: {path}: 1 record had an article_id an earlier record already had; "
                   "every one was kept, renamed id~2, id~3, … ('a' → 'a~2')\n")
    summary = (tmp_path / "out" / "summary.csv").read_text()
    assert summary.count('\n"a",') == 1 and summary.count('\n"a~2",') == 1


# --- odd but valid: an article that is only a title -----------------------------------------

# name: (file name, bytes): each has a title and no body
TITLE_ONLY = {
    "a line": ("headline.txt", b"Just a headline\n"),
    "a line and a blank line": ("headline2.txt", b"Just a headline\n\n"),
    "a line without its end": ("headline3.txt", b"Just a headline"),
    "an html heading": ("heading.html", b"<html><body><h1>Only a heading</h1></body></html>"),
    "an html title": ("titled.html", b"<html><head><title>Only a title</title></head>"
                                     b"<body></body></html>"),
}


@pytest.mark.parametrize("case", TITLE_ONLY)
def test_a_title_only_article_gets_a_report_that_says_there_is_no_body(tmp_path, capsys, case):
    from analysis.views.report import NO_BODY_NOTE

    path = make(tmp_path, *TITLE_ONLY[case])
    assert main(["report", str(path), "--out", str(tmp_path / "out")]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "a title and no body" in out
    page = (tmp_path / "out" / path.stem / "report.html").read_text(encoding="utf-8")
    assert NO_BODY_NOTE in page
    assert "<img" not in page  # every chart of the body is the one-line note instead


@pytest.mark.parametrize("case", TITLE_ONLY)
def test_a_title_only_article_is_compared_beside_others(tmp_path, capsys, case):
    path = make(tmp_path, *TITLE_ONLY[case])
    good = make(tmp_path, "good.txt", GOOD.encode())
    assert main(["compare", str(path), str(good), "--out", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err == ""
    page = (tmp_path / "out" / "compare.html").read_text(encoding="utf-8")
    assert "a title and no body: nothing to measure" in page
    assert (tmp_path / "out" / path.stem / "report.html").is_file()


@pytest.mark.parametrize("case", TITLE_ONLY)
def test_a_title_only_article_is_analysed_and_highlighted_in_python(tmp_path, case):
    from analysis import analyze, charts, highlight
    from analysis.views.charts.style import NO_BODY
    from analysis.views.report import render_page

    result = analyze(read_article(make(tmp_path, *TITLE_ONLY[case])))
    assert not result.has_body and result.article.title
    assert list(result.sentences.is_title) == [True] and result.attributions.empty
    assert result.article.title in highlight(result).html
    for name in ("feature_heatmap", "profile_chart", "sentiment_arc", "sentiment_by_paragraph",
                 "framing_by_paragraph", "hedging_by_paragraph", "sourcing_by_paragraph"):
        assert charts.alt_text(getattr(charts, name)(result)) == NO_BODY, name
    assert NO_BODY in render_page(result)


# --- encodings that are not text encodings, or that raise on what they cannot read -------------

ESCAPED = b"Title\n\nThe road \\x"  # a backslash escape cut off: unicode_escape raises
# encoding: (the file's bytes, the reason, what the line says)
ENCODING_CASES = {
    "rot13": (GOOD.encode(), "bad_encoding", "'rot13' is not a text encoding"),
    "base64": (GOOD.encode(), "bad_encoding", "'base64' is not a text encoding"),
    "hex": (GOOD.encode(), "bad_encoding", "'hex' is not a text encoding"),
    "zlib": (GOOD.encode(), "bad_encoding", "'zlib' is not a text encoding"),
    "bz2": (GOOD.encode(), "bad_encoding", "'bz2' is not a text encoding"),
    "quopri": (GOOD.encode(), "bad_encoding", "'quopri' is not a text encoding"),
    "punycode": (GOOD.encode(), "bad_encoding", "cannot be read as punycode: "),
    "undefined": (GOOD.encode(), "bad_encoding", "cannot be read as undefined: "),
    "idna": (b"Title\n\n\xff\xfe", "not_utf8", "not valid idna: byte 0xff"),
    "unicode_escape": (ESCAPED, "not_utf8", "not valid unicode_escape: "),
    "raw_unicode_escape": (b"Title\n\nThe road \\u12", "not_utf8",
                           "not valid raw_unicode_escape: "),
    "utf-7": (b"Title\n\nThe road +\xff", "not_utf8", "not valid utf-7: byte 0x2b"),
    "no-such-codec": (GOOD.encode(), "bad_encoding", "unknown encoding 'no-such-codec'"),
    "": (GOOD.encode(), "bad_encoding", "unknown encoding ''"),
    "utf\x00-8": (GOOD.encode(), "bad_encoding", "unknown encoding"),
}


@pytest.mark.parametrize("encoding", ENCODING_CASES)
def test_an_encoding_that_cannot_read_the_file_is_one_line(tmp_path, capsys, encoding):
    content, reason, message = ENCODING_CASES[encoding]
    path = make(tmp_path, "a.txt", content)
    with pytest.raises(InputError, match=message) as err:
        read_article(path, encoding=encoding)
    assert err.value.reason == reason and "\n" not in str(err.value)
    if "\x00" in encoding:
        return  # no process takes a NUL in its arguments
    assert main(["sentences", str(path), "--encoding", encoding]) == 2
    out, stderr = capsys.readouterr()
    assert out == "" and stderr.count("\n") == 1 and stderr.startswith(f"error: {path}: ")
    assert message in stderr


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@pytest.mark.parametrize("encoding", ENCODING_CASES)
def test_an_encoding_that_cannot_read_a_corpus_file_is_one_read_error(tmp_path, encoding,
                                                                      suffix):
    """The record is read, or it (or its file) is one error with a reason: never a
    traceback, whatever the codec raises."""
    content, reason, message = ENCODING_CASES[encoding]
    body = content.split(b"\n\n", 1)[1]
    data = (b'title,text\nT,"' + body + b'"\n' if suffix == ".csv"
            else b'{"title": "T", "text": "' + body.replace(b"\\", b"\\\\") + b'"}\n')
    problems = []
    articles = list(read_corpus(make(tmp_path, f"c{suffix}", data), encoding=encoding,
                                on_error=problems.append))
    assert len(articles) + len(problems) == 1
    assert all(p.reason in (reason, "bad_encoding") and "\n" not in str(p) for p in problems)
    if "encoding" in message:  # the name itself is refused, whatever the file holds
        assert message in str(problems[0])


# --- the Python API: a value of the wrong type is one line at the public edge ----------------

def _api():
    import analysis as A
    from analysis.views import charts, guide

    # function's name: a call of it with its main argument given as ``value``
    calls = {
        "analyze": A.analyze, "prepare": A.prepare, "sentence_table": A.sentence_table,
        "find_attributions": A.find_attributions, "find_hedges": A.find_hedges,
        "find_framing": A.find_framing, "find_sources": A.find_sources,
        "score_sentiment": A.score_sentiment,
        "saturation": A.saturation, "word_contributions": A.word_contributions,
        "article_summary": A.article_summary, "paragraph_profile": A.paragraph_profile,
        "attribution_view": A.attribution_view, "hedge_view": A.hedge_view,
        "framing_view": A.framing_view, "highlight": A.highlight,
        "reading_guide": guide.reading_guide, "profile_chart": charts.profile_chart,
        "feature_heatmap": charts.feature_heatmap, "sentiment_arc": charts.sentiment_arc,
        "concordance": lambda v: A.concordance(v, "may"),
        "read_article": A.read_article, "read_corpus": A.read_corpus,
        "readable": A.readable, "show": A.show, "unattributed_runs": A.unattributed_runs,
        "normalize": A.normalize, "split_paragraphs": A.split_paragraphs,
        "split_sentences": A.split_sentences, "explain_sentiment": A.explain_sentiment,
        "rests_on": A.rests_on, "Article.from_text": A.Article.from_text,
    }
    # functions that take many: the value as the whole (a str is not a list of them)
    many = {
        "sentence_frame": A.sentence_frame, "summary_table": A.summary_table,
        "compare": A.compare, "analyze_corpus": A.analyze_corpus,
        "iter_corpus": A.iter_corpus, "lexicon_valence": A.lexicon_valence,
    }
    return calls, many


TEXT_TAKERS = {"normalize", "split_paragraphs", "split_sentences", "explain_sentiment",
               "rests_on", "Article.from_text"}
PATH_TAKERS = {"read_article", "read_corpus"}
WRONG = {"a str": "Police said the bridge would open.", "None": None, "an int": 7,
         "bytes": b"Police said it.", "a list": ["Police said it."]}


@pytest.mark.parametrize("wrong", WRONG)
@pytest.mark.parametrize("name", list(_api()[0]))
def test_a_public_function_given_the_wrong_type_says_so_in_one_line(name, wrong):
    value = WRONG[wrong]
    if (name in TEXT_TAKERS and isinstance(value, str)) or (
            name in PATH_TAKERS and isinstance(value, str)):
        pytest.skip("the type it takes")
    with pytest.raises(InputError) as err:
        _api()[0][name](value)
    assert err.value.reason == "wrong_type" and "\n" not in str(err.value)
    assert str(err.value).startswith(f"{name}(): takes ")


@pytest.mark.parametrize("wrong", ["a str", "None", "an int", "bytes"])
@pytest.mark.parametrize("name", list(_api()[1]))
def test_a_function_of_many_given_one_value_says_so_in_one_line(name, wrong):
    with pytest.raises(InputError) as err:
        _api()[1][name](WRONG[wrong])
    assert err.value.reason == "wrong_type" and "\n" not in str(err.value)
    assert str(err.value).startswith(f"{name}(): takes ")


def test_analyze_given_a_string_names_the_constructor_for_raw_text():
    from analysis import analyze

    with pytest.raises(InputError) as err:
        analyze("Police said the bridge would open in May.")
    assert str(err.value) == (
        "analyze(): takes an Article (from analysis.read_article(path) or "
        "analysis.Article.from_text(text)) or a Document (from analysis.prepare(article)), not "
        "a str ('Police said the bridge would o'…); for raw text use "
        "analysis.Article.from_text(text), for a file analysis.read_article(path)")


@pytest.mark.parametrize("function", ["compare", "analyze_corpus", "summary_table"])
def test_a_list_with_one_wrong_item_is_refused_at_the_edge(function):
    import analysis

    article = analysis.Article.from_text(GOOD)
    items = {"compare": [article, 3], "analyze_corpus": [article, "text"],
             "summary_table": [analysis.analyze(article), article]}[function]
    call = getattr(analysis, function)
    with pytest.raises(InputError) as err:
        call(items, workers=1) if function == "analyze_corpus" else call(items)
    assert err.value.reason == "wrong_type"


# --- an empty path is not the current folder ------------------------------------------------

@pytest.mark.parametrize("path", ["", " ", "\t\n"])
def test_an_empty_path_is_one_line_not_the_current_folder(tmp_path, capsys, monkeypatch, path):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, "here.txt", GOOD.encode())  # what the current folder would have given
    for read in (read_article, read_corpus):
        with pytest.raises(InputError, match="an empty path") as err:
            read(path)
        assert err.value.reason == "not_found"
    for args in (["sentences", path], ["report", path, "--out", "out"],
                 ["corpus", path, "--out", "run", "--quiet"], ["compare", path, "here.txt"]):
        assert main(args) == 2
        assert capsys.readouterr().err == (f"error: {path!r}: an empty path: give a file, a "
                                           "folder or a pattern\n")
    assert not (tmp_path / "run").exists()
# --- a record or a name no output can hold ---------------------------------------------------

def test_records_with_lone_surrogates_are_one_row_each_and_the_rest_finish(tmp_path, capsys):
    """A JSON ``\\ud800`` escape in a text, a title or an id is refused (never silently
    altered): one errors.csv row each (``lone_surrogate``), on the process pool too, and every
    file the run writes is UTF-8."""
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "good1", "title": "One", "text": "The minister said it."}\n'
                     b'{"id": "t", "text": "Bad \\ud800 text. Police said so."}\n'
                     b'{"id": "i\\udbff", "text": "Police said so."}\n'
                     b'{"id": "h", "title": "\\udc80", "text": "Police said so."}\n'
                     b'{"id": "good2", "text": "A pair \\ud83d\\ude00 is a character. He said."}\n')
    out = tmp_path / "out"
    assert main(["corpus", str(path), "--out", str(out), "--workers", "2", "--batch-size", "1",
                 "--quiet"]) == 0
    assert "analysed 2, failed 3 (3 lone surrogate)" in capsys.readouterr().out
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False)
    assert errors.source.tolist() == [f"{path}:line {n}" for n in (2, 3, 4)]
    assert set(errors.reason) == {"lone_surrogate"} and set(errors.stage) == {"read"}
    assert pd.read_csv(out / "summary.csv").article_id.tolist() == ["good1", "good2"]
    for file in out.rglob("*"):
        if file.suffix in (".csv", ".json", ".html"):
            file.read_bytes().decode("utf-8")  # strict


def test_a_lone_surrogate_in_one_article_is_one_line(tmp_path, capsys):
    """A text decoded into a lone surrogate (UTF-7 can) is refused with one line, by every
    single-article command, before anything is written."""
    path = tmp_path / "u7.txt"
    path.write_bytes(b"Title\n\nThe minister said +2AA- the plan works.\n")
    for args in (["sentences", str(path)], ["report", str(path), "--out", str(tmp_path / "r")]):
        assert main([*args, "--encoding", "utf-7"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"error: {path}: holds a lone surrogate")
    assert not (tmp_path / "r" / "u7").exists()


def test_a_surrogate_html_entity_is_the_replacement_character_in_every_output(tmp_path):
    """``&#xd800;`` in HTML is U+FFFD, as the HTML standard says: the report is made, and every
    file of it is UTF-8."""
    path = tmp_path / "page.html"
    path.write_text("<h1>T</h1><p>Officials said &#xd800; the plan works.</p>", encoding="utf-8")
    assert "\ufffd" in read_article(path).text
    assert main(["report", str(path), "--out", str(tmp_path / "r")]) == 0
    files = list((tmp_path / "r" / "page").iterdir())
    assert {f.name for f in files} >= {"report.html", "sentences.csv", "run.json"}
    assert all("\ufffd" in f.read_bytes().decode("utf-8") for f in files
               if f.name in ("report.html", "sentences.csv"))


def _undecodable(folder, name: bytes):
    """A path in ``folder`` whose name holds bytes that are not UTF-8 (the test is skipped on a
    file system that refuses such names: macOS, Windows)."""
    path = folder / os.fsdecode(name)
    try:
        path.write_bytes(b"")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    path.unlink()
    return path


def test_a_file_name_that_is_not_utf8_gets_its_report_and_comparison_shown_escaped(tmp_path,
                                                                                   capsys):
    path = _undecodable(tmp_path, b"caf\xe9.txt")
    path.write_text(GOOD, encoding="utf-8")
    assert main(["report", str(path), "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    shown = str(tmp_path / "caf\\xe9.txt")
    assert out.startswith(f"{shown}: ") and "\udce9" not in out
    folder = tmp_path / "r" / "caf"
    manifest = json.loads((folder / "run.json").read_bytes().decode("utf-8"))
    assert manifest["input"]["path"] == manifest["source"] == shown
    (folder / "report.html").read_bytes().decode("utf-8")
    other = make(tmp_path, "other.txt", GOOD.encode())
    assert main(["compare", str(path), str(other), "--out", str(tmp_path / "c")]) == 0
    assert "\udce9" not in capsys.readouterr().out
    assert "caf\\xe9" in (tmp_path / "c" / "compare.html").read_bytes().decode("utf-8")


def test_a_corpus_with_names_that_are_not_utf8_is_read_written_and_shown_escaped(tmp_path,
                                                                                 capsys):
    """Files, records and the --out folder whose names are not UTF-8: every article is read,
    and every name is shown with its odd bytes as \\xNN — in errors.csv, run.json, the page
    and the lines printed; the folder itself has the name it was given."""
    folder = tmp_path / "in"
    folder.mkdir()
    article = _undecodable(folder, b"caf\xe9.txt")
    article.write_text(GOOD, encoding="utf-8")
    archive = folder / os.fsdecode(b"arch\xff.jsonl")
    archive.write_text('{"title": "A", "text": "Smith said it."}\n{broken\n', encoding="utf-8")
    out = _undecodable(tmp_path, b"run\xfe")
    assert main(["corpus", str(folder), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    printed = capsys.readouterr()
    assert "analysed 2, failed 1 (1 bad json)" in printed.out
    assert str(tmp_path / "run\\xfe") in printed.out and "\udcfe" not in printed.out
    assert out.is_dir()  # its real name
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False)
    assert errors.source.tolist() == [f"{folder}/arch\\xff.jsonl:line 2"]
    manifest = json.loads((out / "run.json").read_bytes().decode("utf-8"))
    assert sorted(i["path"] for i in manifest["inputs"]) == [
        f"{folder}/arch\\xff.jsonl", f"{folder}/caf\\xe9.txt"]
    assert manifest["options"]["out"] == str(tmp_path / "run\\xfe")
    page = (out / "corpus.html").read_bytes().decode("utf-8").replace("<wbr>", "")
    assert f"{folder}/arch\\xff.jsonl:line 2" in page
