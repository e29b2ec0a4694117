"""Recall pass (issue 10): whole CAMEO/PLOVER families a coder codes that the lexicon missed, and
the readings of the same words that are no event. Every rule is a row of
resources/events/triggers.tsv or contexts.tsv; every sentence here is invented."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf, trigger_kinds as kinds


DEFAULT = senses.default_min_confidence()


@pytest.mark.parametrize("text, word, kind", [
    # judging an act or an actor while describing it: criticism (111) or praise (051)
    ("The opposition leader described the election result as a sham and a fraud.", "described", "ACCUSE"),
    ("The foreign ministry characterised the raid as a barbaric crime.", "characterised", "ACCUSE"),
    ("The senator dubbed the governor a liar in a radio interview.", "dubbed", "ACCUSE"),
    ("The president called the election result a hoax on Tuesday.", "called", "ACCUSE"),
    ("The prime minister described the peace deal as a historic breakthrough.", "described", "SUPPORT"),
    ("Government troops wrested control of the town from the militants.", "wrested", "ASSAULT"),  # ground taken
    ("Opposition parties dismissed the election as a sham.", "dismissed", "ACCUSE"),  # but dismissing claims as
    ("The ministry dismissed the allegations as baseless.", "dismissed", "REJECT"),  # false is denying them
    # speaking against someone
    ("The mayor railed against the protesters during a rally in the city.", "railed", "ACCUSE"),
    # displeasure with an actor or an act
    ("Opposition lawmakers expressed dissatisfaction with the minister over the delays.", "expressed", "ACCUSE"),
    ("The embassy said the government was disappointed by the parliament's decision.", "disappointed", "ACCUSE"),
    # countering and disputing claims is denial
    ("The candidate countered claims about his health at a press conference.", "countered", "REJECT"),
    ("The ministry disputed the allegations of abuse in a statement.", "disputed", "REJECT"),
    # public backing from someone named
    ("The teachers' union threw its support behind the governor's plan.", "threw", "SUPPORT"),
    ("The candidate won strong support from the party leadership.", "support", "SUPPORT"),
    ("Thousands of farmers showed their support for the strike in the capital.", "showed", "SUPPORT"),
    # recognising a state
    ("The island nation recognised Kosovo as a state in 2008.", "recognised", "SUPPORT"),
    # punishment and permits withdrawn
    ("The governor vowed to punish the officials responsible for the leak.", "punish", "COERCE"),
    ("The aviation authority suspended the airline's operating permit on Monday.", "suspended", "SANCTION"),
    # abuse of office and breaking the law, said of someone
    ("The prosecutor said the mayor had abused his power to help his brother.", "abused", "ACCUSE"),
    ("The judge ruled that the minister broke the law when he closed the office.", "broke", "ACCUSE"),
    # consulting an official
    ("The envoy talked to the foreign minister about the border dispute.", "talked", "CONSULT"),
    # taking control of a place by force
    ("Rebel fighters took control of the town after two days of fighting.", "took", "ASSAULT"),
    # codebook verbs: force sent, everyday assault, vehicles driven at people, poisoning
    ("The government dispatched troops to the northern border on Sunday.", "dispatched", "MOBILIZE"),
    ("The riot police dispatched officers to the square after the clashes.", "dispatched", "MOBILIZE"),
    ("A police officer punched the protester in the face during the arrest.", "punched", "ASSAULT"),
    ("A man rammed his car into a crowd of protesters outside the city hall.", "rammed", "ASSAULT"),
    ("Agents of the security service poisoned the opposition leader in August.", "poisoned", "ASSAULT"),
    # threats for gain, heckling, disparaging, faulting, lamenting, outcry
    ("The gang tried to blackmail the mayor with private photographs.", "blackmail", "THREATEN"),
    ("Activists heckled the prime minister during his speech in the capital.", "heckled", "PROTEST"),
    ("The senator faulted the governor for the slow response to the floods.", "faulted", "ACCUSE"),
    ("The opposition lamented the decision to close the border.", "lamented", "ACCUSE"),
    ("The ruling sparked a backlash from human rights groups.", "backlash", "ACCUSE"),
    # defying an order; a sentence commuted; warrants and subpoenas; purges; camps cleared
    ("Thousands of workers disobeyed the government's order to stay at home.", "disobeyed", "REJECT"),
    ("The president commuted the prison sentence of his former adviser.", "commuted", "CONCEDE"),
    ("The prosecutor issued an arrest warrant for the former minister.", "issued", "COERCE"),
    ("The committee subpoenaed the attorney general on Tuesday.", "subpoenaed", "REQUEST"),  # fresh10: a demand
    ("The president purged dozens of army officers after the failed coup.", "purged", "COERCE"),
    ("Police cleared the protest camp outside parliament before dawn.", "cleared", "COERCE"),
    # a claim that someone did wrong is an accusation (the "comp:" constraint: the clause said)
    ("Several groups claimed the presidential election was stolen from the president.", "claimed", "ACCUSE"),
    ("The minister claimed that rebels had attacked journalists in the port.", "claimed", "ACCUSE"),
    # courts judging an act or an actor
    ("The court ruled against the governor's extension of the order.", "ruled", "ACCUSE"),
    ("The state supreme court ruled the governor lacked authority to delay the election.", "ruled", "ACCUSE"),
    ("The three-judge court found the prime minister's advice was unlawful.", "found", "ACCUSE"),
    ("A federal judge struck down the law on Friday.", "struck", "ACCUSE"),
    ("A federal judge blocked the governor's order limiting ballot drop-off sites.", "blocked", "REJECT"),
    # telling someone to act; self-isolation one must do
    ("Police told the protesters to leave the square.", "told", "REQUEST"),
    ("Travellers arriving from Spain must self-isolate for 14 days, the minister said.", "self-isolate", "COERCE"),
    # security and restrictions strengthened or intensified; coming to someone's defence
    ("The government strengthened security measures during the rally.", "strengthened", "COERCE"),
    ("Several countries have intensified screening of passengers from the region.", "intensified", "COERCE"),
    ("Several conservative groups have come to the suspect's defense.", "come", "SUPPORT"),
    # charges brought against someone
    ("The prosecutor announced charges against three police officers on Monday.", "charges", "COERCE"),
    # calling an emergency or a strike declares it; shouting at officials; pleas of guilty and not guilty
    ("The president said he would call a national emergency.", "call", "COERCE"),
    ("The union called a general strike for Monday.", "called", "PROTEST"),
    ("Opposition lawmakers shouted at the chief executive during her speech.", "shouted", "PROTEST"),
    ("The singer pleaded not guilty to the charges.", "pleaded", "REJECT"),
    ("The former mayor pleaded guilty to fraud.", "pleaded", "CONCEDE"),
    # orders: to stay or shut is a restriction, to act a demand; orders issued; applications filed
    ("The governor ordered all residents to stay at home until May.", "ordered", "COERCE"),
    ("The court ordered the government to release the documents.", "ordered", "REQUEST"),
    ("The governor issued an executive order limiting ballot drop-off locations.", "issued", "COERCE"),
    ("The country filed an application with the international court in 2018.", "filed", "ACCUSE"),
    # opposition expressed; a legislature suspended; suspects caught by police
    ("The candidates expressed opposition to the plan to defund the police.", "expressed", "ACCUSE"),
    ("The president suspended parliament for five weeks.", "suspended", "COERCE"),
    ("The police caught both of them at the border.", "caught", "COERCE"),
    # chatting with someone named is a meeting ("the two leaders chatted")
    ("The president chatted with the visiting prime minister on the sidelines of the summit.", "chatted", "CONSULT"),
    ("The Kenyan president and his Ugandan counterpart chatted briefly before the vote in Geneva.", "chatted", "CONSULT"),
    # speaking or talking to someone named
    ("The adviser was seen speaking to chief of staff Denis Ward in the corridor.", "speaking", "CONSULT"),
    ("The governor talked to Mary Lopez on Friday.", "talked", "CONSULT"),
    # an apology offered is made, not promised
    ("The bishop offered an apology to the assistant pastor on Sunday.", "offered", "CONCEDE"),
    # a country taken off a list of safe destinations or put on a quarantine list: travel from it restricted
    ("Spain has been removed from the French government's list of travel corridors.", "removed", "SANCTION"),
    ("The government added Portugal to its quarantine list on Thursday.", "added", "SANCTION"),
])
def test_family_found(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert kind in kinds(art, word), art.events
    assert conf(art, word) >= DEFAULT, art.events


@pytest.mark.parametrize("text, word", [
    # a participle describing a thing judged, with no one judging
    ("Cranes were used to take down the sections of the wall deemed unlawful.", "deemed"),
    # "a punishing schedule" is an adjective; a crime punished names no one
    ("The team faces a punishing schedule of six matches in two weeks.", "punishing"),
    ("The new law says this crime will be punished severely.", "punished"),
    # polls show a share of support
    ("Opinion polls showed support for the candidate at less than two percent.", "showed"),
    # the offence a penalty is for
    ("The fine for breaking the law was set at 500 dollars.", "breaking"),
    # a mood of private people, or one caused by the weather
    ("Fans were disappointed by the rain on Saturday.", "disappointed"),
    # backing away from a stand is no backing
    ("The singer backed away from his earlier support for the president.", "backed"),
    # a claim of no wrongdoing is no accusation
    ("The company claimed its profits rose by ten percent last year.", "claimed"),
    # showing, compromising, killing a product, a camera capturing: other senses
    ("Our job is to demonstrate the value of the new software to users.", "demonstrate"),
    ("Better graphics will compromise the advantage of running on old hardware.", "compromise"),
    ("The studio decided to kill the project after the first season.", "kill"),
    ("Video captured two men pushing each other outside the bar.", "captured"),
    ("The astronomers are requesting telescope time for next year.", "requesting"),
    # one's own isolation; private advice
    ("I have been self-isolating at home since Monday.", "self-isolating"),
    ("My father told me to keep praying every day.", "told"),
    # needs captured by a platform, rock blasted, software executed, disinformation as a topic
    ("Our platform ensures that the needs of minority groups are captured.", "captured"),
    ("Mining companies frequently blasted the rock near the river.", "blasted"),
    ("The program executes this JavaScript, just like a web browser.", "executes"),
    ("Officials warned that he could be a conduit for Russian disinformation.", "disinformation"),
    # being in charge of something is a role
    ("The police chief is in charge of the investigation into the fire.", "charge"),
    # caught off guard, caught on camera
    ("The sudden announcement caught them off guard.", "caught"),
    # small talk with no one named
    ("She chatted happily about her garden for an hour.", "chatted"),
    # speaking to the press is no meeting
    ("The governor spoke to reporters outside the courthouse on Friday.", "spoke"),
])
def test_no_event_here(text: str, word: str) -> None:
    assert conf(run(text), word) < DEFAULT, run(text).events


@pytest.mark.parametrize("text, word", [
    ("Democrats continued to attack the president on his taxes.", "attack"),
    ("The senator attacked her rival for accumulating wealth since leaving office.", "attacked"),
    ("The candidate attacked the governor over his handling of the floods.", "attacked"),
])
def test_verbal_attacks_are_criticism(text: str, word: str) -> None:
    """Attacking someone for or over something, or a politician attacking, is criticism."""
    assert kinds(run(text), word) == {"ACCUSE"}, run(text).events


def test_armed_attacks_stay() -> None:
    art = run("Militants attacked the army base for the third time this month.")
    assert kinds(art, "attacked") == {"ASSAULT"}
