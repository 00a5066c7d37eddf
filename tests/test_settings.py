import pytest

from newsbrief.errors import ConfigError
from newsbrief.settings import load_settings


def test_defaults_load_and_expand_home(monkeypatch):
    monkeypatch.delenv("NEWSBRIEF_DB", raising=False)
    monkeypatch.delenv("NEWSBRIEF_CONFIG", raising=False)
    s = load_settings()
    assert not s.db.startswith("~")
    assert s.stages == ("entities", "timexes", "events")


def test_environment_then_flags_override(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSBRIEF_DB", str(tmp_path / "env.db"))
    assert load_settings().db == str(tmp_path / "env.db")
    assert load_settings(db=str(tmp_path / "flag.db")).db == str(tmp_path / "flag.db")


def test_user_file_overrides_and_unknown_keys_are_refused(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text("[nlp]\nbatch_size = 4\n")
    assert load_settings(good).batch_size == 4
    bad = tmp_path / "bad.toml"
    bad.write_text("[nlp]\nbatch_sise = 4\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(bad)


def test_invalid_values_say_how_to_fix(tmp_path):
    with pytest.raises(ConfigError, match="max_bytes"):
        load_settings(max_bytes=0)
    with pytest.raises(ConfigError, match="unknown pipeline stage"):
        load_settings(stages=("entities", "sentiment"))
