"""The framing chart: own voice under what is cited, its title counting both."""

from __future__ import annotations

from analysis import analyze
from analysis.views.charts import framing_by_paragraph, title_text
from analysis.views.charts.framing import framed_silent


def test_the_seed_frames_in_its_own_voice_where_it_cites_no_one(seed):
    result = analyze(seed)
    assert framed_silent(result) == (7, 8)
    fig = framing_by_paragraph(result)
    assert title_text(fig) == ("14 framing marks, 8 in the article's own voice; 7 of those in "
                               "paragraphs that cite no one")
    ax = fig.axes[0]
    assert ax.get_xlabel() == "paragraph" and ax.get_ylabel() == "framing marks"
    own, cited = ax.containers  # two stacks of bars, one per paragraph
    assert sum(b.get_height() for b in own) == 8 and sum(b.get_height() for b in cited) == 6
