"""The words before or around a name that tell what it names, shared by the readers of
names: titles (a person's, of which gender, and how the tokenizer splits one from its
stop) and the verbs whose object is a place.

The entity stage (actors.entities), actors.surnames, actors.anaphora, events.actorrefs
and actors.layout read one table, data/name_cues_lists.toml, each reader taking its rows,
so that a title is written once. A module of its own because five readers in two packages (actors and events) read the
table; none of them is the natural owner of the others' rows.
"""

from __future__ import annotations

from ..words import word_lists

# The word lists of this module: data/name_cues_lists.toml.
_LISTS = word_lists("newsbrief.actors", "name_cues_lists.toml")
# What a row may say its title is for (the file's comment says what each flag means).
FLAGS = frozenset({"honorific", "person", "m", "f", "parted", "caps", "layout", "stopped"})
# title (lower case, no stop) -> what its readers take it for (the file's flags).
TITLES = {row.split()[0]: frozenset(row.split()[1:]) for row in _LISTS["titles"]}
# A misspelt flag would silently drop its title from a reader's set: refuse it at import.
_UNKNOWN = {word: sorted(flags - FLAGS) for word, flags in TITLES.items() if flags - FLAGS}
if _UNKNOWN:
    raise ValueError(f"actors/data/name_cues_lists.toml: unknown flags {_UNKNOWN} in `titles`;"
                     f" use only {sorted(FLAGS)}")
# Verbs (lemmas) whose object is the place itself ("visited Moscow", "shelled Kyiv").
PLACE_VERBS = frozenset(_LISTS["place_verbs"])


def titles_with(flag: str) -> frozenset[str]:
    """The titles (lower case, no stop) the table gives `flag` ("honorific", "person",
    "m", "f", "parted", "caps", "layout", "stopped"). An unknown flag is a mistake, not an empty set."""
    if flag not in FLAGS:
        raise ValueError(f"unknown title flag {flag!r}; use one of {sorted(FLAGS)}")
    return frozenset(word for word, flags in TITLES.items() if flag in flags)


# The entity stage's honorifics and ranks before a name ("Mr. Khan", "Sen. Cruz").
HONORIFICS = titles_with("honorific")
# Titles that stand only before a person's name ("Rep. Dana Israel").
PERSON_TITLES = titles_with("person")
# Titles that tell a person's gender ("Mr.", "Ms.").
MALE_TITLES = titles_with("m")
FEMALE_TITLES = titles_with("f")
# Abbreviated titles the tokenizer splits from their stop, as written ("Lt", "Sgt"), and
# in the capitals of wire copy those it also splits there ("GOV . X").
PARTED_TITLES = frozenset(word.title() for word in titles_with("parted"))
PARTED_TITLES_CAPS = PARTED_TITLES | frozenset(word.title() for word in titles_with("caps"))
# Titles before a name on a byline or a card's line (actors.layout), lower case, and the
# abbreviated ones with their full stop as the tokenizer keeps it ("mr.", "dr.").
LAYOUT_TITLES = titles_with("layout") | frozenset(
    word + "." for word in titles_with("layout") & titles_with("stopped"))
