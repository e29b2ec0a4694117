"""Cleaning scraped text: each rule on invented pages, then the reference article."""

from datetime import datetime

import pytest

from eventwire.clean import clean, detect_language, parse_dateline

BODY = (
    "The city council voted on Monday to close the old harbour bridge after engineers found deep cracks "
    "in two of its supporting piers.\n\n"
    "Repairs are expected to take at least eight months, the mayor told reporters at the town hall."
)


def test_social_and_navigation_lines_are_dropped():
    page = f"Share on Facebook | Tweet\nSkip to content\nMenu\n\nCouncil shuts harbour bridge\n\n{BODY}\n\nRead more\n"
    c = clean(page)
    assert c.title == "Council shuts harbour bridge"
    assert c.text.startswith("The city council voted")
    for junk in ("Facebook", "Skip to", "Menu", "Read more"):
        assert junk not in c.text


def test_dateline_with_time_becomes_published():
    c = clean(f"Council shuts harbour bridge\nMarch 3, 2021, 9:05 pm\n\n{BODY}")
    assert c.published == datetime(2021, 3, 3, 21, 5)
    assert "2021" not in c.text


def test_dateline_forms():
    assert parse_dateline("Friday, January 4, 2019") == datetime(2019, 1, 4)
    assert parse_dateline("4 January 2019 12:30") == datetime(2019, 1, 4, 12, 30)
    assert parse_dateline("Published: 2020-05-17") == datetime(2020, 5, 17)
    assert parse_dateline("Sept. 9, 2001, 12:15 a.m.") == datetime(2001, 9, 9, 0, 15)
    assert parse_dateline("The bridge closed on January 4, 2019 after a vote.") is None


def test_repeated_caption_kept_once_and_out_of_the_body():
    caption = "Engineers inspect the damaged pier on Sunday"
    c = clean(f"Council shuts harbour bridge\n\n{caption}\n\n{caption}\n\n{BODY}")
    assert c.captions == [caption]
    assert caption not in c.text
    assert c.title == "Council shuts harbour bridge"


def test_photo_credits_mark_captions():
    for credit in ("[AFP]", "(Photo: City Press Office)", "REUTERS/Jane Doe", "Photo: Harbour Authority"):
        line = f"The harbour bridge at dusk {credit}"
        c = clean(f"Council shuts harbour bridge\n\n{line}\n\n{BODY}")
        assert c.captions == [line], credit
        assert credit not in c.text


def test_credit_lines_give_byline_and_outlet():
    c = clean(f"Council shuts harbour bridge\n\n{BODY}\n\nCoastal Times with inputs from Reuters")
    assert c.byline == "Coastal Times with inputs from Reuters"
    assert c.outlet == "Coastal Times"
    assert "inputs from" not in c.text
    c = clean(f"Council shuts harbour bridge\n\n{BODY}\n\nJohn Smith contributed to this report.")
    assert c.byline == "John Smith contributed to this report."
    assert "contributed" not in c.text
    c = clean(f"Council shuts harbour bridge\n\n{BODY}\n\n© 2021 Coastal Times. All rights reserved.")
    assert c.outlet == "Coastal Times"


def test_top_byline():
    c = clean(f"Council shuts harbour bridge\nBy Maria Lopez and Tom Reed\n\n{BODY}")
    assert c.byline == "By Maria Lopez and Tom Reed"
    assert "Maria" not in c.text


def test_body_paragraphs_are_kept_verbatim():
    c = clean(BODY)
    assert c.text == BODY
    assert c.title is None and c.captions == []


def test_credit_words_inside_the_story_stay():
    body = BODY + "\n\nResidents contributed to a fund for repairs, and staff with inputs from engineers drafted the plan."
    c = clean(body)
    assert "Residents contributed" in c.text
    assert "staff with inputs" in c.text


def test_language():
    assert detect_language(BODY) == "en"
    assert detect_language("Der Stadtrat hat am Montag beschlossen, die alte Hafenbrücke zu schließen.") is None


def test_seed_metadata(seed_text):
    c = clean(seed_text)
    assert c.title == "After Paris: Europe, US and Russia converge on ISIL"
    assert c.published == datetime(2015, 11, 18, 13, 43)
    assert c.outlet == "The BRICS Post"
    assert c.byline == "The BRICS Post with inputs from Agencies"
    assert len(c.captions) == 1 and c.captions[0].startswith("Hollande, right, is to meet with Putin next week")
    assert c.captions[0].endswith("[Xinhua]")
    assert c.text.startswith("The recent terrorist attacks in Paris")
    assert "Follow us on" not in c.text
    assert "inputs from Agencies" not in c.text
    assert "Hollande, right" not in c.text


def test_a_text_without_prose_is_all_body():
    c = clean("The match was called off.")
    assert c.text == "The match was called off." and c.title is None


def test_hard_wrapped_lines_are_joined_into_their_sentences():
    """Text wrapped at a fixed width (wire copy, some archives) keeps its sentences whole; a heading
    without a full stop and a new paragraph stay apart."""
    raw = ("Ministers urged President Smith to establish a\npresidential committee to coordinate regulators.\n"
           "The union, which represents dock workers,\nsaid it would strike.\n"
           "Police shot at during traffic stop\nMore than 200 miles away, two officers stopped a car.")
    text = clean(raw).text
    assert "establish a presidential committee" in text
    assert "dock workers, said it would strike" in text
    assert "Police shot at during traffic stop\n\nMore than 200 miles" in text


def test_an_inline_photo_credit_ends_its_caption_and_is_dropped():
    """ "(Name/Outlet)" after a caption run into the first paragraph: the outlet is nobody's subject."""
    text = clean("The senator leaves the hall. (Jane Roe/The Daily Courier) Senator Ann Lee blamed the agency "
                 "for her defeat.\nTalks (in Geneva/Lausanne) ended.").text
    assert "Daily Courier" not in text
    assert any(p.startswith("Senator Ann Lee blamed the agency") for p in text.split("\n\n"))
    assert "Talks (in Geneva/Lausanne) ended." in text


def test_a_bracketed_credit_between_sentences_is_no_subject():
    """ "(The Daily Courier)" left between two sentences by a scraped video caption would be read as the
    next sentence's subject; a bracket inside a sentence stays."""
    import eventwire
    raw = ("The mayor said the talks went well for both sides. (The Daily Courier) Governor Ann Lee and Mayor "
           "Tom Ward met for the first time on Thursday and pledged to work together. "
           "WASHINGTON (Reuters) - Senator Joe Park (D) said the vote would pass on Friday.")
    text = clean(raw).text
    assert "Daily Courier" not in text
    assert "The mayor said the talks went well for both sides. Governor Ann Lee" in text
    assert "WASHINGTON (Reuters) - Senator Joe Park (D) said" in text
    art = eventwire.extract(text=raw, published="2020-01-01", min_confidence=0)
    assert not any("Courier" in a.name for a in art.actors)  # the outlet is no actor of the story
    assert any(e.trigger.text == "met" for e in art.events)


@pytest.mark.parametrize("raw, paragraphs, met", [
    # a gallery's captions, each closed by its agency's name and followed by the picture count: the credit and the
    # count go; an agency named in prose stays ("the Associated Press 5 Things to Know")
    ("The council voted on Monday to close the harbour bridge after engineers found deep cracks in its piers. "
     "Getty Images 6 Mayor Tom Ward was questioned by the inspectors over the cracks Reuters 6 Governor Ann "
     "Lee met Mayor Tom Ward for the first time AP:Associated Press 6 Protesters marched on the town hall. "
     "The Associated Press 5 Things to Know list was published on Friday.",
     ["The council voted on Monday to close the harbour bridge after engineers found deep cracks in its piers.",
      "Mayor Tom Ward was questioned by the inspectors over the cracks",
      "Governor Ann Lee met Mayor Tom Ward for the first time",
      "Protesters marched on the town hall. The Associated Press 5 Things to Know list was published on Friday."],
     ("Ann Lee", "Tom Ward")),
    # "Image copyright <credit> Image caption <caption>": the labels and the credit (a listed agency, an @handle, or
    # the words before the next label) go, and the sentence after a lone credit keeps its subject
    ("Senator Joe Harris said on Monday that engineers had found deep cracks in the piers of the harbour bridge. "
     "Image copyright @CityDesk Image caption Crowds gathered on the quay Image copyright European Press Agency "
     "He, along with Governor Ann Lee, then met Mayor Tom Ward. Image copyright Harbour Trust Image caption "
     "The old bridge. The image caption was wrong.",
     ["Senator Joe Harris said on Monday that engineers had found deep cracks in the piers of the harbour bridge.",
      "Crowds gathered on the quay", "He, along with Governor Ann Lee, then met Mayor Tom Ward.",
      "The old bridge. The image caption was wrong."],
     ("Joe Harris", "Tom Ward")),
])
def test_captions_printed_into_the_text_are_cut_apart(raw, paragraphs, met):
    """Picture captions scraped into the body start paragraphs of their own, so one caption's subject is not handed
    to the next one's verb."""
    import eventwire
    assert clean(raw).text.split("\n\n") == paragraphs
    art = eventwire.extract(text=raw, published="2020-01-01", min_confidence=0)
    found = next(e for e in art.events if e.trigger.text == "met")
    assert (art.actor(found.source).name, art.actor(found.target).name) == met


def test_a_numbered_gallery_of_other_news_is_no_part_of_the_article():
    """"UK news in pictures 19 show all ... 1/19 <caption> Getty 2/19 <caption> ...": pictures of other stories
    counted out of one total are page furniture; their captions give no events, and fractions in prose stay."""
    import eventwire
    raw = ("Police said the tram driver had been arrested after the crash. UK news in pictures 19 show all UK news in "
           "pictures 1/19 The Palm House is lit as the gardens open their winter trail Getty 2/19 Mother and sister of "
           "the late MP arrive to attend the trial of the man accused of murdering her Getty 3/19 Protesters clashed "
           "with police outside parliament EPA 4/19 Veterans wait on Horse Guards Parade PA wire\n\n"
           "About 2/3 of the passengers were taken to hospital, the ambulance service said.")
    cleaned = clean(raw)
    assert cleaned.text.split("\n\n") == ["Police said the tram driver had been arrested after the crash.",
                                           "About 2/3 of the passengers were taken to hospital, the ambulance service said."]
    assert not cleaned.captions
    art = eventwire.extract(text=raw, published="2020-01-01", min_confidence=0)
    body = [e.trigger.text for e in art.events]
    assert "arrested" in body and not {"trial", "murdering", "clashed"} & set(body), body


def test_a_gallery_player_printed_into_the_text_is_no_part_of_the_article():
    """"1 of 22 Full Screen Autoplay Close Skip Ad x <title> View Photos <captions> Buy Photo Wait 1 second to
    continue.": a photo player's captions retell other moments; they give no events, and the prose on either side stays
    one article (clean.gallery_players)."""
    import eventwire
    raw = ("President Trump called Obama a very good man after their first meeting at the White House on Thursday. "
           "1 of 22 Full Screen Autoplay Close Skip Ad x What Trump did on his trip to Washington View Photos Trump "
           "arrives at the White House for a meeting with Obama. Caption Trump arrives at the White House. Nov. 10, 2016 "
           "President Obama talks with Donald Trump in the Oval Office. Jabin Botsford/The Washington Post Buy Photo Wait 1 "
           "second to continue. Obama, for his part, said he was encouraged by their conversation.\n\n"
           "He won 1 of 22 races, and close allies praised him.")
    cleaned = clean(raw)
    assert cleaned.text.split("\n\n") == [
        "President Trump called Obama a very good man after their first meeting at the White House on Thursday.",
        "Obama, for his part, said he was encouraged by their conversation.",
        "He won 1 of 22 races, and close allies praised him."]
    art = eventwire.extract(text=raw, published="2020-01-01", min_confidence=0)
    assert not {"arrives", "talks"} & {e.trigger.text for e in art.events}


def test_archive_publication_dates_in_their_own_forms_are_read():
    from eventwire.pipeline import parse_published

    # a time of day, a weekday and a zone around the date; year first; slashes (month first unless it cannot be)
    assert parse_published("7:58 AM ET, Sat January 3, 2015") == datetime(2015, 1, 3)
    assert parse_published("8:56 AM, Dec 08, 2016 CT") == datetime(2016, 12, 8)
    assert parse_published("December 13, 2016 MST") == datetime(2016, 12, 13)
    assert parse_published("7 December 2016 GMT") == datetime(2016, 12, 7)
    assert parse_published("2016 Oct 10") == datetime(2016, 10, 10)
    assert parse_published("11/28/2016") == datetime(2016, 11, 28)
    assert parse_published("28/11/2016") == datetime(2016, 11, 28)
    assert parse_published("2016-11-28T10:00:00Z") == datetime(2016, 11, 28, 10)
    assert parse_published("soon") is None and parse_published("13/13/2016") is None


def test_a_run_of_spaces_inside_a_sentence_is_one_space():
    """Scraped "Vernon  Adkins" is one name (the parser reads a run of spaces as a token of its own); two spaces
    after a sentence's end, as typed, stay, so offsets there do not move."""
    c = clean("Police also arrested Vernon  Adkins, 40,  of McKee on Friday after a long search.  The two  "
              "\"suspects\" were held overnight at the county jail, a spokesman said.")
    assert "Vernon Adkins, 40, of McKee" in c.text and 'The two "suspects"' in c.text
    assert "search.  The" in c.text


def test_the_name_a_run_of_spaces_split_is_one_actor():
    from eventwire.ingest import RawDoc
    from eventwire.pipeline import Pipeline
    raw = RawDoc(source="t", text="Police in Kentucky also arrested Vernon  Adkins, 40, of McKee on Friday night.")
    art = next(Pipeline(until="events", min_confidence=0).pipe([raw]))
    assert any(a.name == "Vernon Adkins" for a in art.actors), [a.name for a in art.actors]
