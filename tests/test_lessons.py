"""The lessons are lessons: a header, learning goals, prose before code, solutions a student
opens when ready, nothing downloaded, no reusable logic defined in a cell, every lesson on the
start page."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ROOT

LESSONS = sorted((ROOT / "notebooks").glob("0*.ipynb"))
HEADER = ("**Description.**", "**Audience**", "**Time**", "**Prerequisites**", "**Data**")


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell) -> str:
    return "".join(cell["source"])


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_opens_with_its_header_and_goals(path):
    first = source(cells(path)[0])
    assert first.startswith("# ")
    for part in HEADER:
        assert part in first, f"{path.name}: the header has no {part}"
    assert "learn" in first.lower() or "will be able to" in first  # the goals


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_code_cell_follows_prose(path):
    previous = None
    for k, cell in enumerate(cells(path)):
        if cell["cell_type"] == "code":
            assert previous is not None, f"{path.name}: cell {k} is code with no prose before"
        previous = cell["cell_type"]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_solutions_are_hidden_until_a_student_opens_them(path):
    solutions = [c for c in cells(path) if c["cell_type"] == "code"
                 and source(c).lstrip().startswith("# Solution")]
    for cell in solutions:
        hidden = cell["metadata"].get("jupyter", {})
        assert hidden.get("source_hidden") and hidden.get("outputs_hidden"), (
            f"{path.name}: a solution is shown under its exercise")
        assert "solution" in cell["metadata"].get("tags", [])
    if solutions:
        prose = " ".join(source(c) for c in cells(path) if c["cell_type"] == "markdown")
        assert "hidden" in prose, f"{path.name}: the students are not told how to open them"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_cells_import_from_the_package_and_download_nothing(path):
    for cell in cells(path):
        if cell["cell_type"] != "code":
            continue
        code = source(cell)
        assert not re.search(r"^\s*(def|class) ", code, re.MULTILINE), (
            f"{path.name}: reusable logic belongs in analysis/, not in a cell:\n{code}")
        assert "pip install" not in code and "nltk.download" not in code


def test_the_start_page_lists_every_lesson():
    start = " ".join(source(c) for c in cells(ROOT / "notebooks" / "00_start_here.ipynb"))
    for path in LESSONS[1:]:
        assert f"`{path.name}`" in start, f"00_start_here does not list {path.name}"


# ---------------------------------------------------------------------------------------------
# The 90-minute class path: the sections docs/teaching.md names are marked in their lessons,
# listed on the start page with the same minutes, fit those minutes, and need no pandas.

MARK = "⏱ **90-minute class:**"
#: What a cell on the class path may not ask of a media-literacy student: pandas indexing,
#: grouping, reshaping, loops over rows.
PANDAS = re.compile(r"\.loc\b|\.iloc\b|groupby|value_counts|\.merge\(|\.query\(|\.assign\(|"
                    r"set_index|reset_index|itertuples|iterrows|\[\[|pd\.|\.str\.|\.map\(|"
                    r"nsmallest|nlargest|idxmax|idxmin|\bfor\b")
#: A student's pace: words of prose read per minute, minutes per code cell (run it, look).
WORDS_PER_MINUTE, MINUTES_PER_CELL = 120, 1.5


def sections(path) -> dict[str, list[tuple[str, str]]]:
    """The lesson's ``## `` sections by number ("2", "5") or title, each a list of
    ``(cell_type, text)``; a markdown cell is split where a heading starts."""
    found: dict[str, list[tuple[str, str]]] = {}
    current = None
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "code":
            if current is not None:
                found[current].append(("code", text))
            continue
        for part in re.split(r"(?m)^(?=## )", text):
            heading = re.match(r"## (?:(\d+)\. )?(.*)", part)
            if heading:
                current = heading.group(1) or heading.group(2).strip()
                found[current] = []
            if current is not None:
                found[current].append(("markdown", part))
    return found


def teaching_path() -> list[tuple[int, list[tuple[str, str]]]]:
    """The rows of the teaching guide's session table: minutes, and the (lesson, section)
    pairs its material names (``lesson 02 §4``, ``lesson 05 §1–§4``, the start page)."""
    text = (ROOT / "docs" / "teaching.md").read_text(encoding="utf-8")
    table = text.split("## The session (90 minutes)")[1].split("\n## ")[0]
    rows = []
    for line in table.splitlines():
        time = re.match(r"\| (\d+)–(\d+) \|", line)
        if not time:
            continue
        minutes = int(time.group(2)) - int(time.group(1))
        material = line.rsplit("|", 2)[-2]
        refs = []
        for lesson, first, last in re.findall(r"lesson (\d\d) §(\d)(?:–§(\d))?", material):
            refs += [(lesson, str(k)) for k in range(int(first), int(last or first) + 1)]
        if "00_start_here" in material:
            refs.append(("00", "The whole picture in two calls"))
        rows.append((minutes, refs))
    return rows


def lesson(number: str):
    return next((ROOT / "notebooks").glob(f"{number}_*.ipynb"))


def test_the_class_path_fills_ninety_minutes_and_names_real_sections():
    rows = teaching_path()
    assert sum(minutes for minutes, _ in rows) == 90
    named = [ref for _, refs in rows for ref in refs]
    assert len(named) >= 6
    for number, section in named:
        assert section in sections(lesson(number)), f"lesson {number} has no section {section}"


def test_every_section_on_the_path_is_marked_and_every_marked_one_is_on_it():
    named = {ref for _, refs in teaching_path() for ref in refs}
    marked = {(path.stem[:2], key) for path in LESSONS for key, parts in sections(path).items()
              if any(MARK in text for kind, text in parts if kind == "markdown")}
    assert marked == named


def test_the_start_page_lists_the_same_path():
    start = " ".join(source(c) for c in cells(lesson("00")))
    table = start.split("## The 90-minute class path")[1].split("\n## ")[0]
    minutes = [int(m) for m in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)]
    assert minutes == [m for m, _ in teaching_path()]
    for number, section in {ref for _, refs in teaching_path() for ref in refs} - {
            ("00", "The whole picture in two calls")}:
        assert re.search(rf"`{number}_\w+\.ipynb` §(\d–§)?\d*", table), number
        assert section in re.findall(rf"`{number}_\w+\.ipynb` §(\d)", table) or section in [
            str(k) for a, b in re.findall(rf"`{number}_\w+\.ipynb` §(\d)–§(\d)", table)
            for k in range(int(a), int(b) + 1)], (number, section)


def test_the_path_fits_its_minutes_and_needs_no_pandas():
    for minutes, refs in teaching_path():
        needed = 0.0
        for number, section in refs:
            for kind, text in sections(lesson(number))[section]:
                if kind == "code":
                    assert not PANDAS.search(text), (
                        f"lesson {number} §{section} asks for pandas:\n{text}")
                    needed += MINUTES_PER_CELL
                else:
                    needed += len(text.split()) / WORDS_PER_MINUTE
        assert needed <= minutes, (refs, round(needed, 1), minutes)
