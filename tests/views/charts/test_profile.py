"""The whole picture: four tracks on one paragraph axis, and the sentence × feature grid."""

from __future__ import annotations

from matplotlib.colors import to_hex

from analysis import analyze
from analysis.views.charts import alt_text, feature_heatmap, profile_chart, title_text
from analysis.views.palette import NO_SOURCE, SOURCE_STYLES


def test_profile_chart_has_a_track_per_layer_on_one_paragraph_axis(seed):
    result = analyze(seed)
    fig = profile_chart(result)
    assert title_text(fig) == ("11 of 24 paragraphs cite no one; 3 of the 6 boosted "
                               "paragraphs are among them; mean sentence sentiment -0.38")
    assert alt_text(fig).startswith(title_text(fig) + ". Four tracks per paragraph")
    sources, *_, sentiment = fig.axes
    assert [ax.get_ylabel() for ax in fig.axes] == [
        "sources", "hedging\nper 100 words", "framing\nper 100 words", "mean\nsentiment"]
    assert sentiment.get_xlabel() == "paragraph"
    assert [t.get_text() for t in sentiment.get_xticklabels()] == [str(p) for p in range(1, 25)]
    # the sources track is a strip of cells, not bars on a scale: no y ticks, full height
    assert list(sources.get_yticks()) == [] and sources.get_ylim() == (0, 1)
    cells = {round(p.get_x() + p.get_width() / 2): p for p in sources.patches if p.get_height()}
    assert to_hex(cells[1].get_facecolor()) == SOURCE_STYLES["anonymous"].fill.lower()
    assert cells[1].get_hatch() == "xxx" and cells[1].get_height() == 1
    assert to_hex(cells[7].get_facecolor()) == NO_SOURCE.lower()  # asserts with no source
    assert to_hex(cells[14].get_facecolor()) == SOURCE_STYLES["document"].fill.lower()
    legend = [t.get_text() for t in sources.get_legend().get_texts()]
    assert legend == ["anonymous source", "vague source", "document or video",
                      "no source: the article asserts it"]


def test_the_grid_colours_each_column_in_its_layer(seed):
    result = analyze(seed)
    heat = feature_heatmap(result)
    assert title_text(heat) == "11 of 24 sentences assert with no source"
    ax = heat.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "rests on", "hedges", "boosters", "own-voice\nframing", "sentiment"]
    assert len(ax.get_yticklabels()) == 24
    first = [p for p in ax.patches if p.get_y() == -0.5]  # sentence 1's row
    assert first[0].get_hatch() == "xxx"  # rests on the anonymous source
    counts = {t.get_text() for t in ax.texts}
    assert counts == {"1", "2", "3"}  # hedges, boosters and framing marks written in cells


def test_a_long_articles_grid_says_how_much_it_shows():
    from analysis import Article

    body = "\n\n".join(f"Critics said the dam in valley {k} would fail." for k in range(200))
    fig = feature_heatmap(analyze(Article.from_text("Dams\n\n" + body)))
    assert title_text(fig) == ("0 of 200 sentences assert with no source (the grid shows the "
                               "first 150)")
