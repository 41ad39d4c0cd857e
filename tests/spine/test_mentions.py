"""The data of the entity model: the look-ups a layer asks of an article's mentions."""

from __future__ import annotations

from analysis.spine.article import Article
from analysis.spine.document import prepare
from analysis.spine.mentions import ORGANIZATION, PERSON

# from the genre development texts (an invented company name for the generic description)
TEXT = ("Under Secretary of State for Political Affairs, Nicholas Burns, said the plan is a "
        "bilateral issue. Meridian Inc. said it agreed. Burns also said he hopes the two sides "
        "can resolve it.")


def test_the_mention_at_an_offset_and_the_mentions_within_a_span_are_the_texts_own():
    entities = prepare(Article.from_text(TEXT, has_title=False)).entities
    at = TEXT.index("Burns also")
    mention = entities.at(at + 2)
    assert mention is not None and mention.text == "Burns"
    assert entities.entities[mention.entity].name == "Nicholas Burns"
    name = TEXT.index("Nicholas")
    assert [m.text for m in entities.within(name, name + len("Nicholas Burns"))] == [
        "Nicholas Burns"]
    assert entities.at(TEXT.index("bilateral")) is None
    inside = entities.within(at, len(TEXT))
    assert [m.text for m in inside][:2] == ["Burns", "he"]
    assert all(TEXT[m.start:m.end] == m.text for m in entities.mentions)


def test_the_last_entity_of_a_kind_before_a_place_is_the_nearest_one():
    entities = prepare(Article.from_text(TEXT, has_title=False)).entities
    end = len(TEXT)
    person = entities.last_before(end, (PERSON,))
    organization = entities.last_before(end, (ORGANIZATION,))
    assert person is not None and person.name == "Nicholas Burns"
    assert organization is not None and organization.name == "Meridian Inc"
    assert entities.first((ORGANIZATION,), before=TEXT.index("Meridian")) is None
