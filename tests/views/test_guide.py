from __future__ import annotations

import pytest

from analysis import Article, analyze, read_article
from analysis.views.guide import reading_guide
from tests.conftest import ROOT


def test_the_seed_guide_states_its_numbers(seed):
    lines = reading_guide(analyze(seed)).lines
    assert lines[0] == ("24 sentences in 24 paragraphs after the title; 13 attributions in "
                        "them (and 2 in the title).")
    assert "No person, organization or outlet is named as a source." in lines[1]
    assert any("7 of 13 attributed body sentences (54%) rest on an anonymous source" in line
               for line in lines)
    assert any("11 of 24 body sentences (46%) are unattributed assertions" in line
               for line in lines)
    assert ("The longest stretch without any attribution: paragraphs 7–10 (4 in a row)."
            in lines)
    assert any(line.startswith("Most negative: paragraph 6") for line in lines)


def test_the_guide_never_judges(seed):
    text = str(reading_guide(analyze(seed))).lower()
    for word in ["bias", "propaganda", "unreliable", "fake", "misleading", "false"]:
        assert word not in text


def test_named_sources_are_listed():
    article = Article.from_text(
        "T\n\nJane Doe said it rained. Jane Doe added that it was cold. Reuters reported floods.")
    lines = reading_guide(analyze(article)).lines
    assert "Named sources: Jane Doe (2), Reuters (1)." in lines


def test_nested_cues_are_named_apart_and_not_counted():
    """Wikinews contributors, "French inventor Franky Zapata successfully crosses English
    Channel on jet-powered hoverboard" (CC BY 2.5): Zapata's *I knew* is his, not the
    article's attribution."""
    folder = ROOT / "tests" / "fixtures" / "wikinews_attribution" / "dev"
    article = Article.from_text(next(folder.glob("wn02-*.txt")).read_text(), has_title=True)
    result = analyze(article)
    lines = reading_guide(result).lines
    line = next(x for x in lines if "nested" in x)
    assert line == ("1 cue inside someone else's words (nested, shown but not counted): "
                    "“knew” inside Zapata's quotation (told).")
    body = ~result.attributions.sentence_id.isin(
        result.sentences.sentence_id[result.sentences.is_title])
    counted = int((~result.attributions.nested & body).sum())
    assert int((result.attributions.nested & body).sum()) == 1
    assert f"; {counted} attributions in them" in lines[0]


def test_no_nested_line_when_nothing_is_nested(seed):
    assert not any("nested" in x for x in reading_guide(analyze(seed)).lines)


def test_the_seed_weasels_and_hedges_are_named(seed):
    """Issue 15's seed list: the weasels and the generalizer *often* appear in the guide."""
    lines = reading_guide(analyze(seed)).lines
    assert "8 boosters and 9 hedges, 4 of them weasel words." in lines
    weasel_line = next(x for x in lines if x.startswith("Weasel words"))
    for term in ["human rights organizations", "widespread reports", "critics",
                 "many residents"]:
        assert f"“{term}”" in weasel_line
    assert "“often”" in next(x for x in lines if x.startswith("Other hedges"))
    assert ("Most boosted in the article's own voice: paragraph 5 (“profound”, "
            "“particularly”); boosters of its own voice in paragraphs that cite no one: 5 of 8."
            ) in lines


def wikinews(stem: str) -> Article:
    folder = ROOT / "tests" / "fixtures" / "wikinews_attribution" / "dev"
    return Article.from_text(next(folder.glob(f"{stem}-*.txt")).read_text(), has_title=True)


def test_boosters_inside_quotations_are_told_apart():
    """Wikinews contributors (CC BY 2.5): "Radio host Don Imus dies aged 79" boosts only in
    the words it quotes; "Thai political party withdraws nomination of princess …" once in
    its own voice and once inside a quotation."""
    lines = reading_guide(analyze(wikinews("wn36"))).lines
    assert ("Every booster (4) stands inside a quotation: the speakers' words, not the "
            "article's.") in lines
    assert not any(x.startswith("Most boosted") for x in lines)
    line = next(x for x in reading_guide(analyze(wikinews("wn08"))).lines
                if x.startswith("Most boosted"))
    assert line.endswith("cite no one: 1 of 1; inside quotations (the speakers' words): 1 more.")


def test_named_sources_are_read_from_the_sources_table_one_entity_each():
    article = read_article(ROOT / "data" / "articles" / "teaching-wire-named-sources.txt")
    result = analyze(article)
    line = next(x for x in reading_guide(result).lines if x.startswith("Named sources: "))
    assert line.count("Tomas Eder") == 1 and "Tomas Eder (2)" in line  # "Eder" is Tomas Eder
    assert line.count("Mara Lind") == 1 and "Mara Lind (2)" in line
    assert "Irena Hollis (1)" in line and "Eder (" not in line.replace("Tomas Eder (", "")


def test_the_guide_names_a_dependence_on_one_source():
    article = Article.from_text(
        "T\n\nThe source said the plant had closed. The source said workers left.\n\n"
        "Police said nothing was stolen. According to the source, the owner fled.")
    lines = reading_guide(analyze(article)).lines
    assert "One anonymous source, “the source”, carries 3 of the 4 attributions." in lines


@pytest.mark.parametrize("text", [
    "T\n\nJane Doe said it rained. Jane Doe said it was cold.",  # two attributions only
    "T\n\nJane Doe said it rained. Jane Doe said so. John Poe said it did not. "
    "John Poe said it again.",
])
def test_no_dependence_with_fewer_than_three_attributions_or_two_equal_sources(text):
    """(and none where the top source carries less than twice the next: two equal ones)"""
    lines = reading_guide(analyze(Article.from_text(text))).lines
    assert not any(line.startswith("One ") for line in lines)


def test_the_seeds_guide_names_its_dependence_on_one_anonymous_source(seed):
    """The seed's underground source, merged through its six mentions (*sources in the …
    underground*, *the source*, *He*, *The underground source*, …), carries 6 of the 13
    attributions of the body; the next, the video, 3."""
    lines = reading_guide(analyze(seed)).lines
    assert ("One anonymous source, “sources in the Ukrainian anti-fascist underground”, "
            "carries 6 of the 13 attributions.") in lines
