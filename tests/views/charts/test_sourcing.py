from __future__ import annotations

from matplotlib.colors import to_hex

from analysis import Article, analyze
from analysis.views.charts import NO_SOURCE, SOURCE_STYLES, sourcing_by_paragraph, title_text
from analysis.views.charts.sourcing import sourcing_shares
from analysis.views.charts.style import units


def test_sourcing_by_paragraph_colours_hatches_and_title(seed):
    fig = sourcing_by_paragraph(analyze(seed))
    ax = fig.axes[0]
    assert title_text(fig) == "11 of 24 paragraphs cite no one; most cited: anonymous sources"
    assert ax.get_xlabel() == "paragraph"
    cells = sorted((p for p in ax.patches if p.get_height()), key=lambda p: p.get_x())
    assert to_hex(cells[0].get_facecolor()) == SOURCE_STYLES["anonymous"].fill.lower()
    assert cells[0].get_hatch() == SOURCE_STYLES["anonymous"].hatch  # paragraph 1, carried
    assert to_hex(cells[4].get_facecolor()) == NO_SOURCE.lower()  # paragraph 5: no source
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[0] == "anonymous source" and labels[-1].startswith("no source")


def test_a_paragraph_of_several_sentences_is_split_by_share():
    """Wikinews-like: a named source, then a sentence of the article's own."""
    article = Article.from_text("Port\n\nThe mayor said the port would reopen. It closed in "
                                "May.\n\nCritics say the plan is late.")
    result = analyze(article)
    shares = sourcing_shares(result, units(result.paragraphs))
    assert shares.loc[1, "named_person"] == 0.5 and shares.loc[1, "none"] == 0.5
    assert shares.loc[2, "vague"] == 1
    assert (shares.sum(axis=1).round(9) == 1).all()
