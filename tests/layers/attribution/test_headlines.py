"""Headlines read by the headline rules (:mod:`analysis.layers.attribution.headlines`), on real
titles of the development texts."""

from __future__ import annotations

from analysis import Article, find_attributions


def title_rows(title: str, body: str = "The body says nothing more.") -> list[tuple[str, str]]:
    """(cue, source) of every attribution of ``title`` that counts."""
    rows = find_attributions(Article.from_text(f"{title}\n\n{body}", has_title=True))
    rows = rows[(rows.cue_start < len(title)) & ~rows.nested]
    return [(r.cue, r.source) for r in rows.itertuples()]


def test_trailing_says_makes_the_title_its_content():
    # trailing_says: not "Call for" with "New Challenges" as its source
    rows = find_attributions(Article.from_text(
        "New Challenges Call for New Diplomatic Strategies, Rice Says\n\n"
        "Secretary of State Condoleezza Rice spoke on Monday.", has_title=True))
    says = rows[rows.cue == "Says"].iloc[0]
    assert says.source == "Rice"
    assert "Call for" not in set(rows.cue)
    title = "New Challenges Call for New Diplomatic Strategies, Rice Says"
    assert title[int(says.content_start):int(says.content_end)] == \
        "New Challenges Call for New Diplomatic Strategies"


def test_a_named_source_before_a_headline_colon_speaks():
    # colon_source: the colon is the cue, the name its source
    assert title_rows("US Intelligence: Top Russian Officials Behind Election Interference") \
        == [(":", "US Intelligence")]


def test_a_rubric_or_topic_before_a_colon_is_no_source():
    assert title_rows("Netizen Report: From Mauritania to Mexico, Thuggery Looms Large") == []
    assert title_rows("Lion Air disaster: Crashed jet's voice recorder recovered from Java "
                      "Sea") == []
    assert title_rows("Home Office in the media: 8 December 2017") == []


def test_a_headline_passive_drops_its_be():
    # dropped_be: "records found on", not records that found something
    assert title_rows("540 million private Facebook records found on public Internet") == []


def test_one_speaker_in_a_headline():
    # one_speaker: "Suspect" is a word of what the police say, not a cue with "Police Say"
    assert title_rows("Police Say Suspect In Shooting Was Known To Officers") == [
        ("Say", "Police")]


def test_a_capitalised_noun_of_a_heading_is_no_cue():
    # capitalised_noun: a heading inside a White House briefing's body
    rows = find_attributions(Article.from_text(
        "Evening Communications Briefing\n\nExecutive Order to Protect the Nation from "
        "Terrorist Attacks by Foreign Nationals Top Line:\n\nThe order takes effect today.",
        has_title=True))
    assert "Attacks" not in set(rows.cue)


def test_a_headline_verb_after_its_source_still_counts():
    assert title_rows("Texas federal judge says drafting only men violates United States "
                      "Constitution") == [("says", "Texas federal judge")]


def test_a_dash_and_a_name_with_a_date_after_a_quotation():
    # the blog's epigraph: the cue is the dash typed as two hyphens
    rows = find_attributions(Article.from_text(
        '"We Were Strangers Once, Too": The President Announces New Steps on Immigration\n\n'
        '"My fellow Americans, we are and always will be a nation of immigrants. We were '
        'strangers once, too."\n\n-- President Obama, November 20, 2014\n\n'
        "Since the founding of our nation, we've weaved a tradition of welcoming immigrants.",
        has_title=True))
    dash = rows[rows.cue == "--"].iloc[0]
    assert dash.source == "President Obama" and dash.is_quote


def test_a_quotation_before_a_colon_is_not_the_titles_content():
    title = '"We Were Strangers Once, Too": The President Announces New Steps on Immigration'
    rows = find_attributions(Article.from_text(f"{title}\n\nThe body.", has_title=True))
    announces = rows[rows.cue == "Announces"].iloc[0]
    assert title[int(announces.content_start):int(announces.content_end)] == \
        "New Steps on Immigration"
