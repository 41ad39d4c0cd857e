from __future__ import annotations


def test_hedging_by_paragraph_title_links_boosting_to_sourcing(seed):
    from analysis import analyze
    from analysis.views.charts import category_counts, hedging_by_paragraph

    result = analyze(seed)
    fig = hedging_by_paragraph(result)
    assert fig._suptitle.get_text() == "8 boosters, 9 hedges; 3 of 6 boosted paragraphs cite no one"
    ax = fig.axes[0]
    assert ax.get_xlabel() == "paragraph"
    heights = [round(p.get_height(), 2) for p in ax.patches if p.get_height() != 0]
    assert 7.69 in heights and -6.9 in heights  # paragraph 3 boosters, paragraph 6 hedges
    assert category_counts(result.hedges)._suptitle.get_text() == (
        "The commonest: 7 intensifier boosters")
