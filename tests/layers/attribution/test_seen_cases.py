"""The cases issue 14 lists as seen by a new user on ordinary stories, and the source fixes
the standard asks for: each the way a fact-checker would read it."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import find_attributions
from analysis.spine.article import Article


def rows(text: str) -> list[tuple]:
    table = find_attributions(Article.from_text(text, has_title=False))
    return [(r.cue, r.source if pd.notna(r.source) else None,
             r.source_type if pd.notna(r.source_type) else None, bool(r.nested))
            for r in table.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # the weasel is kept, not "long"
    ("Critics of the project have long argued that the bridge will never pay for itself.",
     [("argued", "Critics of the project", "vague", False)]),
    # a street is where they are, not who they are; "others fear" is found
    ("Some longtime owners on Front Street believe the plan will ruin the waterfront, and "
     "others fear the rents will rise.",
     [("believe", "Some longtime owners on Front Street", "vague", False),
      ("fear", "others", "vague", False)]),
    ("The council will vote in May, according to a copy reviewed by the Gazette.",
     [("according to", "a copy reviewed by the Gazette", "document", False)]),
    ("Harborline Partners said the sale would close next month.",
     [("said", "Harborline Partners", "named_organization", False)]),
    ("The price was set by the utility company Coastline Energy, which said it would appeal.",
     [("said", "the utility company Coastline Energy", "named_organization", False)]),
    ("A spokesperson for the company, James Whitfield, declined to comment on the lawsuit.",
     [("declined to comment", "A spokesperson for the company, James Whitfield",
       "named_person", False)]),
    ("Union leader Maya Ortiz called the decision 'a betrayal' of the workers.",
     [("called", "Union leader Maya Ortiz", "named_person", False)]),
    # "We expect" inside the quotation is nested under "said", counted nowhere
    ('"We expect the plant to reopen," the mayor said.',
     [("expect", "We", "pronoun", True), ("said", "the mayor", "named_person", False)]),
    ("Sen. Jon Ossoff (D-Ga.) said the bill would pass.",
     [("said", "Sen. Jon Ossoff", "named_person", False)]),
    ("''We will not back down,'' said Mr. Lee.", [("said", "Mr. Lee", "named_person", False)]),
    ("He's claiming the vote was rigged.", [("claiming", "He", "pronoun", False)]),
    ("The company denied the report, it added.",
     [("denied", "The company", "named_organization", False),
      ("added", "it", "pronoun", False)]),
    ("Those close to him say he will resign.",
     [("say", "Those close to him", "anonymous", False)]),
    ("The board, which met on Monday, rejected the plan, saying it was too costly.",
     [("rejected", "The board", "named_organization", False),
      ("saying", "The board", "named_organization", False)]),
    # a cue inside another attribution's content is nested
    ("Police said on Monday they believe the theft involved a group of thieves.",
     [("said", "Police", "named_organization", False), ("believe", "they", "pronoun", True)]),
])
def test_seen_cases(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "The decision is likely to appeal to voters.",
    "The treaty is expected to be ratified next year.",
    "Additional reporting by Jane Smith.",
    "Town Council Reviews Contamination Report",
    "By yesterday, the agency had recorded 1,051,635 confirmed cases.",
    "He was once known as the king of radio.",
])
def test_false_alarms_that_were_real_errors(text):
    assert [r for r in rows(text) if not r[3]] == []


def source_of(text: str) -> tuple[str, str]:
    first = find_attributions(Article.from_text(text, has_title=False)).iloc[0]
    return first.source, first.source_type


@pytest.mark.parametrize("text, expected", [
    # Wikinews contributors (CC BY 2.5), dev articles wn29, wn47, wn38, wn43, wn15: the source
    # types the annotators gave, where the first version read an organization or a person
    ("Nikki Holland of the UK's National Crime Agency (NCA) said, \"Dark web child sex "
     "offenders cannot hide from law enforcement.\"",
     ("Nikki Holland of the UK's National Crime Agency", "named_person")),
    ("Jennifer Lu of Marriage Equality Coalition Taiwan said, \"it's still not full marriage "
     "rights.\"", ("Jennifer Lu of Marriage Equality Coalition Taiwan", "named_person")),
    ("Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be "
     "carried out.", ("Prosecutor Krzysztof Sierak", "named_person")),
    ("The Aviation Herald reported the failed landing at Fath was a mistake.",
     ("The Aviation Herald", "media_outlet")),
    # "report" after "the" is a noun inside the source, not a cue that cuts it to "the"
    ("According to the report by Tasnim News Agency, he died at the hospital in Tehran.",
     ("the report", "document")),
    # the other way: an organization's name keeps its type; one capitalized word is no outlet
    ("Bank of England officials said rates would rise.",
     ("Bank of England officials", "named_organization")),
    ("Amazon Web Services said it had closed the bucket.",
     ("Amazon Web Services", "named_organization")),
    ("The post said the road was closed.", ("The post", "document")),
])
def test_source_types_as_the_annotators_read_them(text, expected):
    assert source_of(text) == expected
