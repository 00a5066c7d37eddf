"""scripts/scan_copied.py finds runs of words shared with others' texts (our own strings)."""
import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "scan_copied", Path(__file__).resolve().parents[1] / "scripts/scan_copied.py")
scan = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(scan)


def test_a_run_shared_whatever_its_case_and_punctuation_is_found():
    ours = "Our note: the harbour board Didn't approve the new pier plan."
    theirs = ["Elsewhere, the harbour board didn't approve the new pier at all."]
    assert scan.shared_runs(ours, theirs, 6) == {
        "the harbour board didn t approve", "harbour board didn t approve the",
        "board didn t approve the new", "didn t approve the new pier"}


def test_a_shorter_run_is_not_a_copy():
    assert scan.shared_runs("the harbour board met", ["the harbour board met today"], 6) == set()
