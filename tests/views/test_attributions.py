"""The attribution table a reader sees: paragraph, cue, source, type, what is said."""

from __future__ import annotations

from analysis import Article, analyze, attribution_view
from tests.conftest import ROOT


def test_attribution_view_shows_what_a_pronoun_refers_to(seed):
    view = attribution_view(analyze(seed))
    row = view[view.cue == "noted"].iloc[0]
    assert (row.paragraph, row.source, row.source_type) == (
        4, "He → sources in the Ukrainian anti-fascist underground", "anonymous source")
    reportedly = view[view.cue == "reportedly"].iloc[0]
    assert (reportedly.source, reportedly.source_type) == ("(not named)", "unnamed source")


def test_long_content_is_cut_and_every_type_is_a_vocabulary_type():
    text = ("Dam\n\nThe engineers said the old dam at the head of the valley would need "
            "years of repair before anyone could trust it again.")
    view = attribution_view(analyze(Article.from_text(text)), width=30)
    row = view.iloc[0]
    assert (row.paragraph, row.cue, row.source, row.source_type) == (
        1, "said", "The engineers", "vague source")
    assert row.content == "the old dam at the head of th…" and len(row.content) == 30
    assert list(view.columns) == ["paragraph", "cue", "source", "source_type", "content",
                                  "nested", "nested_in"]
    assert row.nested_in == ""


def wikinews(stem: str) -> Article:
    folder = ROOT / "tests" / "fixtures" / "wikinews_attribution" / "dev"
    return Article.from_text(next(folder.glob(f"{stem}-*.txt")).read_text(), has_title=True)


def test_a_nested_cue_says_whose_words_it_stands_in():
    """Wikinews contributors, "French inventor Franky Zapata successfully crosses English
    Channel on jet-powered hoverboard", and "Boris Johnson elected Conservative leader …"
    (CC BY 2.5): a first-person *knew* inside Zapata's quotation; *plans* inside what Johnson
    *stressed* and *reiterated*, the article's one attribution of it."""
    view = attribution_view(analyze(wikinews("wn02")))
    knew = view[view.cue == "knew"].iloc[0]
    assert knew.nested and knew.nested_in == "inside Zapata's quotation (told)"
    assert (view.nested_in == "").sum() == (~view.nested).sum()
    view = attribution_view(analyze(wikinews("wn04")))
    plans = view[view.cue == "plans"].iloc[0]
    assert plans.nested and plans.nested_in.startswith("inside Johnson's reported words")
