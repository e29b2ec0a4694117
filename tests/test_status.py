"""Event status on invented sentences: negation scope, counterfactuals, modals, reported future,
readiness, attempts, factive reporting, proposals and double negation (issue 10, part 2)."""

from __future__ import annotations

import pytest

from eventwire import events
from eventwire.model import Article
from eventwire.pipeline import Pipeline

EVENTS = Pipeline(until="events", min_confidence=0)  # the rules, not the confidence filter


def run(text: str) -> Article:
    return EVENTS.annotate([Article(id="t", text=text)], [None])[0]


def status_of(text: str, trigger: str) -> str:
    art = run(text)
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.status) for e in art.events]
    return found[0].status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        # a conditional act is a threat, made now: "will detain ... if"
        ("The government will detain journalists if they publish the report.", "detain", "occurred"),
        # "about to", the parser hanging "about" on a noun: imminent, not done
        ("A man about to be indicted by the Justice Department died on Tuesday.", "indicted", "intended"),
        # "no reason to", "no evidence to", "had not led to", "nor": the act did not happen
        ("The prosecutor said there was no reason to charge the mayor.", "charge", "negated"),
        ("The inquiry found no evidence to warrant criminal charges.", "charges", "negated"),
        ("The inquiry had not led to criminal charges against the mayor.", "charges", "negated"),
        ("The council did not invite him, nor do we endorse his views.", "endorse", "negated"),
        # a row that reads the "no" itself: finding no evidence clears someone, it happened
        ("The inquiry found no evidence against the mayor.", "found", "occurred"),
        # "X is to blame" says who is blamed now; a decision to act takes the decision's status
        ("The union said the minister is to blame for the strike.", "blame", "occurred"),
        ("The court criticised the minister's decision to expel the diplomats.", "expel", "occurred"),
        ("He was accused of plotting an attack on a police station.", "attack", "intended"),
        # a plot is a plan: its acts, and the acts coordinated with them, are intended
        ("The men conspired to kill the judge.", "kill", "intended"),
        ("A man who admitted to having plotted to shoot a soldier and then attack a police station was jailed.", "attack", "intended"),
        # a negation governs its own clause only
        ("The ministers did not sign the treaty, but agreed to explore closer ties.", "agreed", "occurred"),
        ("The ministers did not sign the treaty, but agreed to explore closer ties.", "sign", "negated"),
        ("Police arrested the man but did not charge him.", "arrested", "occurred"),
        ("The protests did not persuade the leaders to sanction Norway.", "protests", "occurred"),
        ("The protests did not persuade the leaders to sanction Russia.", "sanction", "negated"),
        ("The talks did not take place.", "talks", "negated"),
        ("The minister did not say that police arrested the men.", "arrested", "occurred"),
        ("The minister did not agree to meet the rebels.", "meet", "negated"),
        ("The guards were not injured in the attack.", "attack", "occurred"),
        ("The government announced plans for talks with the unions.", "talks", "intended"),
        ("The union issued calls for a strike.", "strike", "hypothetical"),
        # counterfactual "should (never) have been"
        ("The journalist should have never been arrested by the police.", "arrested", "occurred"),
        ("The journalist should never have been detained.", "detained", "occurred"),
        ("The colonel should have been arrested years ago.", "arrested", "negated"),
        # negating pronouns and double negation
        ("The government has conceded nothing to the strikers.", "conceded", "negated"),
        ("Neither the European Union nor the United States would endorse the result.", "endorse", "negated"),
        ("Neither Russia nor China condemned the coup on Monday.", "condemned", "negated"),
        ("Either Russia or China condemned the coup on Monday.", "condemned", "occurred"),
        ("No country condemned the coup on Monday.", "condemned", "negated"),
        ("No one was arrested after the march.", "arrested", "negated"),
        ("We have never withheld our cooperation from the inspectors.", "cooperation", "occurred"),
        # modals and reported future
        ("The rebels could attack the town.", "attack", "hypothetical"),
        ("Lithuania might expel the diplomats.", "expel", "hypothetical"),
        ("The colonel said the army would withdraw from the valley.", "withdraw", "intended"),
        ("The next round of arrests may include senior officials.", "arrests", "hypothetical"),
        ("The families pleaded with the ministers to reopen the inquiry.", "inquiry", "hypothetical"),
        ("Firms could be hit with sanctions for the breach.", "sanctions", "hypothetical"),
        ("Drivers could be issued with a fixed penalty notice.", "notice", "hypothetical"),
        ("Three guards will be charged with murder.", "murder", "occurred"),
        # readiness
        ("The government stands ready to negotiate with the rebels.", "negotiate", "intended"),
        ("Peru is prepared to negotiate with Chile.", "negotiate", "intended"),
        ("Peru is not prepared to negotiate with Chile.", "negotiate", "negated"),
        # factive reporting verbs keep the embedded event
        ("The ministry revealed that the president called to congratulate her.", "congratulate", "occurred"),
        ("Officials confirmed that police arrested the two men.", "arrested", "occurred"),
        # attempts are coded as the act (CAMEO "attempt to assassinate" is an event); failure negates
        ("The rebels attempted to seize the airport.", "seize", "occurred"),
        ("The mayor tried to apologize for the remarks.", "apologize", "occurred"),
        ("The rebels failed to seize the airport.", "seize", "negated"),
        # a to-clause of "the first X" happened; a proposal is only possible
        ("Ortega was the first leader to visit the island.", "visit", "occurred"),
        ("A bill was proposed last year for banning the party.", "banning", "hypothetical"),
        ("Parliament debated a bill to ban the party.", "ban", "hypothetical"),
        ("The council approved a move to enter into negotiations with the union.", "negotiations", "intended"),
        # "has yet to", "is yet to": not done so far; "the lack of", "the absence of": none
        ("The senator has yet to concede the race.", "concede", "negated"),
        ("The army is yet to withdraw its troops from the town.", "withdraw", "negated"),
        ("The absence of talks between the two parties worried observers.", "talks", "negated"),
        ("The senator conceded the race on Friday.", "conceded", "occurred"),
        # "could be subject to": only possible; "are not subject to": none
        ("Passengers without masks could be subject to a fine.", "fine", "hypothetical"),
        ("Violators are not subject to arrest.", "arrest", "negated"),
        # looking into something, as the purpose of an act that happened, began with it; other purposes are plans
        ("Detectives rushed to the scene to investigate the stabbing.", "investigate", "occurred"),
        ("Investigators worked through the night to collect and review the evidence.", "review", "occurred"),
        ("Inspectors will travel to the plant next week to inspect the reactor.", "inspect", "intended"),
        ("The ministers met to coordinate their response to the floods.", "coordinate", "intended"),
    ],
)
def test_status(text, trigger, status):
    assert status_of(text, trigger) == status


def test_status_cue_classes_are_data():
    cues = events.cues()
    for word, kind in [("ready", "ready"), ("attempt", "attempt"), ("reveal", "factive"), ("should", "counterfactual"),
                       ("nothing", "none"), ("round", "container"), ("bill", "proposal"), ("withhold", "unitive")]:
        assert kind in cues[word], (word, kind)


@pytest.mark.parametrize("text, trigger, status", [
    # said in the first person, wanting to thank or apologise is thanking or apologising
    ("We would like to thank the Red Cross for its help in Goma.", "thank", "occurred"),
    ('"I want to congratulate President Ruto on his victory," the minister said.', "congratulate", "occurred"),
    # someone else's wish, a denied one or a conditional one is no such act (a wish is only intended:
    # "would like to" is wanting, forty-first round)
    ("The rebels would like to thank the Red Cross for its help.", "thank", "intended"),
    ("We would not like to thank the Red Cross.", "thank", "negated"),
    # a wish to do what is no act of saying stays a wish
    ("We want to meet President Ruto in Nairobi.", "meet", "intended"),
    # "I would urge": urged, unless only on a condition or said of others
    ("I would urge anyone with information about the attack to call the police.", "urge", "occurred"),
    ("We would ask the minister to resign if the report found fraud.", "ask", "hypothetical"),
    ("The unions would urge the minister to resign.", "urge", "hypothetical"),
    # not ... until: done, at that time
    ("The senator did not endorse the governor until July.", "endorse", "occurred"),
    ("The rebels did not leave the town until the army arrived.", "leave", "occurred"),
    ("The senator did not endorse the governor in July.", "endorse", "negated"),
])
def test_a_thanks_said_as_a_wish_is_done(text, trigger, status):
    assert status_of(text, trigger) == status
