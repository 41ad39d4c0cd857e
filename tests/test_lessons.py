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
