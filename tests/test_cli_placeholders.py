"""The values of the command line's options are named in the reader's language.

argparse names an option's value after the option (``--key-file KEY_FILE``); the Indonesian help
names it in Indonesian (``--key-file BERKAS_KUNCI``), and a new option gets a name in the
catalogs too: every option that takes a value is either given a placeholder of its own or has
its argparse name in ``PLACEHOLDERS``.
"""

from __future__ import annotations

import argparse

import pytest

from pengaduan.cli._app import _parser
from pengaduan.cli._parser import PLACEHOLDERS
from pengaduan.language import use_language


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_parsers(sub))
    return found


def _valued_options(lang: str) -> list[argparse.Action]:
    with use_language(lang):
        parser = _parser(lang)
    return [
        action
        for sub in _parsers(parser)
        for action in sub._actions
        if action.option_strings and action.nargs != 0 and action.choices is None
    ]


def test_every_option_taking_a_value_has_a_placeholder() -> None:
    for action in _valued_options("en"):
        assert action.metavar is not None, action.option_strings
        assert action.metavar in PLACEHOLDERS or action.metavar != action.dest.upper()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_placeholders_are_in_the_readers_language(lang: str) -> None:
    same = {"HTML", "LOG", "MODEL", "MIN_DF", "URL"}  # the same word in both languages
    shown = {str(action.metavar) for action in _valued_options(lang)}
    english = set(PLACEHOLDERS) - same
    if lang == "id":
        assert not shown & english, sorted(shown & english)
        assert {"BERKAS_KUNCI", "ZONA", "KALENDER"} <= shown
    else:
        assert {"KEY_FILE", "ZONE", "CALENDAR"} <= shown
