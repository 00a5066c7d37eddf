"""What a brief can reach and tell: the lead of a report past its byline, a topic that no
state stands for, a subject as its sentence writes it, an act done "by doing" something,
and the checks that keep such statements true to their sentence.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest
from hand_records import analysed, event, pred, state, with_pred

from newsbrief.knowledge import evidence as ev
from newsbrief.knowledge.brief import BriefQuery, build_brief
from newsbrief.store import Store


@pytest.fixture(autouse=True)
def _states():
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))


# ----------------------------------------------------------------------------- the lead

def test_prose_before_skips_byline_and_headline_lines():
    text = ("Ana Soto\n\nSouthern Desk\n\nChile closed two border posts with Peru on Friday "
            "after a long dispute over fishing. A second sentence follows here with enough "
            "words in it.")
    assert ev.prose_before(text, text.index("Chile")) == 0
    assert ev.prose_before(text, text.index("A second")) == 1
    # Nothing but prose before it: its sentence number says (None).
    assert ev.prose_before(text[text.index("Chile"):], 0) is None


def test_a_lead_after_a_byline_is_the_days_news(tmp_path):
    body = "Chile has closed its border crossings with Peru."
    text = "Ana Soto\n\nSouthern Desk\n\nWire staff\n\n" + body
    at = text.index(body)
    rec = with_pred(event("e1", "SANCTION", [state("CHL")], [state("PER")], date="2025-03-05",
                          source="published", cameo="163", text=body, sentence=3, start=at),
                    dataclasses.replace(pred(text, "closed", "close", past="closed",
                                             obj="its border crossings", mods=("with Peru",)),
                                        tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [rec], published="2025-03-05", source="Wire A"))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    assert brief["lede"] and brief["lede"]["date_source"] == "lead", brief["lede"]


# ------------------------------------------------------------ a topic no state stands for

def test_a_topic_no_state_stands_for_takes_every_act_of_its_reports(tmp_path):
    """A vote in a report about a topic (named in its title) belongs to the topic though
    its sentence does not name it and it is no lead sentence."""
    text = ("The fishing pact split the coalition. Lawmakers debated it for a week. "
            "Ministers met twice. Then the Senate of Chile rejected a new offer from Peru "
            "on Tuesday.")
    at = text.index("Then")
    rec = with_pred(event("e1", "REJECT", [state("CHL", "LEG", text="the Senate of Chile")],
                          [], date="2025-03-04", cameo="120", text=text[at:], sentence=3,
                          start=at),
                    dataclasses.replace(pred(text, "rejected", "reject", past="rejected",
                                             obj="a new offer from Peru"), tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [rec], published="2025-03-05",
                         title="Fishing pact: Senate vote ends the saga"))
        about = build_brief(s, BriefQuery(about=("Fishing pact",)))
        other = build_brief(s, BriefQuery(about=("Oil deal",)))
    told = [about["lede"]] + about["developments"] + about["other"] if about["lede"] else \
        about["developments"] + about["other"] + about["background"]
    assert any("rejected" in i["text"] for i in told), about
    assert not (other["lede"] or other["developments"] or other["other"])


# --------------------------------------------------------------- the subject as written

@pytest.mark.parametrize("sentence, surfaces, verb, subject", [
    ("The Lima government on Monday imposed new fishing quotas.", ["The Lima government"],
     "imposed", "The Lima government"),
    ("Fishermen in southern Chile have blocked two ports and burned tyres.", ["Fishermen"],
     "blocked", "Fishermen in southern Chile"),
    ("Envoys of Chile, Peru and Bolivia met in Quito on Friday.", ["Envoys"], "met",
     "Envoys of Chile, Peru and Bolivia"),
    ("After a long night, the mayor and leaders of the strikers signed a truce.",
     ["the mayor", "leaders"], "signed", "the mayor and leaders of the strikers"),
    # Not the subject, or something else between it and the verb:
    ("Fishermen in southern Chile have blocked two ports and burned tyres.", ["Fishermen"],
     "burned", None),
    ("Peru's navy seized a trawler.", ["Peru"], "seized", None),
    ("Officials said Peru seized a trawler.", ["Peru"], "seized", None),
    ("Some angry fishermen blocked a port.", ["fishermen"], "blocked", None),
    ("The mayor, who was elected in May, signed the truce.", ["The mayor"], "signed", None),
    # The clause a cue's "that" opens has its own subject; a relative "that" does not.
    ("Residents told reporters that armed men seized the town hall.", ["armed men"],
     "seized", "armed men"),
    ("It was the port that armed men seized on Monday.", ["armed men"], "seized", None),
])
def test_written_subject(sentence, surfaces, verb, subject):
    assert ev.written_subject(sentence, surfaces, sentence.index(verb)) == subject


def test_a_doer_told_as_its_sentence_writes_it(tmp_path):
    """The doer's name alone ("Chile") would say other than the sentence ("the Chilean
    navy's command"): the subject is told as written."""
    text = "The coast guard command of Chile on Monday seized two trawlers off Arica."
    rec = with_pred(event("e1", "COERCE", [state("CHL", "MIL", text="The coast guard command")],
                          [], date="2025-03-03", cameo="171", text=text),
                    dataclasses.replace(pred(text, "seized", "seize", past="seized",
                                             obj="two trawlers", mods=("off Arica",)),
                                        tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [rec], published="2025-03-05"))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    told = [i["text"] for i in [brief["lede"]] + brief["developments"] if i]
    assert any(t.startswith("The coast guard command of Chile seized two trawlers")
               for t in told), told


# ----------------------------------------------------------------------- done by doing

@pytest.mark.parametrize("sentence, doer, act, done", [
    ("Peru answered on Sunday by closing its airspace.", "Peru", "closing", True),
    ("Chile formally left the pact by sending a letter to Lima.", "Chile", "sending", True),
    ("Peru did retaliate late Sunday, closing its airspace.", "Peru", "closing", True),
    ("Peru vowed to answer by closing its airspace.", "Peru", "closing", False),
    ("Peru will answer by closing its airspace.", "Peru", "closing", False),
    ("Peru did not answer by closing its airspace.", "Peru", "closing", False),
    ("Peru says it answered by closing its airspace.", "Peru", "closing", False),
])
def test_done_by_doing(sentence, doer, act, done):
    at = sentence.index(act)
    assert ev.done_by_doing(sentence, at, at + len(act), [doer]) is done


# ------------------------------------------------------- checks that keep it true

def test_a_cue_in_a_clause_of_its_own_gives_no_account():
    s = "Chile closed its ports on Friday, a day after Peru's navy warned of a storm."
    at = s.index("closed")
    assert ev.report_scope(s, at, at + 6).kind == "narrator"
    s = "Chile closed its ports on Friday, officials said."
    assert ev.report_scope(s, at, at + 6).kind == "reported"


def test_another_clause_with_its_own_doer_stands_between():
    s = "The U.K. is facing a storm and Smith has closed the ports."
    assert ev.other_subject_between(s, ["The U.K.", "United Kingdom"], s.index("closed"))
    s = "The U.K. and Ireland have closed the ports."
    assert not ev.other_subject_between(s, ["The U.K."], s.index("closed"))


def _told(tmp_path, text, word, lemma, actor, obj=None, voice="active", mods=(),
          about="CHL", target="PER"):
    rec = with_pred(event("e1", "COERCE", [actor], [state(target)], date="2025-03-03",
                          cameo="171", text=text),
                    dataclasses.replace(pred(text, word, lemma, voice=voice, past=word,
                                             obj=obj, mods=mods), tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [rec], published="2025-03-05"))
        brief = build_brief(s, BriefQuery(about=(about,)))
    return [i["text"] for sec in ("developments", "other", "background")
            for i in brief[sec]] + ([brief["lede"]["text"]] if brief["lede"] else [])


def test_one_of_many_acted_on_is_not_told_as_all_of_them(tmp_path):
    text = "He was one of the Peruvian crews who was detained by Chile on Monday."
    told = _told(tmp_path, text, "detained", "detain", state("CHL"),
                 obj="the Peruvian crews", voice="passive")
    assert not any("detained the Peruvian crews" in t for t in told), told
    whole = _told(tmp_path / "w", "The Peruvian crews were detained by Chile on Monday.",
                  "detained", "detain", state("CHL"), obj="the Peruvian crews",
                  voice="passive")
    assert any("Chile detained the Peruvian crews" in t for t in whole), whole


def test_a_form_of_address_is_no_name(tmp_path):
    text = "Sir Tom met the Peruvian consul in Santiago on Monday."
    told = _told(tmp_path, text, "met", "meet", dataclasses.replace(
        state("CHL"), entity=None, text="Sir"), obj="the Peruvian consul",
        mods=("in Santiago",))
    assert not any(t.startswith("Sir met") for t in told), told
    named = _told(tmp_path / "n", "Tom Reyes met the Peruvian consul in Santiago on Monday.",
                  "met", "meet", dataclasses.replace(state("CHL"), entity=None,
                                                     text="Tom Reyes"),
                  obj="the Peruvian consul", mods=("in Santiago",))
    assert any(t.startswith("Tom Reyes met") for t in named), named


@pytest.mark.parametrize("sentence, surfaces, verb, subject", [
    # A dateline is no subject; a name the dateline ran into is no surface to tell.
    ("ARICA, Chile (AP) — Chile closed two ports on Friday.", ["Chile"], "closed", "Chile"),
    ("Lima, Peru - Chile officials and Peru envoys signed a pact.",
     ["Peru - Chile officials"], "signed", None),
])
def test_written_subject_leaves_the_dateline_out(sentence, surfaces, verb, subject):
    assert ev.written_subject(sentence, surfaces, sentence.index(verb)) == subject


@pytest.mark.parametrize("role, office", [
    ("CHL GOV Foreign Minister", "Foreign Minister"),
    ("GOV Mayor of Lima", "Mayor of Lima"),
    ("former PER GOV Mayor of Lima", "former Mayor of Lima"),
    ("former PER GOV", None),  # no past title, and never the sector code
    ("PER GOV", "President"),  # the title the text gives
])
def test_office_of_reads_the_role(role, office):
    from newsbrief.knowledge.naming import office_of
    from newsbrief.stored import ActorSummary

    ref = ActorSummary(name="Ana Soto", entity_id=None, country="PER", sector="GOV",
                       kind="person", office="President", mentions=1, role=role)
    assert office_of(ref) == office


def test_a_contrast_after_the_lead_act_does_not_time_it(tmp_path):
    """"..., though X must still be done before Sunday": Sunday times the other clause;
    the lead's act is still the day's news."""
    text = ("Chile and Peru have agreed a draft text on fishing rights, though a quarrel over "
            "one bay must still be settled before ministers meet on Sunday.")
    rec = with_pred(event("e1", "AGREE", [state("CHL"), state("PER")], [], date="2025-03-05",
                          source="published", cameo="030", text=text),
                    dataclasses.replace(pred(text, "agreed", "agree", past="agreed",
                                             obj="a draft text on fishing rights"),
                                        tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [rec], published="2025-03-05"))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    assert brief["lede"] and brief["lede"]["date_source"] == "lead", brief["lede"]


def test_an_act_in_a_clause_of_until_is_not_told_as_done(tmp_path):
    text = "Talks stalled until after Peru has closed two border posts."
    told = _told(tmp_path, text, "closed", "close", state("PER"), obj="two border posts",
                 about="PER", target="CHL")
    assert not any("closed two border posts" in t for t in told), told
    done = _told(tmp_path / "d", "Peru has closed two border posts.", "closed", "close",
                 state("PER"), obj="two border posts", about="PER", target="CHL")
    assert any("Peru closed two border posts" in t for t in done), done


def test_a_state_is_told_as_its_sentence_names_it(tmp_path):
    """A part of a country is not the country: "Arica" linked to Chile stays "Arica"."""
    first = "Chile warned Peru about its trawlers on Sunday."
    text = first + " In northern Chile, Arica closed two ports to Peruvian trawlers on Monday."
    at = text.index("In northern")
    warned = with_pred(event("e0", "THREATEN", [state("CHL")], [state("PER")],
                             date="2025-03-02", cameo="130", text=first),
                       dataclasses.replace(pred(text, "warned", "warn", past="warned",
                                                obj="Peru"), tense="past"))
    closed = with_pred(event("e1", "COERCE", [dataclasses.replace(state("CHL"), text="Arica")],
                             [state("PER")], date="2025-03-03", cameo="171", text=text[at:],
                             sentence=1, start=at),
                       dataclasses.replace(pred(text, "closed", "close", past="closed",
                                                obj="two ports",
                                                mods=("to Peruvian trawlers",)),
                                           tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [warned, closed], published="2025-03-05"))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    told = [i["text"] for sec in ("developments", "other", "background")
            for i in brief[sec]] + ([brief["lede"]["text"]] if brief["lede"] else [])
    assert any(t.startswith("Arica closed two ports") for t in told), told
    assert not any(t.startswith("Chile closed") for t in told), told


def test_an_office_the_name_already_gives_is_not_said_twice():
    from newsbrief.knowledge.naming import Names
    from newsbrief.stored import ActorSummary

    ref = ActorSummary(name="Queen Ana II", entity_id="q", country="PER", sector="GOV",
                       kind="person", office="Queen", mentions=1, role="PER GOV Queen")
    assert Names({"PER": "Peru"}).name(ref, "Queen Ana II opened the bridge.") == \
        "Queen Ana II"


def test_an_agency_dateline_is_a_dateline():
    s = "LIMA/SANTIAGO (Wire) - Chile and Peru signed a pact."
    assert ev.in_dateline(s, "Wire") and ev.in_dateline(s, "LIMA/SANTIAGO (Wire")
    assert not ev.in_dateline(s, "Chile")


def test_an_act_told_of_other_times_is_not_this_act(tmp_path):
    text = "The last two times Peru was sanctioned by Chile the measures lasted a week."
    told = _told(tmp_path, text, "sanctioned", "sanction", state("CHL"), obj="Peru",
                 voice="passive")
    assert not any("sanctioned Peru" in t for t in told), told
    once = _told(tmp_path / "o", "Peru was sanctioned by Chile on Monday.", "sanctioned",
                 "sanction", state("CHL"), obj="Peru", voice="passive")
    assert any("Chile sanctioned Peru" in t for t in once), once


def test_a_meeting_of_one_side_weighs_less_than_a_meeting_of_two(tmp_path):
    from newsbrief.knowledge.brief import OWN_MEETING_WEIGHT, importance
    from newsbrief.knowledge.queries import hydrate
    from newsbrief.knowledge.grouping import statements_from
    from newsbrief.store import reads as q

    def weight(name, actors, recipients):
        text = "The envoys met in Lima on Monday."
        rec = with_pred(event("e1", "CONSULT", actors, recipients, date="2025-03-03",
                              cameo="040", text=text),
                        dataclasses.replace(pred(text, "met", "meet", past="met",
                                                 mods=("in Lima",)), tense="past"))
        with Store(tmp_path / f"{name}.db") as s:
            s.write(analysed(text, [rec], published="2025-03-05"))
            [st] = statements_from(hydrate(s, q.event_ids(s, q.EventQuery())),
                                   states=q.state_names(s))
            return importance(st)

    one = weight("one", [state("CHL")], [])
    two = weight("two", [state("CHL")], [state("PER")])
    assert one == pytest.approx(two * OWN_MEETING_WEIGHT)


def test_an_object_that_runs_into_another_clause_is_not_told(tmp_path):
    text = ("Chile sanctioned two firms, three banks and some traders and new records later "
            "showed the traders had left.")
    told = _told(tmp_path, text, "sanctioned", "sanction", state("CHL"),
                 obj="two firms, three banks and some traders")
    assert not any("some traders" in t for t in told), told
    whole = _told(tmp_path / "w", "Chile sanctioned two firms, three banks and some traders.",
                  "sanctioned", "sanction", state("CHL"),
                  obj="two firms, three banks and some traders")
    assert any("sanctioned two firms, three banks and some traders" in t for t in whole), whole


@pytest.mark.parametrize("text, obj, mods, word, lemma, banned", [
    # A limit the sentence sets is part of what it says.
    ("Chile has sanctioned every Peruvian trawler since 2019, with one exception.",
     "every Peruvian trawler", ("with one exception",), "sanctioned", "sanction",
     "sanctioned every Peruvian trawler with one exception"),
    # "from the deal": which deal, the article said before.
    ("The pact still stands, but Chile has withdrawn Peru's envoys from the deal.",
     "Peru's envoys", ("from the deal",), "withdrawn", "withdraw", "from the deal"),
])
def test_a_limit_or_a_pointing_deal_is_not_dropped(tmp_path, text, obj, mods, word, lemma,
                                                   banned):
    told = _told(tmp_path, text, word, lemma, state("CHL"), obj=obj, mods=mods)
    assert not any(banned in t for t in told), told



def test_a_country_named_as_the_place_is_not_the_owner(tmp_path):
    """"In Peru, the rebel militia shelled ...": Peru is where, not whose militia."""
    from newsbrief.knowledge.naming import country_not_written
    from newsbrief.stored import ActorSummary

    ref = ActorSummary(name="rebel militia", entity_id=None, country="PER", sector="REB",
                       kind=None, office=None, mentions=1)
    states = {"PER": "Peru"}
    assert country_not_written(ref, states, "In Peru, the rebel militia shelled a town.")
    assert not country_not_written(ref, states, "Peru's rebel militia shelled a town.")


@pytest.mark.parametrize("doer", ["Both lawmakers", "Both ministers", "Both MPs"])
def test_both_of_a_kind_not_named_is_not_told_as_the_doer(tmp_path, doer):
    # "Both lawmakers": which two, the article said before; told alone it names nobody.
    text = f"{doer} condemned Peru's fishing fleet in Santiago on Monday."
    told = _told(tmp_path, text, "condemned", "condemn",
                 dataclasses.replace(state("CHL"), entity=None, text=doer),
                 obj="Peru's fishing fleet", mods=("in Santiago",))
    assert not any("condemned Peru's fishing fleet" in t for t in told), told
    # the two named: told
    named = "Ana Soto and Luis Vera"
    text = f"{named} condemned Peru's fishing fleet in Santiago on Monday."
    told = _told(tmp_path / "n", text, "condemned", "condemn",
                 dataclasses.replace(state("CHL"), entity=None, text=named),
                 obj="Peru's fishing fleet", mods=("in Santiago",))
    assert any(t.startswith(f"{named} condemned Peru's fishing fleet") for t in told), told
