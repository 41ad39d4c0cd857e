"""``make screenshots``: every kind of chart and page of the workbook as a 1024-pixel screen
shows it, one PNG each under ``docs/screenshots/``, for reviewers and the README.

The seed's report, a page of the lessons' other charts, a comparison of the five bundled
articles and a corpus page of every bundled article are written to a temporary folder, laid
out by headless Chromium at 1024 × 768 (:mod:`tools.browser`), and each chart (and the marked
article's opening) is cut from the screenshot of the whole page. Run it after changing a
chart; the tests check the same layout (``tests/views/test_report_browser.py``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image

from analysis.cli import main as cli
from tools.browser import SCREEN, measure, screenshot

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "ria-novosti-ukraine-mobilization-underground-source.txt"
OUT = ROOT / "docs" / "screenshots"
#: The report's charts, in page order, and the name each screenshot gets.
REPORT_CHARTS = ("profile", "framing", "sentiment-arc", "sentence-grid")


def shoot(page: Path, folder: Path) -> tuple[Image.Image, dict]:
    layout = measure(page)
    png = screenshot(page, folder / f"{page.stem}.png", width=SCREEN[0],
                     height=layout["page_height"])
    return Image.open(png), layout


def cut(image: Image.Image, box: dict, target: Path, *, pad: int = 8,
        height: float | None = None) -> None:
    top = max(0, int(box["top"]) - pad)
    bottom = int(box["top"] + (height or box["height"])) + pad
    image.crop((0, top, SCREEN[0], min(bottom, image.height))).save(target, optimize=True)
    print(f"  {target.relative_to(ROOT)}")


def gallery(folder: Path) -> tuple[Path, list[str]]:
    """A page of every chart of a lesson that the report does not show, drawn for the seed."""
    import analysis
    from analysis import charts
    from analysis.views.page import document, figure

    result = analysis.analyze(analysis.read_article(SEED))
    made = {
        "sourcing-strip": charts.sourcing_by_paragraph(result),
        "hedging": charts.hedging_by_paragraph(result),
        "hedge-categories": charts.category_counts(result.hedges),
        "sentiment-bars": charts.sentiment_by_paragraph(result),
        "saturation": charts.saturation_chart(analysis.saturation(result.article)),
        "paragraph-lengths": charts.paragraph_lengths(result.sentences),
    }
    page = folder / "gallery.html"
    page.write_text(document("Charts", "".join(f"<section>{figure(f)}</section>"
                                               for f in made.values())), encoding="utf-8")
    return page, list(made)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        assert cli(["report", str(SEED), "--out", str(folder / "report")]) == 0
        page = next((folder / "report").glob("*/report.html"))
        image, layout = shoot(page, folder)
        for name, box in zip(REPORT_CHARTS, layout["images"], strict=True):
            cut(image, box, OUT / f"{name}.png")
        marked = layout["images"][0]  # the marked article follows the profile chart
        cut(image, {"top": marked["top"] + marked["height"] + 20, "height": 0},
            OUT / "marked-article.png", height=SCREEN[1])
        page, names = gallery(folder)
        image, layout = shoot(page, folder)
        for name, box in zip(names, layout["images"], strict=True):
            cut(image, box, OUT / f"{name}.png")
        articles = sorted((ROOT / "data" / "articles").glob("*.txt"))
        articles.remove(SEED)
        assert cli(["compare", str(SEED), *map(str, articles),
                    "--out", str(folder / "compare")]) == 0
        image, layout = shoot(folder / "compare" / "compare.html", folder)
        cut(image, layout["images"][0], OUT / "compare.png")
        assert cli(["corpus", str(ROOT / "data" / "*" / "*.txt"), "--out",
                    str(folder / "corpus"), "--workers", "1", "--quiet"]) == 0
        image, layout = shoot(folder / "corpus" / "corpus.html", folder)
        for name, box in zip(("corpus-distributions", "corpus-sources"), layout["images"],
                             strict=True):
            cut(image, box, OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
