"""lex11 (issue 10, recall, top-down): rows of resources/events/triggers.tsv written from the CAMEO 1.1b3
codebook's verb lists (and the PLOVER spec), not from evaluation text. A sample of them fires in a
political sentence with its CAMEO code, and stays silent where the word has its general sense.
Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline

ALL = Pipeline(until="context", min_confidence=0)  # every event kept: the lexicon, not the threshold, is tested


def codes(text: str, word: str) -> list[str]:
    """CAMEO codes of the events whose trigger is ``word`` (case-insensitive) in ``text``."""
    art = ALL.annotate([Article(id="t", text=text)], [datetime(2021, 3, 4)])[0]
    return [e.cameo for e in art.events if e.trigger.text.lower() == word]


@pytest.mark.parametrize("text, word, cameo", [
    # 01 / 03 / 04 / 05: statements, intent, consultation, diplomatic cooperation
    ("The minister owned up to the error in the budget.", "owned", "015"),
    ("Norway offered to host the negotiations between the government and the rebels.", "offered", "036"),
    ("Qatar facilitated talks between the Taliban and Washington.", "facilitated", "045"),
    ("The king greeted the French president at the airport.", "greeted", "043"),
    ("The opposition leader embraced the peace plan proposed by the mediators.", "embraced", "051"),
    ("Most senators favour the peace plan.", "favour", "051"),
    ("Egypt and Israel sealed a deal on gas exports.", "sealed", "057"),
    # 02 / 07 / 08: appeals, aid, concessions and retreats
    ("The Iraqi government exhorted the Kurdish parties to return to talks.", "exhorted", "020"),
    ("American instructors trained Ukrainian soldiers in Poland.", "trained", "072"),
    ("Germany shipped weapons to Ukraine.", "shipped", "072"),
    ("Ghana contributed troops to the UN mission in Mali.", "contributed", "074"),
    ("Turkey took in three million Syrian refugees.", "took", "075"),
    ("Israel and Hamas swapped prisoners.", "swapped", "0841"),
    ("Russia halted its offensive near Kyiv.", "halted", "087"),
    # 09 / 11 / 12: investigation, disapproval, rejection
    ("The prime minister took a swipe at the opposition leader.", "took", "111"),
    ("Activists called out the government for its silence.", "called", "111"),
    ("The UN held Syria responsible for the chemical attack.", "held", "112"),
    ("The opposition took the government to court over the election law.", "took", "115"),
    ("Beijing lodged an objection to the arms sale.", "objection", "110"),
    ("The military junta flouted the court ruling.", "flouted", "128"),
    ("The government ruled out talks with the rebels.", "ruled", "125"),
    # phrasal verbs whose particle turns a general verb into a political act
    ("The governor signed off on the new budget.", "signed", "051"),
    ("The president walked back his comments about NATO.", "walked", "0832"),
    ("The government rolled back the restrictions on gatherings.", "rolled", "081"),
    ("The minister fired back at her critics.", "fired", "111"),
    ("Senators pushed back against the proposal.", "pushed", "110"),
    ("The senate shot down the proposal.", "shot", "120"),
    ("A federal judge threw out the lawsuit against the governor.", "threw", "120"),
    ("The senator favored expanding space exploration.", "favored", "051"),
    # forms the small model lemmatises oddly ("sniped" -> "snip", "waged" -> "wag", "rapes" -> "rap")
    ("The senator sniped at the governor over the budget.", "sniped", "111"),
    ("The regime scapegoated the refugees for the crisis.", "scapegoated", "112"),
    ("The rebels waged war on the government for a decade.", "waged", "190"),
    ("The militia rapes women in the villages it captures.", "rapes", "1821"),
    # 16: reducing relations
    ("Iran tore up the nuclear deal.", "tore", "166"),
    ("Russia pulled out of the arms control treaty.", "pulled", "166"),
    ("The government pulled out of the talks with the rebels.", "pulled", "164"),
    ("The United States hit Iran with new sanctions.", "hit", "163"),
    ("China declared the Canadian diplomat persona non grata.", "declared", "166"),
    # 17: coercion
    ("Police picked up the activist at his home in Minsk.", "picked", "173"),
    ("The journalist was put on trial in Ankara.", "put", "173"),
    ("Security forces quashed the protest in the capital.", "quashed", "175"),
    ("Police broke up the rally outside parliament.", "broke", "175"),
    # 18 / 19: assault and fighting
    ("The militia beat the farmer to death.", "beat", "1823"),
    ("Gunmen snatched the journalist in Lagos.", "snatched", "181"),
    ("The militia carried out reprisals against villagers.", "reprisals", "180"),
    ("Ukrainian forces repelled the Russian attack near Kharkiv.", "repelled", "190"),
    ("Government troops engaged the rebels near the border.", "engaged", "190"),
    ("The army liberated the town from the militants.", "liberated", "192"),
    ("Hamas broke the ceasefire on Tuesday.", "broke", "196"),
    # 14 / 15: protest and force posture
    ("The army rushed troops to the border.", "rushed", "154"),
])
def test_codebook_row_fires_in_a_political_sentence(text: str, word: str, cameo: str) -> None:
    assert cameo in codes(text, word), (text, codes(text, word))


@pytest.mark.parametrize("text, word", [
    ("The chef hammered out the dough.", "hammered"),
    ("The storm sank a fishing boat off the coast.", "sank"),
    ("The coach ruled out the striker for the season.", "ruled"),
    ("The pilot was training for the marathon.", "training"),
    ("They shipped the furniture to Boston.", "shipped"),
    ("The bakery rushed orders to customers.", "rushed"),
    ("Engineers engaged the gears of the machine.", "engaged"),
    ("The factory halted production for the holiday.", "halted"),
    ("The toddler broke the toy.", "broke"),
    ("The firm terminated the contract of the cleaner.", "terminated"),
    ("She set the table for dinner.", "set"),
    ("The company applied for a patent.", "applied"),
    ("The children took the bus to school.", "took"),
    ("The band contributed a song to the album.", "contributed"),
    ("The incumbent is favored to win the election.", "favored"),
    ("She rolled back the carpet.", "rolled"),
    ("The boy threw out the old newspapers.", "threw"),
])
def test_codebook_row_stays_silent_in_a_general_sense(text: str, word: str) -> None:
    assert not codes(text, word), (text, codes(text, word))
