"""keytype47 (stop 47): the object noun of a light verb of offering is an offer of its
act, through spaCy's real parse and the whole pipeline, on sentences made up for the
test. "offered relief assistance", "offered fresh talks", "offered a truce" tell an
offer (CAMEO 033 express intent to provide aid, 036 to meet or negotiate, 035 to
yield), as "offered to send aid" already does; the aid is not yet given. Aid pledged or
handed over keeps the aid, and so does aid offered to people ("to the refugees", "to the
wounded"), most often handed out on the spot; support or a resignation offered keep their
own reading.
Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _of(pipe, text, word):
    return [(t, c) for t, c, trig, _actor, _recipient in coded(pipe, text) if trig == word]


@pytest.mark.parametrize("text, word, cameo", [
    ("The foreign minister offered relief assistance to the island republic on Monday.",
     "assistance", "033"),
    ("The defence secretary offered armoured trucks and military aid to the border militia.",
     "aid", "033"),
    ("On Thursday the governor offered fresh talks to the striking dockers.", "talks", "036"),
    ("The junta offered a truce to the hill tribes on Sunday.", "truce", "035"),
    # the act under "of" of a measure, or under the verb's "as", is the offer's too
    ("The European Commission offered a fresh bundle of aid to Bolivia on Monday.",
     "aid", "033"),
    ("The cabinet offered a fresh round of talks to the mountain rebels on Monday.",
     "talks", "036"),
    ("Qatar offered two shiploads of wheat as aid to Chad on Friday.",
     "aid", "033"),
    # an accord offered is not yet signed
    ("The insurgents offered a new deal to the Malian government on Friday.", "deal", "030"),
    # passive: the offer is still made to a state
    ("Reconstruction aid was offered to Haiti by the Norwegian government.",
     "aid", "033"),
])
def test_an_act_offered_is_an_offer(pipe, text, word, cameo):
    found = _of(pipe, text, word)
    assert ("AGREE", cameo) in found, coded(pipe, text)
    assert all(t == "AGREE" for t, _c in found), found


@pytest.mark.parametrize("text, word, typ", [
    # controls, pass on main: aid handed over is aid, whatever verb gives it, and aid
    # pledged is reported as aid committed
    ("The defence secretary delivered military aid to the border militia.", "aid", "AID"),
    ("The defence secretary pledged armoured trucks and military aid to the border militia.",
     "aid", "AID"),
    # support pledged backs its party now; a resignation offered is tendered
    ("The senator pledged his support for the new coalition on Tuesday.", "support",
     "SUPPORT"),
    ("The mayor of the port town offered his resignation on Friday.", "resignation", "CONCEDE"),
    # "offer up" hands over what it takes
    ("The two ministers offered up intelligence cooperation to the allied states.",
     "cooperation", "COOPERATE"),
    # aid offered to people, not to a party, is most often handed out on the spot
    ("Greek border guards offered blankets and aid to 4,000 refugees at the crossing on Monday.",
     "aid", "AID"),
    ("Italian army medics offered urgent assistance to the wounded at the depot on Sunday.",
     "assistance", "AID"),
    ("Fresh aid was offered to the flood victims by the Chilean government on Friday.",
     "aid", "AID"),
    # a negated offer is a refusal, as before; a deal signed stays signed
    ("The Norwegian government offered no aid to Chad on Friday.", "aid", "REJECT"),
    ("The insurgents signed a new deal with the Malian government on Friday.", "deal", "SUPPORT"),
])
def test_an_act_given_or_backed_keeps_its_type(pipe, text, word, typ):
    found = _of(pipe, text, word)
    assert found and all(t == typ for t, _c in found), coded(pipe, text)
