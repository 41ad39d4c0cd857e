from __future__ import annotations

from matplotlib.colors import to_hex

from analysis import Article, analyze, read_article
from analysis.views.charts import SOURCE_STYLES, alt_text, title_text, who_speaks
from tests.conftest import ROOT

WIKINEWS = (ROOT / "data" / "wikinews"
            / "hong-kong-leader-announces-withdrawal-of-extradition-bill.txt")


def test_the_seeds_one_anonymous_source_is_the_longest_bar_hatched_beside_named_voices(seed):
    fig = who_speaks({"RIA Novosti": analyze(seed), "Wikinews": analyze(read_article(WIKINEWS))})
    seed_ax, wiki_ax = fig.axes[:2]
    # Wikinews: Lam's 2 of 7 (beside the protesters' demands, the title's leader, …)
    assert title_text(fig).startswith("An anonymous source carries 6 of 13 attributions in RIA "
                                      "Novosti; a named person 2 of 7 in Wikinews")
    top = seed_ax.patches[0]  # the first bar drawn is the most cited
    assert top.get_width() == 6 and top.get_hatch() == SOURCE_STYLES["anonymous"].hatch
    assert to_hex(top.get_facecolor()) == SOURCE_STYLES["anonymous"].fill.lower()
    assert seed_ax.get_yticklabels()[0].get_text().startswith("sources in the Ukrainian")
    named = [p for p in wiki_ax.patches if p.get_width()]
    assert to_hex(named[0].get_facecolor()) == SOURCE_STYLES["named_person"].fill.lower()
    assert not named[0].get_hatch()  # a source a reader can check is solid
    assert wiki_ax.get_xlabel().startswith("attributions")
    assert "one bar per cited source" in alt_text(fig)
    legend = [t.get_text() for t in seed_ax.get_legend().get_texts()]
    assert "anonymous source" in legend and "named person" in legend


def test_an_article_that_cites_no_one_says_so_and_a_long_roster_is_cut():
    quiet = analyze(Article.from_text("T\n\nThe port closed in May."))
    many = analyze(Article.from_text("T\n\n" + " ".join(
        f"{name} said it rained." for name in
        ["Ann Lee", "Bob Ruiz", "Cy Berg", "Di Ortiz", "Ed Poe", "Flo Roe"])))
    fig = who_speaks({"quiet": quiet, "many": many}, most=4)
    assert title_text(fig).startswith("No one is cited in quiet")
    assert any(t.get_text() == "no one is cited" for t in fig.axes[0].texts)
    assert len(fig.axes[1].get_yticklabels()) == 4
    assert any(t.get_text() == "and 2 more sources" for t in fig.axes[1].texts)
