from __future__ import annotations

import gzip
import json
import warnings

import pytest

from analysis import (
    BadInputWarning,
    DuplicateIdWarning,
    InputError,
    read_article,
    read_corpus,
    sentence_table,
)


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_seed_reads_with_title(seed):
    assert seed.title.startswith("Ukrainian Mobilization Tempos Decline")
    assert len(seed.paragraphs) == 25
    assert seed.source.endswith(".txt")


def test_html_gives_the_visible_text_of_block_elements(tmp_path):
    page = write(tmp_path / "a.html", """<!doctype html><html><head><title>Page</title>
        <style>p {color: red}</style><script>alert("x")</script></head><body>
        <nav>Home</nav><h1>Strikes &amp; mobilization</h1>
        <p>First <b>bold</b> paragraph.<br>Same block, new line.</p>
        <!-- a comment --><p>Second
        paragraph &lt;script&gt; as text.</p><ul><li>An item.</li></ul></body></html>""")
    article = read_article(page)
    assert article.title == "Strikes & mobilization"
    assert [p.text for p in article.paragraphs[1:]] == [
        "First bold paragraph.", "Same block, new line.",
        "Second paragraph <script> as text.", "An item.",
    ]
    assert "alert" not in article.text and "color" not in article.text


def test_html_without_h1_uses_its_title(tmp_path):
    page = write(tmp_path / "a.htm", "<title>The headline</title><p>Body.</p>")
    assert read_article(page).title == "The headline"


def test_html_without_visible_text_is_an_error(tmp_path):
    page = write(tmp_path / "a.html", "<script>only()</script>")
    with pytest.raises(InputError, match=r"no visible text in this \.html file"):
        read_article(page)


def test_markdown_markup_is_removed(tmp_path):
    md = write(tmp_path / "a.md", "# The *headline*\n\nA [link](http://x.org) and **bold** "
               "text.\n\n> A quoted paragraph.\n\n- a list item")
    article = read_article(md)
    assert [p.text for p in article.paragraphs] == [
        "The headline", "A link and bold text.", "A quoted paragraph.", "a list item"]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder: analyse its articles with the corpus command"),
        (lambda d: write(d / "empty.txt", ""), "no text"),
        (lambda d: write(d / "blank.txt", "  \n\n \t"), "no text"),
        (lambda d: write(d / "latin.txt", "caf\u00e9", "latin-1"), "pass --encoding cp1252"),
    ],
)
def test_read_article_errors_name_the_file(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(InputError, match=message) as err:
        read_article(path)
    assert str(err.value).startswith(str(path))


def test_encoding_option(tmp_path):
    path = write(tmp_path / "latin.txt", "Caf\u00e9 news\n\nIt was open.", "latin-1")
    assert read_article(path, encoding="latin-1").title == "Caf\u00e9 news"


def test_corpus_from_a_folder_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", "B title\n\nB body.")
    write(tmp_path / "a.md", "# A title\n\nA body.")
    write(tmp_path / "notes.pdf", "ignored: not an article format")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "c.txt", "hidden\n\nignored")
    assert [a.title for a in read_corpus(tmp_path)] == ["A title", "B title"]


def test_corpus_from_a_glob(tmp_path):
    for name in ["x1.txt", "x2.txt", "y.txt"]:
        write(tmp_path / name, f"{name}\n\nBody.")
    assert [a.title for a in read_corpus(str(tmp_path / "x*.txt"))] == ["x1.txt", "x2.txt"]


def test_corpus_from_csv_keeps_other_columns_as_metadata(tmp_path):
    path = write(tmp_path / "c.csv", 'id,title,text,date\n7,"T one","Body, with\n\nbreaks.",'
                 '2019-01-04\n,T two,Other body.,2020\n')
    one, two = read_corpus(path)
    assert (one.article_id, one.title, one.metadata) == ("7", "T one", {"date": "2019-01-04"})
    assert [p.text for p in one.paragraphs] == ["T one", "Body, with", "breaks."]
    assert len(two.article_id) == 12  # no id: the stable hash


def test_corpus_from_jsonl_gz(tmp_path):
    lines = [{"id": 1, "title": "A", "text": "First.", "category": "politics"},
             {"id": 2, "title": "B", "text": "Second."}]
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(x) for x in lines).encode()))
    articles = list(read_corpus(path))
    assert [(a.article_id, a.title, a.metadata) for a in articles] == [
        ("1", "A", {"category": "politics"}), ("2", "B", {})]


def test_one_bad_record_is_reported_and_the_rest_finish(tmp_path):
    path = write(tmp_path / "c.jsonl", '{"title": "A", "text": "Fine."}\n{broken\n'
                 '{"title": "C", "text": ""}\n[1]\n{"title": "D", "text": "Also fine."}\n')
    errors = []
    titles = [a.title for a in read_corpus(path, on_error=errors.append)]
    assert titles == ["A", "D"]
    assert [str(e).split(": ")[0] for e in errors] == [f"{path}:line {n}" for n in (2, 3, 4)]
    assert "not valid JSON" in str(errors[0]) and "no text" in str(errors[1])


def test_bad_files_in_a_folder_warn_by_default(tmp_path):
    write(tmp_path / "good.txt", "Good\n\nBody.")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "nocol.csv", "title,body\nx,y\n")
    (tmp_path / "fake.jsonl.gz").write_bytes(b"not gzip at all")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        titles = [a.title for a in read_corpus(tmp_path)]
    assert titles == ["Good"]
    messages = sorted(str(w.message) for w in caught if w.category is BadInputWarning)
    assert len(messages) == 3
    assert "empty.txt: no text" in messages[0]
    assert "fake.jsonl.gz: is not a valid gzip file" in messages[1]
    assert "nocol.csv: a corpus CSV needs a 'text' column; it has ['title', 'body']" in messages[2]


@pytest.mark.parametrize("target, message", [("nothing-here", "no such file or folder"),
                                             ("*.nomatch", "the pattern matches no file")])
def test_corpus_path_errors(tmp_path, target, message):
    with pytest.raises(InputError, match=message):
        list(read_corpus(str(tmp_path / target)))


@pytest.mark.corpus
def test_wikinews_corpora_every_record_is_read_or_reported(corpora):
    """7,327 + 171 + 124 records; 1,029 of the JSON-lines records have an empty text (only a
    title): each is reported, none silently dropped, none turned into a title-only article."""
    counts, errors = {}, []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for name in ["wikinews_2019.csv", "wikinews_2020.csv", "wikinews_2004_2018.jsonl.gz"]:
            articles = read_corpus(corpora / name, on_error=errors.append)
            counts[name] = sum(1 for a in articles if len(sentence_table(a)) > 1)
    assert counts == {"wikinews_2019.csv": 171, "wikinews_2020.csv": 124,
                      "wikinews_2004_2018.jsonl.gz": 6298}
    assert len(errors) == 1029
    assert all("no text: the record's 'text' is empty" in str(e) for e in errors)
    assert {e.reason for e in errors} == {"no_text"}
    # the archive gives 234 ids twice: kept, renamed, said once
    assert [(w.category, w.message.count) for w in caught] == [(DuplicateIdWarning, 234)]


# --- Markdown: front matter is metadata, code is not text -----------------------------------

def test_markdown_front_matter_is_metadata_and_its_title_the_title(tmp_path):
    """It became the title ('---') and text ('title: …', 'date: …')."""
    md = write(tmp_path / "a.md", "---\ntitle: Dam breaks\ndate: 2019-01-04\nauthor: Sam Reyes\n"
               "---\n\nWater rose **fast**.\n\n    print('code')\n\nResidents fled.")
    article = read_article(md)
    assert article.title == "Dam breaks"
    assert article.metadata == {"date": "2019-01-04", "author": "Sam Reyes"}
    assert [p.text for p in article.paragraphs] == ["Dam breaks", "Water rose fast.",
                                                    "Residents fled."]
    assert "print" not in article.text and "---" not in article.text


def test_a_front_matter_title_and_the_same_heading_make_one_title(tmp_path):
    md = write(tmp_path / "a.md", "---\ntitle: Dam breaks\n---\n# Dam breaks\n\nText.")
    assert [p.text for p in read_article(md).paragraphs] == ["Dam breaks", "Text."]


def test_without_has_title_the_front_matter_title_stays_metadata(tmp_path):
    md = write(tmp_path / "a.md", "---\ntitle: Dam breaks\n---\nWater rose.\n\nThey fled.")
    article = read_article(md, has_title=False)
    assert article.title is None and article.metadata == {"title": "Dam breaks"}
    assert [p.text for p in article.paragraphs] == ["Water rose.", "They fled."]


def test_markdown_of_code_alone_has_no_visible_text(tmp_path):
    md = write(tmp_path / "a.md", "---\ntitle: Only code\n---\n```\nx = 1\n```\n")
    with pytest.raises(InputError, match=r"no visible text in this \.md file") as err:
        read_article(md)
    assert err.value.reason == "empty"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PROSE = st.sampled_from([
    "The minister said the bridge would open in May.", "Officials of the U.N. agency said so.",
    "'Where are they?' asked a neighbour.", "It is *very* late.", "A [link](http://x.org) here.",
    "# A heading", "- a list item", "> a quotation", "1984", "By Sam Reyes",
])
_CODE = st.sampled_from([
    "```\nsecret_code()\n```", "~~~python\nsecret_code()\n~~~", "    secret_code()",
    "\tsecret_code()",
])
_FRONT = st.sampled_from(["", "---\ntitle: Front title\n---\n",
                          "---\ntitle: 'Front title'\ntags: [a, b]\n---\n",
                          "---\ndate: 2019-01-04\n...\n"])


@settings(max_examples=200, deadline=None)
@given(_FRONT, st.lists(st.tuples(_PROSE, st.booleans(), _CODE), min_size=1, max_size=8))
def test_markdown_offsets_index_the_text_after_front_matter_and_code(tmp_path_factory, front,
                                                                    blocks):
    """Whatever front matter and code a Markdown file has, every paragraph and sentence
    indexes article.text, no code and no front matter is in it, and the prose is."""
    md = front + "\n\n".join(prose + (f"\n\nThe code:\n\n{code}" if with_code else "")
                             for prose, with_code, code in blocks) + "\n\n```\nsecret_code()"
    # (an unclosed fence runs to the end: it can only come last)
    path = tmp_path_factory.mktemp("md") / "a.md"
    path.write_text(md, encoding="utf-8")
    article = read_article(path)
    assert "secret_code" not in article.text and "---" not in article.text
    assert "title:" not in article.text and "date:" not in article.text
    if "Front title" in front:
        assert article.title == "Front title"
    for p in article.paragraphs:
        assert article.text[p.start_char:p.end_char] == p.text
    for row in sentence_table(article).itertuples():
        assert article.text[row.start_char:row.end_char] == row.text
    assert "The minister said" in article.text or all(
        p != "The minister said the bridge would open in May." for p, _, _ in blocks)
