"""Headless Chromium, as the tests and ``make screenshots`` drive it: load a page, read its
DOM, measure how it is laid out at a given width, take a screenshot.

Pages the workbook writes forbid scripts (their Content-Security-Policy). To *measure* one,
a copy is made without the policy and with one script of ours that writes what the browser
laid out — each image's drawn and natural width, each table's width, the page's width, the
smallest font on the page — into a ``<pre id="measured">`` that ``--dump-dom`` returns. The
page itself is never changed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
#: The screen a classroom projector shows: what every page is measured at.
SCREEN = (1024, 768)


class NoBrowser(RuntimeError):
    """Chromium is not installed."""


def chromium() -> str:
    """The browser's path (Debian's ``chromium``)."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        raise NoBrowser("no chromium on this machine (apt-get install chromium)")
    return path


def _run(args: list[str], *, timeout: int) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                             capture_output=True, text=True, timeout=timeout, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"chromium failed: {run.stderr[-2000:]}")
    return run


def dump_dom(page: Path, *, width: int = SCREEN[0], height: int = SCREEN[1],
             timeout: int = 60) -> str:
    """The DOM of ``page`` after its scripts (if any) ran."""
    return _run([f"--window-size={width},{height}", "--virtual-time-budget=2000",
                 "--dump-dom", page.resolve().as_uri()], timeout=timeout).stdout


MEASURE = """<script>
window.addEventListener("load", () => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, top: r.top + window.scrollY, width: r.width, height: r.height}; };
  let smallest = 1e9, where = "";
  for (const e of document.querySelectorAll("body *")) {
    if (e.id === "measured") continue;
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const size = parseFloat(getComputedStyle(e).fontSize);
    if (size < smallest) { smallest = size; where = e.textContent.trim().slice(0, 40); }
  }
  const out = {
    viewport: window.innerWidth,
    page_width: document.documentElement.scrollWidth,
    page_height: document.documentElement.scrollHeight,
    smallest_font: smallest, smallest_font_text: where,
    images: [...document.images].map(i => ({alt: i.alt, natural: i.naturalWidth,
                                            ...box(i)})),
    tables: [...document.querySelectorAll("table")].map(t => ({
      scroll: t.scrollWidth, client: t.clientWidth, ...box(t)})),
  };
  const pre = document.createElement("pre");
  pre.id = "measured"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def instrumented(page: Path, folder: Path) -> Path:
    """A copy of ``page`` in ``folder`` without its policy and with the measuring script."""
    text = page.read_text(encoding="utf-8")
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text, count=1)
    copy = folder / f"measured-{page.name}"
    copy.write_text(text.replace("</body>", MEASURE + "</body>", 1), encoding="utf-8")
    return copy


def measure(page: Path, *, width: int = SCREEN[0], height: int = SCREEN[1]) -> dict:
    """How ``page`` is laid out at ``width`` × ``height``: see the module text."""
    with tempfile.TemporaryDirectory() as folder:
        dom = dump_dom(instrumented(page, Path(folder)), width=width, height=height)
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    if found is None:
        raise RuntimeError(f"{page}: the measuring script did not run")
    return json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<")
                      .replace("&gt;", ">").replace("&amp;", "&"))


def screenshot(page: Path, target: Path, *, width: int = SCREEN[0], height: int) -> Path:
    """A PNG of ``page`` drawn ``width`` pixels wide, ``height`` tall."""
    _run([f"--window-size={width},{height}", "--virtual-time-budget=2000",
          f"--screenshot={target.resolve()}", page.resolve().as_uri()], timeout=120)
    return target
