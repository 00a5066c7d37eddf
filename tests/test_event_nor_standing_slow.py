"""Negation across two joined clauses (modality): "nor" denies the clause it opens as
"not" does, whether the parser hangs it on the first verb or on the second, or it opens
the sentence; and a second clause with its own subject keeps its own standing, so a
"not" in the first clause does not deny it ("did not respond, and rebels shelled ...").

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow



@pytest.mark.parametrize("text, word", [
    ("Governor Ann Lee did not answer the critics on Monday, nor did she call for new taxes.",
     "call"),
    ("The mayor did not resign, nor was he fired, on Monday.", "fired"),
    ("The council met on Monday. Nor did it vote on the budget.", "vote"),
    ("The mayor neither met the protesters nor called for calm on Monday.", "called"),
])
def test_a_clause_after_nor_is_denied(standing_of, text, word):
    assert standing_of(text, word) == "negated"


@pytest.mark.parametrize("text, word", [
    ("The army did not respond on Friday, and rebels shelled the town again.", "shelled"),
    ("Troops did not fire, and police arrested twelve protesters on Friday.", "arrested"),
    ("Governor Ann Lee did not sign the bill on Monday, and she vetoed the budget.", "vetoed"),
])
def test_a_clause_with_its_own_subject_keeps_its_standing(standing_of, text, word):
    assert standing_of(text, word) == "asserted"


@pytest.mark.parametrize("text, word, want", [
    # controls: alternatives under one negation are all denied; "but" breaks it; a
    # clause joined by "and" without a subject shares the first verb's marks
    ("Governor Ann Lee did not sign the bill or veto it on Monday.", "veto", "negated"),
    ("Governor Ann Lee did not sign the bill on Monday but vetoed the budget.", "vetoed",
     "asserted"),
    ("The minister will not sign and ratify the treaty this year.", "ratify", "negated"),
    ("Rebels shelled the town on Friday and the army did not respond.", "shelled", "asserted"),
    ("Police arrested two men on Monday, nor was that the end of the raids.", "arrested",
     "asserted"),
])
def test_controls_keep_their_standing(standing_of, text, word, want):
    assert standing_of(text, word) == want
