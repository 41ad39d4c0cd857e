"""Every lexicon loads and is checked against its spec; a broken row fails loudly, naming the
file, the line and the bad value."""

from __future__ import annotations

import functools

import pytest

from analysis import lexicons
from analysis.errors import PackageDataError
from analysis.lexicons import SPECS, load, names, terms, words


def test_every_file_has_a_spec_and_every_spec_a_file():
    assert names() == sorted(SPECS)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_lexicon_loads_with_term_first_and_source_last(name):
    rows = load(name)
    assert rows, f"{name}.csv is empty"
    assert list(rows[0]) == list(SPECS[name].header)
    assert next(iter(rows[0])) == "term" and list(rows[0])[-1] == "source"
    assert all(r["term"].strip() and r["source"].strip() for r in rows)


@pytest.fixture
def broken(monkeypatch):
    """Load a lexicon from an edited copy of its file: ``broken(name, old, new)``."""
    from importlib import resources

    def load_edited(name: str, old: str, new: str, count: int = 1) -> None:
        raw = (resources.files("analysis.lexicons") / f"{name}.csv").read_text("utf-8")
        assert old in raw, old
        edited = raw.replace(old, new, count)

        class File:
            def read_text(self, encoding):
                return edited

        class Folder:
            def __truediv__(self, other):
                return File()

        monkeypatch.setattr(lexicons.resources, "files", lambda package: Folder())
        uncached = functools.cache(lexicons.load.__wrapped__)
        return uncached(name)

    return load_edited


@pytest.mark.parametrize("name, old, new, message", [
    # the review's hand-made bug: "say" needing "anyy" passed all 530 tests
    ("attribution_cues", "say,verb,speech,any,", "say,verb,speech,anyy,",
     r"attribution_cues.csv:2: needs 'anyy' is not one of any, as, complement, content, "
     r"document_subject, object, proposal, source_subject for kind 'verb'"),
    # a verb's needs on a phrase is as wrong as a typo
    ("attribution_cues", "according to,phrase,speech,source_after",
     "according to,phrase,speech,content", r"needs 'content' is not one of .* for kind 'phrase'"),
    ("attribution_cues", "say,verb,", "say,verbb,", r":2: kind 'verbb' is not one of"),
    ("attribution_cues", ",recipient,", ",recipeint,", r"frames 'recipeint' is not one of"),
    ("attribution_cues", "say,verb,speech,", "say,verb,speach,", r"category 'speach'"),
    ("hedges", "may,modal,", "may,modal_verb,", r"hedges.csv:2: pos 'modal_verb' is not one of"),
    ("boosters", "clearly,adverb,certainty", "clearly,adverb,certainly", r"category 'certainly'"),
    ("sources", "\nsource,anonymous,", "\nsource,anonymus,", r"category 'anonymus'"),
    ("abbreviations", "term,category,source", "abbreviation,category,source",
     r"abbreviations.csv:1: header \['abbreviation', 'category', 'source'\]"),
    ("hedges", "\nmay,modal,epistemic_modal,", "\nmay,modal,,", r":2: empty 'category'"),
    ("boosters", "\nclearly,adverb,certainty,", "\n,adverb,certainty,", r"boosters.csv:2: empty "
     r"'term'"),
    ("boosters", "\nclearly,adverb,certainty,", "\nclearly,adverb,", r"boosters.csv:2: "
     r"expected 4 fields"),
])
def test_a_broken_row_is_a_package_data_error_naming_file_line_and_value(broken, name, old,
                                                                         new, message):
    with pytest.raises(PackageDataError, match=message):
        broken(name, old, new)


def test_an_entry_twice_under_one_category_is_refused(broken):
    with pytest.raises(PackageDataError, match=r"hedges.csv:3: 'may' repeats line 2"):
        broken("hedges", "\nmight,modal,", "\nmay,modal,")


def test_an_unknown_lexicon_or_category_is_a_clear_error():
    with pytest.raises(PackageDataError, match="no such lexicon; known: abbreviations"):
        load("no-such-list")
    with pytest.raises(PackageDataError, match="no category weasle in its spec"):
        terms("hedges", "weasle")
    assert not issubclass(PackageDataError, ValueError)  # not the user's bad input


def test_terms_and_words_select_by_category():
    titles = terms("abbreviations", "title")
    assert "Mr." in titles and "Jan." not in titles
    assert words("abbreviations", "title") == {t.lower() for t in titles}
    assert len(terms("abbreviations")) == len(load("abbreviations"))


def test_abbreviations_cover_the_issue_list():
    abbreviations = set(terms("abbreviations"))
    for needed in ["Mr.", "Lt.", "Col.", "Gen.", "Jan.", "Calif.", "U.S.", "p.m.", "e.g.",
                   "i.e.", "No."]:
        assert needed in abbreviations


def test_words_that_end_sentences_are_not_abbreviations():
    assert not words("abbreviations") & {"ill.", "mass.", "wash.", "miss.", "me.", "may."}
