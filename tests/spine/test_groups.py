"""People listed together are one group entity (news-story dev sentences)."""

from __future__ import annotations

from analysis.spine.entities import PERSON
from tests.spine.test_entities import entity_of
from tests.work import analysis_of, growth


def test_people_listed_together_are_one_group_and_a_description_before_joins_it():
    # news-story dev: the officials of one sentence are the three named in the next
    text = ("Top U.S. intelligence officials say they believe Russian authorities were "
            "responsible.\n\n\"We assess that only Russia's senior-most officials could have "
            "authorized it,\" Director of National Intelligence James Clapper, National Security "
            "Agency chief Michael Rogers and Undersecretary of Defense for Intelligence Marcel "
            "Lettre said before the Senate Armed Services Committee. They called it a threat.")
    group = (PERSON, "James Clapper + Michael Rogers + Marcel Lettre")
    assert entity_of(text, "intelligence officials") == group
    assert entity_of(text, "They") == group
    # the authorities and the officials inside the quotation are others
    assert entity_of(text, "authorities") != group
    assert entity_of(text, "senior-most officials") != group


def test_lists_of_people_are_grouped_in_linear_work():
    # one long paragraph of lists and plural officials: 4x the text must not cost 16x the lines
    def crafted(k: int) -> str:
        return ("Top officials say they agree. Director Jane Roe, agency chief Tom Berg and "
                "Minister Ana Ruiz said so. ") * k

    files = ["spine/entities.py", "spine/groups.py", "layers/attribution/entities.py"]
    assert growth(analysis_of(crafted), files) <= 4.5


def test_a_plural_description_before_a_list_of_names_is_those_people():
    # Wikinews dev: the lead authors are Wilson (Sam Wilson, named before) and Nick Hawco
    text = ("Sam Wilson of the University of Hawaii led the work.\n\nThe study's lead authors, "
            "Wilson of C-MORE and Nick Hawco of USC, had initially hypothesized the lava itself "
            "would cause an increase in microbes. They found there was so much iron that the "
            "particles coalesced into clumps.")
    group = (PERSON, "Sam Wilson + Nick Hawco")
    assert entity_of(text, "authors") == group
    assert entity_of(text, "They") == group
    assert entity_of(text, "Wilson") == (PERSON, "Sam Wilson")  # not "Wilson of C-MORE"
