"""Quotes: one invented sentence per construction, and the seed article's four quotes."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Actor, Article
from eventwire.pipeline import Pipeline

# quotes alone, with the actors each test gives
QUOTES = Pipeline(stages=["quotes", "speakers"], given=("actors", "events"))


def run(text: str, actors: list[Actor] | None = None) -> list:
    return QUOTES.annotate([Article(id="t", text=text, actors=actors or [])], [None])[0].quotes


def one(text: str):
    found = run(text)
    assert len(found) == 1, found
    return found[0]


def test_curly_quote_with_attribution_after():
    q = one("“We will rebuild the bridge by spring,” Mayor Anna Kowalski said on Monday.")
    assert q.text == "We will rebuild the bridge by spring"
    assert (q.speaker_name, q.verb) == ("Anna Kowalski", "say")


def test_straight_quotes_and_inverted_attribution_with_apposition():
    q = one('"The border will stay closed," says Omar Haddad, a spokesman for the interior ministry.')
    assert q.speaker_text == "Omar Haddad"


def test_attribution_before_with_colon():
    q = one("The minister, Carlos Mendes, said: “Nobody will lose their job because of this merger.”")
    assert q.speaker_name == "Carlos Mendes" and q.text.startswith("Nobody will lose")


def test_offsets_point_at_the_quoted_words():
    text = "Protesters gathered. “This is only the beginning,” said Lena Fischer."
    q = one(text)
    assert text[q.start : q.end] == q.text


def test_multi_sentence_quote_and_pronoun_speaker():
    text = ("Defence Minister Piotr Nowak visited the base on Friday.\n\n"
            "“The troops are ready. We have trained for months,” he said in a statement.")
    q = one(text)
    assert q.text.count(".") == 1 and q.speaker_text == "he" and q.speaker_name == "Piotr Nowak"


def test_quote_split_by_its_attribution():
    found = run("“The talks went well,” Sara Lind said. “We expect a deal next week.”")
    assert [q.speaker_name for q in found] == ["Sara Lind", "Sara Lind"]
    assert found[1].text == "We expect a deal next week."


def test_unattributed_paragraph_continues_the_previous_speaker():
    text = ("“The harvest failed in three provinces,” said Joseph Mwangi, a farmer from Kitui.\n\n"
            "“Without rain in April, we will have nothing to sell.”\n\n"
            "Prices rose again on Tuesday.")
    found = run(text)
    assert [q.speaker_name for q in found] == ["Joseph Mwangi", "Joseph Mwangi"]


def test_paragraph_left_open_runs_to_its_end():
    text = "Elena Popescu said: “We waited for hours in the cold.\n\n“Then the doors finally opened.”"
    found = run(text)
    assert found[0].text == "We waited for hours in the cold."
    assert [q.speaker_name for q in found] == ["Elena Popescu", "Elena Popescu"]


def test_short_phrase_with_reporting_verb_is_a_quote():
    q = one("Chancellor Maria Weber praised the agreement as a “historic step” for the region.")
    assert (q.text, q.speaker_name, q.verb) == ("historic step", "Maria Weber", "praise")


def test_passive_agent_is_the_speaker():
    q = one("The plan was described by Senator John Hale as “a reckless gamble with our savings”.")
    assert q.speaker_name == "John Hale"


def test_bare_scare_quotes_are_nobodys():
    assert run("Observers spoke of a “thaw” between the two capitals.") == []
    assert run("European media described the meeting as a “thaw” in relations.") == []


def test_quoted_title_without_frame_is_not_a_quote():
    assert run("The film “The Long Night” opened in 300 cinemas.") == []


def test_quote_ending_its_sentence_does_not_take_the_next_sentences_verb():
    text = ("Liu Wei said the rules were “fair and clear.” Maria Costa said on Friday “We disagree with all of it.”")
    found = run(text)
    assert [q.speaker_name for q in found] == ["Liu Wei", "Maria Costa"]


def test_speaker_is_the_actor_covering_the_pronoun():
    text = "Putin spoke in Moscow. “We will respond,” he said."
    start = text.index("he said")
    putin = Actor(id="a1", name="Vladimir Putin", mentions=[[0, 5], [start, start + 2]])
    q = run(text, [putin])[0]
    assert (q.speaker, q.speaker_name, q.speaker_text) == ("a1", "Vladimir Putin", "he")


@pytest.mark.parametrize("text", ["", "“", '"""', "“”", "“ ” ” “", "said “", "\n\n“\n\n"])
def test_odd_text_never_crashes(text):
    assert isinstance(run(text), list)


def test_seed_quotes(seed):
    by = {}
    for q in seed.quotes:
        by.setdefault(q.speaker_name, []).append(q.text)
    putin = [n for n in by if n and "Putin" in n]
    ryan = [n for n in by if n and "Ryan" in n]
    assert putin and len(by[putin[0]]) == 2
    assert ryan and len(by[ryan[0]]) == 2
    assert by[putin[0]][0].startswith("The French naval group")
    assert by[ryan[0]][1].startswith("With that, we are likely")
    assert not any(q.text == "thaw" for q in seed.quotes)
    assert any(q.text == "constructive partner" and "Obama" in (q.speaker_name or "") for q in seed.quotes)


def test_partitive_subject_names_the_group():
    q = one("One of the nurses said: “We had no water for three days.”")
    assert q.speaker_text == "nurses"


def test_possessor_of_a_statement_is_the_speaker():
    q = one("“The ban is lawful and will stay,” reads Judge Ana Ruiz's statement.")
    assert q.speaker_text.endswith("Ana Ruiz")


def test_attribution_does_not_cross_a_conjunction():
    found = run("Mayor Tom Berg said the fire was “a tragedy for the city” while Governor Lisa Hart wrote that help was coming.")
    assert [q.speaker_name for q in found] == ["Tom Berg"]


def test_pronoun_speaker_is_the_last_person_named_as_subject():
    text = "Minister Jan Holm met the envoy Peter Sund in Oslo. “We agreed on every point,” he said."
    he = text.index("he said")
    holm = Actor(id="a1", name="Jan Holm", kind="person", mentions=[[9, 17]])
    sund = Actor(id="a2", name="Peter Sund", kind="person", mentions=[[32, 42], [he, he + 2]])  # nearest person
    q = run(text, [holm, sund])[0]
    assert (q.speaker, q.speaker_name, q.speaker_text) == ("a1", "Jan Holm", "he")


def test_relative_pronoun_subject_is_the_noun_it_stands_for():
    q = one("The Harbour Authority, which said on Monday that “the port will reopen before the storm season”, has set no date.")
    assert (q.speaker_text, q.verb) == ("The Harbour Authority", "say")


def test_colon_after_a_clause_names_its_subject_as_speaker():
    q = one('Professor Ruth Okafor of the University of Leeds disagreed with the findings: "The wells were minor resources."')
    assert (q.speaker_name, q.verb) == ("Ruth Okafor", "disagree")


def test_colon_after_a_statement_from_someone_names_its_source():
    q = one('The palace issued the following statement from the king: "The princess will not stand for election."')
    assert q.speaker_text == "king"


def test_colon_after_a_clause_about_a_thing_is_nobodys():
    assert run('The rule is simple: "Nobody enters the building after dark."') == []


def test_short_quote_inside_reported_speech_of_an_unnamed_source():
    q = one("A police source said “two gunmen” had escaped through the back door.")
    assert (q.text, q.speaker_text, q.verb) == ("two gunmen", "police source", "say")


def test_short_quote_according_to_a_document():
    q = one("The injuries were, according to the medical report, “not life threatening”.")
    assert (q.text, q.speaker_text) == ("not life threatening", "medical report")


def test_parenthetical_gloss_in_reported_speech_is_nobodys():
    assert run("Organisers said thousands joined the anti-Grexit (“Greek exit”) rally in Athens.") == []


def test_quote_after_a_sentence_of_reported_speech_is_that_speakers():
    q = one("Nadia Orlova revealed that a sequel is being planned. “We are talking to two studios at the moment.”")
    assert (q.speaker_name, q.verb) == ("Nadia Orlova", "reveal")


def test_quote_after_a_sentence_without_reporting_or_in_a_new_paragraph_is_nobodys():
    assert run("Nadia Orlova visited the studio. “We are talking to two studios at the moment.”") == []
    assert run("Nadia Orlova revealed that a sequel is planned.\n\n“We are talking to two studios at the moment.”") == []


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("'", "'")])  # curly double marks, British single ones
def test_an_event_said_in_the_first_person_has_the_speaker_as_source(opening, closing):
    art = eventwire.extract(text=f"{opening}We will not sign an agreement that rewards aggression,{closing} Foreign "
                                 "Minister Khaled al-Yamani said.", published="2018-12-06")
    sign = next(e for e in art.events if e.trigger.text == "sign")
    speaker = next(a for a in art.actors if a.name == "Khaled al-Yamani")
    assert sign.source == speaker.id and sign.status == "negated"


def test_straight_quote_reopened_for_a_paragraph_run_into_the_last_is_one_quote():
    # news style reopens a quote that goes on in a new paragraph without closing the last one; scraped
    # pages run the paragraphs together: the mark before "During" opens, it does not close
    found = run('"The audit took four months," Director Ruth Amsel wrote to the board. "During that time, we checked '
                'every contract the agency signed. "Based on our work, we found no fraud," she concluded. '
                '"I thank the auditors." The board meets on Friday.')
    assert [q.text.split(",")[0] for q in found] == ["The audit took four months", "During that time",
                                                      "I thank the auditors."]
    assert found[1].text.endswith("we found no fraud") and {q.speaker_name for q in found} == {"Ruth Amsel"}


def test_straight_quotes_closed_before_the_next_still_pair():
    from eventwire.quotes import find_marked
    text = 'He said "Stop." "Why?" she asked. They called the plan "reckless" and the deal "a disgrace."'
    assert [text[m.start:m.end] for m in find_marked(text)] == ["Stop.", "Why?", "reckless", "a disgrace."]


def test_single_quotes_as_british_papers_print_them():
    q = one("'We will rebuild the bridge by spring,' Mayor Anna Kowalski said on Monday.")
    assert q.text == "We will rebuild the bridge by spring" and q.speaker_name == "Anna Kowalski"
    # apostrophes are no quotation marks: in a word, a plural possessive, an elision before a number
    from eventwire.quotes import find_marked
    text = ("It's the protesters' view that the '90s law is 'a disgrace', Anna's lawyer said. "
            "'The miners' union has not spoken,' he added.")
    assert [text[m.start:m.end] for m in find_marked(text)] == ["a disgrace", "The miners' union has not spoken,"]
    # single marks inside a double-quoted stretch belong to it
    text = '"He called it \'a disgrace\' on Monday," she said.'
    assert [text[m.start:m.end] for m in find_marked(text)] == ["He called it 'a disgrace' on Monday,"]
