from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.evaluate.brat import find_annotations, read_ann
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "brat"


def test_reads_spans_events_and_discontinuous_fragments():
    grouped = find_annotations(FIXTURES / "news")
    heat = next(v[0] for k, v in grouped.items() if k.stem == "heatwave")
    text = heat.text_path.read_text()
    content = next(s for s in heat.of("Content") if len(s.fragments) == 2)
    assert [text[s:e] for s, e in content.fragments] == [
        "We are treating people in corridors", "It is not safe."]
    assert {"cue", "source", "content"} <= set(heat.events[0])
    assert [text[c.fragments[0][0] : c.fragments[0][1]] for c in heat.of("Cue")][:2] == [
        "reported", "told"]


def test_texts_in_a_sibling_folder_and_several_annotators():
    grouped = find_annotations(FIXTURES / "two_annotators")
    assert sorted(p.name for p in grouped) == ["heatwave.txt", "vague_sourcing.txt"]
    assert all(p.parent.name == "text" for p in grouped)
    assert sorted(a.annotator for a in next(iter(grouped.values()))) == [
        "annotator_a", "annotator_b"]


def write(folder, ann, text="Smith said it rained."):
    (folder / "doc.txt").write_text(text)
    (folder / "doc.ann").write_text(ann)
    return folder / "doc.ann"


@pytest.mark.parametrize(
    "ann, message",
    [
        ("T1\tCue 6 10\n", None),  # the text column is optional
        ("T1\tCue 6 100\tsaid\n", "span 6-100 lies outside the text"),
        ("T1\tCue six ten\tsaid\n", "offsets must be 'start end' pairs"),
        ("T1 Cue 6 10\n", "a T line needs an id, a tab"),
        ("E1\n", "an E line needs an id, a tab"),
        ("T1\tSource 0 5\tSmith\nA1\tSourceType T1 person\n", "TYPE one of named_person"),
        ("T1\tSource 0 5\tSmith\nA1\tSourceType T1\n", "a SourceType line is"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path, ann, message):
    path = write(tmp_path, ann)
    if message is None:
        assert read_ann(path, tmp_path / "doc.txt", "a").of("Cue")[0].fragments == ((6, 10),)
        return
    with pytest.raises(InputError, match=message) as err:
        read_ann(path, tmp_path / "doc.txt", "a")
    line = ann.count("\n")  # the bad line is the last
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_other_labels_are_read_past(tmp_path):
    path = write(tmp_path, "T1\tPerson 0 5\tSmith\nT2\tCue 6 10\tsaid\nR1\tRel Arg1:T1 Arg2:T2\n")
    ann = read_ann(path, tmp_path / "doc.txt", "a")
    assert list(ann.spans) == ["T2"]


def test_source_types_are_read_and_must_name_a_span(tmp_path):
    path = write(tmp_path, "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\n"
                           "A1\tSourceType T1 named_person\nA2\tNegation T2\n")
    assert read_ann(path, tmp_path / "doc.txt", "a").types == {"T1": "named_person"}
    path = write(tmp_path, "T1\tSource 0 5\tSmith\nA1\tSourceType T9 vague\n")
    with pytest.raises(InputError, match="names T9, which is no span"):
        read_ann(path, tmp_path / "doc.txt", "a")


def test_missing_text_and_empty_folder(tmp_path):
    (tmp_path / "lonely.ann").write_text("T1\tCue 0 1\tx\n")
    with pytest.raises(InputError, match="no text for it"):
        find_annotations(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"holds no \.ann files"):
        find_annotations(empty)


def test_entity_lines_are_read_and_checked(tmp_path):
    """``A… Entity T… ID`` as in the genre fixtures: two mentions with one id are one entity."""
    text = "Clapper said it. He said more."
    path = write(tmp_path, "T1\tSource 0 7\tClapper\nT2\tSource 17 19\tHe\n"
                           "A1\tSourceType T1 named_person\nA2\tEntity T1 James_Clapper\n"
                           "A3\tSourceType T2 named_person\nA4\tEntity T2 James_Clapper\n", text)
    ann = read_ann(path, tmp_path / "doc.txt", "a")
    assert ann.entities == {"T1": "James_Clapper", "T2": "James_Clapper"}
    path = write(tmp_path, "T1\tSource 0 7\tClapper\nA1\tEntity T1\n", text)
    with pytest.raises(InputError, match=r"doc.ann:2: an Entity line is 'A<n><TAB>Entity T<k> ID'"):
        read_ann(path, tmp_path / "doc.txt", "a")
    path = write(tmp_path, "T1\tSource 0 7\tClapper\nA1\tEntity T4 James_Clapper\n", text)
    with pytest.raises(InputError, match=r"\(Entity\) names T4, which is no span"):
        read_ann(path, tmp_path / "doc.txt", "a")
