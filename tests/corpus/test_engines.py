"""Where batches run: this process, local processes, or Dask — in input order every time."""

from __future__ import annotations

import builtins

import pytest

from analysis import Article
from analysis.corpus.engines import default_workers, run
from analysis.errors import DependencyError


def batches(n: int):
    texts = ["Storm\n\nOfficials said the river rose.", "Calm\n\nNothing happened today.",
             "Vote\n\n\"It is close,\" the mayor said."]
    return [(k, [Article.from_text(texts[k % 3], article_id=f"a{k}")]) for k in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers):
    results = list(run(batches(7), engine="processes", workers=workers, form="columns"))
    assert [r.index for r in results] == list(range(7))
    assert [r.tables["summary"]["article_id"] for r in results] == [[f"a{k}"] for k in range(7)]


def test_default_workers_are_this_process_s_cores():
    assert default_workers() >= 1


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine 'spark'; choose from processes, dask"):
        list(run(batches(1), engine="spark", workers=1))


def test_the_dask_engine_without_dask_is_one_clear_line(monkeypatch):
    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith(("dask", "distributed")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(DependencyError, match=r"pip install 'analysis\[dask\]'"):
        list(run(batches(1), engine="dask", workers=1))
