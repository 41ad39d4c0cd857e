"""Tables for readers in a notebook: :func:`show` picks, filters and sorts the rows of any
table of the workbook by name, and shows them with each column's label — the same table the
reports show — so that a lesson needs no pandas to read its results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.errors import A_FRAME, expect
from analysis.schema import readable
from analysis.views.page import table

#: The most rows :func:`show` shows unless asked for more.
SHOWN_ROWS = 60


@dataclass(frozen=True)
class Table:
    """A table to look at: renders as HTML in JupyterLab (labels for readers, numbers
    rounded, long text wrapped) and prints as text. ``frame`` is the data, with its names."""

    frame: pd.DataFrame
    total: int
    decimals: int = 2

    def _repr_html_(self) -> str:
        note = (f"<p>{len(self.frame)} of {self.total} rows.</p>"
                if len(self.frame) < self.total else "")
        return table(self.frame, decimals=self.decimals, max_rows=len(self.frame)) + note

    def __repr__(self) -> str:
        shown = readable(self.frame.round(self.decimals))
        text = shown.to_string(index=False, max_colwidth=60)
        if len(self.frame) < self.total:
            text += f"\n({len(self.frame)} of {self.total} rows)"
        return text

    def __len__(self) -> int:
        return len(self.frame)


def show(frame: pd.DataFrame, columns: Sequence[str] | None = None, *,
         where: str | None = None, sort: str | None = None, descending: bool = False,
         rows: int = SHOWN_ROWS, decimals: int = 2) -> Table:
    """The rows of ``frame`` to read: only ``columns`` (all if not given), only the rows
    where the boolean column ``where`` is true, sorted by ``sort`` (ascending unless
    ``descending``), at most ``rows`` of them — each column headed by its label for readers.

    ``show(result.sentences, ["paragraph_id", "text"], where="unattributed_assertion")``
    lists the sentences that assert with no source; ``show(result.sentences,
    ["paragraph_id", "compound", "text"], sort="compound", rows=5)`` the five most negative.
    """
    expect(frame, pd.DataFrame, function="show", wanted=A_FRAME)
    for name in [*(columns or []), where, sort]:
        if name is not None and name not in frame.columns:
            raise KeyError(f"no column {name!r}; the table has {list(frame.columns)}")
    picked = frame
    if where is not None:
        picked = picked[picked[where].astype(bool)]
    if sort is not None:
        picked = picked.sort_values(sort, ascending=not descending, kind="stable")
    if columns is not None:
        picked = picked[list(columns)]
    return Table(picked.head(rows).reset_index(drop=True), len(picked), decimals)
