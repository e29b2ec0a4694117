"""Recall of core event forms on invented sentences (issue 10, part 3): fire at/on, tear gas,
custody, booking, catching, fines, revocations, regaining and recapturing, killings in security-force
firing, and statements of concern, criticism and praise with the speaker as source."""

from __future__ import annotations

import pytest

from eventwire import events

from conftest import events_of as run, found_event as found


@pytest.mark.parametrize(
    "text,trigger,cameo,plover,source",
    [
        # fire at / on, tear gas
        ("Police fired at the crowd outside the courthouse.", "fired", "193", "ASSAULT", "Police"),
        ("Border guards fired on the smugglers' boat.", "fired", "193", "ASSAULT", "Border guards"),
        ("Riot police lobbed tear gas shells at the students.", "lobbed", "175", "COERCE", "Riot police"),
        ("Officers used tear gas to disperse the marchers.", "used", "175", "COERCE", "Officers"),
        # custody, booking, catching
        ("The union leader was taken into custody on Tuesday.", "taken", "173", "COERCE", None),
        ("Police booked the councillor for fraud.", "booked", "173", "COERCE", "Police"),
        ("The driver was booked on charges of culpable homicide.", "booked", "173", "COERCE", None),
        ("Police caught the poacher near the park gate.", "caught", "173", "COERCE", "Police"),
        ("Three men were charged with arson on Friday.", "charged", "173", "COERCE", None),
        ("The former governor was arraigned in the capital.", "arraigned", "173", "COERCE", None),
        ("The editor was kept in solitary confinement for a month.", "kept", "173", "COERCE", None),
        # fines and revocations: administrative sanctions
        ("The court fined him two million rupees.", "fined", "172", "COERCE", "court"),
        ("The ministry revoked the broadcast licence of the channel.", "revoked", "172", "COERCE", "ministry"),
        ("The government stripped the cleric of his citizenship.", "stripped", "172", "COERCE", "government"),
        # regaining territory; recapturing fugitives
        ("Government troops regained most of the villages in the valley.", "regained", "192", "ASSAULT", "troops"),
        ("The army recaptured the port from the insurgents.", "recaptured", "192", "ASSAULT", "army"),
        ("Police recaptured the escaped prisoner within hours.", "recaptured", "173", "COERCE", "Police"),
        # statements of concern, criticism and praise
        ("Brazil expressed concern over the Chilean naval exercises.", "expressed", "110", "ACCUSE", "Brazil"),
        ("The senator lashed out at the governor over the budget.", "lashed", "111", "ACCUSE", "senator"),
        ("Amnesty International recognised the blogger as a prisoner of conscience.", "recognised", "051", "SUPPORT",
         "Amnesty International"),
        ("The mayor paid tribute to the firefighters.", "paid", "051", "SUPPORT", "mayor"),
        ("The minister reacted angrily to the verdict.", "reacted", "111", "ACCUSE", "minister"),
        ("Parliament has repeatedly voted against the treaty.", "voted", "120", "REJECT", "parliament"),
        ("The families pleaded with the ministers to reopen the school.", "pleaded", "020", "REQUEST", None),
        ("The governor attributed the bombing to separatists.", "attributed", "112", "ACCUSE", "governor"),
    ],
)
def test_recall_families(text, trigger, cameo, plover, source):
    e, names = found(text, trigger)
    assert (e.cameo, e.plover.type, e.status) == (cameo, plover, "occurred")
    if source is not None:
        assert source.lower() in (names.get(e.source) or "").lower(), names.get(e.source)


def test_killed_in_security_force_firing_is_an_attack_not_a_fire():
    e, _ = found("Three farmers were killed in police firing.", "killed")
    assert e.plover.type == "ASSAULT" and e.status == "occurred"
    assert not run("Three farmers were killed in a fire at the market.").events  # an accident stays no event


def test_an_announced_end_to_attacks_is_intent_to_de_escalate():
    e, names = found("Hamas said it would stop rocket attacks on the city.", "stop")
    assert (e.plover.type, e.status, e.cameo) == ("CONCEDE", "intended", "0356")
    e, _ = found("The army stopped the shelling of the town.", "stopped")
    assert (e.plover.type, e.status) == ("RETREAT", "occurred")


def test_a_call_seconded_is_support_from_the_agent():
    e, names = found("The proposal was quickly seconded by the Spanish prime minister.", "seconded")
    assert e.plover.type == "SUPPORT" and e.source is not None


def test_fine_lemma_and_adjective():
    # fresh10: "Offenders can be fined" (anyone, in general) tells a rule, no event (senses condition procedural)
    assert found("The two offenders can be fined 500 pounds.", "fined")[0].status == "hypothetical"
    assert not run("The weather was fine on Monday.").events


def test_a_judgement_needs_an_evaluative_word():
    e, _ = found('"That is a grave mistake," the minister said.', "said")  # the speaker's judgement (prec8)
    assert e.plover.type == "ACCUSE"
    assert not [e for e in run("The report said the landing was a mistake.").events if e.plover.type == "ACCUSE"]


def test_firing_needs_a_target_not_a_date():
    assert not [e for e in run("The company fired the manager on Monday.").events if e.plover.type == "ASSAULT"]
    assert not [e for e in run("The ministers signed the report on Friday.").events if e.cameo == "057"]


def test_every_prep_constraint_names_one_preposition():
    for rules in events.lexicon().values():
        for r in rules:
            assert "|" not in r.prep, r


def test_questioning_people_preventing_and_harassing():
    from eventwire.pipeline import extract as run_extract
    art = run_extract(text="Police in Oslo said they questioned the car's owner on Friday after the fire at the airport.",
                      published="2021-03-04", min_confidence=0)
    assert any(e.trigger.text == "questioned" and e.cameo.startswith("09") for e in art.events)
    art = run_extract(text="The Australian authorities prevented two cruise ships from docking in Sydney on Monday.",
                      published="2021-03-04", min_confidence=0)
    assert any(e.trigger.text == "prevented" and e.plover.type == "COERCE" for e in art.events)
    art = run_extract(text="Police in Minsk harassed the journalists covering the protest on Saturday, witnesses said.",
                      published="2021-03-04", min_confidence=0)
    assert any(e.trigger.text == "harassed" and e.plover.type == "COERCE" for e in art.events)
