"""What every HTML page of the workbook shares: the shell, the style, charts and tables.

A page needs no network and runs no script: charts are embedded as SVG data, styles are in
the page, and a Content-Security-Policy forbids scripts and outside resources, so even text
that slipped past escaping could not run. All article text is escaped (DESIGN decision 7).

Charts are SVG (sharp at any size, on a projector too), drawn at the width of the page's column
at 1024 pixels, each with alt text that states its finding. Tables carry each column's label
for readers (:data:`analysis.schema.LABELS`), wrap instead of scrolling sideways, and show at
most :data:`MAX_TABLE_ROWS` rows: the CSV beside the page has them all.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Sequence
from urllib.parse import quote

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from analysis.schema import readable
from analysis.views.charts.style import RC, alt_text
from analysis.views.palette import QUIET_TEXT, TEXT

#: The policy of every page the workbook writes: no script, nothing fetched, inline styles and
#: embedded images only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
#: The most rows a table on a page shows.
MAX_TABLE_ROWS = 500

STYLE = f"""
body {{ font-family: system-ui, sans-serif; margin: 0; color: {TEXT}; background: #fff;
        font-size: 16px; line-height: 1.45; }}
main {{ max-width: 1100px; margin: 0 auto; padding: 1.5em 2em 4em; }}
h1 {{ font-family: Georgia, serif; font-size: 1.6em; margin: 0.2em 0; }}
.meta, .note {{ color: {QUIET_TEXT}; font-size: 0.95em; }}
section {{ margin-top: 2em; }}
h2 {{ font-size: 1.2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }}
.guide li {{ margin: 0.25em 0; }}
img {{ max-width: 100%; height: auto; display: block; }}
table {{ border-collapse: collapse; font-size: 0.9em; width: 100%; table-layout: auto; }}
th, td {{ border-bottom: 1px solid #e4e4e4; padding: 0.3em 0.5em; text-align: left;
         vertical-align: top; overflow-wrap: break-word; }}
th {{ background: #f6f6f6; font-weight: 600; font-size: 0.95em; hyphens: auto; }}
td.num, th.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
footer {{ margin-top: 3em; color: {QUIET_TEXT}; font-size: 0.9em; }}
"""


def figure(fig: Figure, *, alt: str | None = None) -> str:
    """``fig`` as an ``<img>`` of embedded SVG data, its ``alt`` text the chart's finding and
    what it shows (:func:`~analysis.views.charts.style.alt_text`) unless another is given."""
    buffer = io.BytesIO()
    with mpl.rc_context(RC):  # the same ids and glyphs on every run: pages stay byte-stable
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    width, height = (round(v * 96) for v in fig.get_size_inches())
    text = alt_text(fig) if alt is None else alt
    return (f'<img alt="{html.escape(text, quote=True)}" width="{width}" height="{height}" '
            f'src="data:image/svg+xml;base64,{data}">')


def table(frame: pd.DataFrame, *, csv: str | None = None, decimals: int = 2,
          max_rows: int = MAX_TABLE_ROWS, labelled: bool = True,
          links: Sequence[str | None] | None = None, link_column: str = "article_id") -> str:
    """``frame`` as an escaped HTML table with each column's label for readers (its headers
    as they are, if not ``labelled``), numbers rounded and right-aligned, at most ``max_rows``
    rows (a note names ``csv``, the file that has them all). With ``links`` (one relative
    address or ``None`` per row), each row's ``link_column`` cell links to its address."""
    shown = frame.head(max_rows)
    numeric = {c for c in shown.columns if pd.api.types.is_numeric_dtype(shown[c])
               and not pd.api.types.is_bool_dtype(shown[c])}
    labels = readable(shown).columns if labelled else shown.columns
    head = "".join(f'<th{_num(c in numeric)}>{html.escape(str(lab))}</th>'
                   for c, lab in zip(shown.columns, labels, strict=True))
    if links is not None and len(links) != len(frame):
        raise ValueError(f"{len(links)} links for {len(frame)} rows")
    rows = []
    for k, values in enumerate(shown.itertuples(index=False)):
        cells = []
        for c, v in zip(shown.columns, values, strict=True):
            text = breakable(_cell(v, decimals))
            link = links[k] if links is not None and c == link_column else None
            if link:
                text = f'<a href="{html.escape(quote(link), quote=True)}">{text}</a>'
            cells.append(f"<td{_num(c in numeric)}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    note = ""
    if len(frame) > max_rows:
        where = f" {html.escape(csv)} beside this page has them all" if csv else ""
        note = (f'<p class="note">The first {max_rows:,} of {len(frame):,} rows;{where}.</p>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{note}"


#: A run of characters without a space longer than this (a web address, say) may break.
LONGEST_WORD = 16


def breakable(text: str) -> str:
    """``text`` escaped, with a ``<wbr>`` (a place a line may break) every
    :data:`LONGEST_WORD` characters of any longer run without a space, so that no cell can
    widen its table past the page."""
    parts = []
    for word in re.split(r"(\s+)", text):
        chunks = [word[k:k + LONGEST_WORD] for k in range(0, len(word), LONGEST_WORD)] or [""]
        parts.append("<wbr>".join(html.escape(chunk) for chunk in chunks))
    return "".join(parts)


def _num(numeric: bool) -> str:
    return ' class="num"' if numeric else ""


def _cell(value: object, decimals: int) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{round(value, decimals) + 0.0:.{decimals}f}"  # + 0.0: never "-0.00"
    return str(value)


def document(title: str, body: str, *, style: str = "") -> str:
    """A complete page: UTF-8, the policy that forbids scripts, the style (and ``style``,
    a page's own rules), ``body`` (HTML) in ``<main>``; ``title`` is escaped here."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{STYLE}{style}</style></head>"
            f"<body><main>{body}</main></body></html>\n")
