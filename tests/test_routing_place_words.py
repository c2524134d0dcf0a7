"""Overriding rules read the location fields for their own words.

A reporter who writes the extortion in the address field (``Kantor Lurah X, minta uang pungli``)
used to be routed on the text alone, to the office accused. Only an overriding rule (the default
taxonomy's ``integritas-pungli``) reads the location fields, and only for its own words: a street
(``Jl. ...``) in the address never routes a complaint to public works. The decision says that the
words came from a location field (``matched_in``, ``ReviewReason.PLACE_WORDS``) and never shows
the field itself.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.hostile_helpers import HOSTILE_TEXTS, SECRETS
from tests.place_helpers import DIRECTORY, FIELDS, KUPANG, route, route_with, web

from pengaduan.errors import ArgumentError
from pengaduan.routing import (
    NameSource,
    ReviewReason,
    Router,
    RoutingDecision,
    Rule,
    RuleSet,
    default_router,
    has_any,
)
from pengaduan.routing.learned import DecisionSource, LearnedRouter

PLAIN = default_router()


class TestIntegrityWordsInTheFields:
    @pytest.mark.parametrize(
        ("text", "location", "words", "source"),
        [
            pytest.param(
                "urus surat pindah lama sekali",
                {"address": "Kantor Lurah Oebobo, minta uang pungli"},
                ("pungli",),
                NameSource.ADDRESS,
                id="pungli-in-the-address",
            ),
            pytest.param(
                "urus akta kelahiran dipersulit",
                {"address": "Kantor Dukcapil, saya dipalak petugas"},
                ("dipalak",),
                NameSource.ADDRESS,
                id="dipalak-in-the-address",
            ),
            pytest.param(
                "jalan rusak parah, sudah lapor tidak ada tindakan",
                {"address": "Jl. Soekarno, petugas minta uang pelicin"},
                ("uang pelicin",),
                NameSource.ADDRESS,
                id="a-phrase-in-the-address",
            ),
            pytest.param(
                "antrian puskesmas lama sekali",
                {"address": "Puskesmas Oebobo", "kecamatan": "Maulafa, dipungli"},
                ("dipungli",),
                NameSource.KECAMATAN,
                id="in-the-kecamatan-field",
            ),
            pytest.param(
                "sampah tidak diangkut",
                {"kelurahan": "Oebufu (ada pemalakan)"},
                ("pemalakan",),
                NameSource.KELURAHAN,
                id="in-the-kelurahan-field",
            ),
            pytest.param(
                "",
                {"address": "Kantor Camat Maulafa, dipungli"},
                ("dipungli",),
                NameSource.ADDRESS,
                id="an-empty-text",
            ),
        ],
    )
    def test_the_integrity_rule_wins_from_a_field(
        self, text: str, location: dict[str, str], words: tuple[str, ...], source: NameSource
    ) -> None:
        decision = route(web(text, **location))
        assert decision.units == ("inspektorat",)
        assert decision.rule == "integritas-pungli"
        assert decision.words == words
        assert decision.matched_in is source
        assert ReviewReason.RULE in decision.review
        assert ReviewReason.PLACE_WORDS in decision.review
        # The units the text is about are kept, never sent the complaint.
        bare = KUPANG.route(text)
        if not bare.is_fallback:
            assert (bare.generic_unit or bare.unit) in {
                DIRECTORY.get(unit).generic or unit for unit in decision.related_units
            }

    def test_the_text_units_become_related_units_and_runners_up(self) -> None:
        item = web("urus surat pindah lama sekali", address="Kantor Lurah, minta uang pungli")
        decision = route(item)
        assert decision.related_units == ("disdukcapil",)
        assert [c.unit for c in decision.runners_up] == ["disdukcapil"]

    def test_the_accused_office_is_named_from_the_kecamatan_field(self) -> None:
        item = web("urus KTP di kantor camat", address="saya dipalak petugas", kecamatan="Maulafa")
        decision = route(item)
        assert decision.units == ("inspektorat",)
        assert decision.related_units[0] == "kecamatan-maulafa"

    def test_without_a_directory_too(self) -> None:
        decision = route(web("urus surat lama", address="dipalak di loket"), PLAIN)
        assert (decision.unit, decision.matched_in) == ("inspektorat", NameSource.ADDRESS)

    def test_the_kecamatan_argument_is_read_too(self) -> None:
        decision = KUPANG.route("urus surat lama", kecamatan="Maulafa, ada pungli")
        assert (decision.unit, decision.matched_in) == ("inspektorat", NameSource.KECAMATAN)


class TestOnlyOverridingWords:
    @pytest.mark.parametrize(
        ("text", "address"),
        [
            pytest.param("sampah tidak diangkut", "Jl. Soekarno no 5", id="a-street"),
            pytest.param("antrian lama sekali", "jalan rusak berlubang", id="street-words"),
            pytest.param("sampah menumpuk", "depan kantor lurah oebobo", id="an-office"),
            pytest.param("air mati tiga hari", "dekat sekolah, lampu jalan mati", id="a-landmark"),
            pytest.param("lampu jalan mati", "samping calo tiket", id="a-non-overriding-word"),
            pytest.param("urus ktp lama", "minta uang 50 ribu", id="minta-uang-alone"),
        ],
    )
    def test_other_rules_never_read_the_fields(self, text: str, address: str) -> None:
        bare = KUPANG.route(text)
        decision = route(web(text, address=address))
        assert (decision.unit, decision.rule, decision.score) == (bare.unit, bare.rule, bare.score)
        assert decision.words == bare.words
        assert decision.matched_in is None
        assert ReviewReason.PLACE_WORDS not in decision.review

    def test_a_rule_set_without_overriding_rules_reads_no_words(self) -> None:
        rules = RuleSet.from_rules(
            name="tanpa",
            fallback="admin",
            rules=[
                Rule(name="jalan", when=has_any("jalan"), unit="pupr"),
                Rule(name="pungli", when=has_any("pungli"), unit="inspektorat"),
            ],
        )
        decision = route(web("sampah", address="jalan mawar, pungli"), Router(rules))
        assert (decision.unit, decision.matched_in) == ("admin", None)


class TestTheTextFirst:
    def test_an_integrity_text_is_not_read_again_from_the_fields(self) -> None:
        item = web("ada pungli di kantor camat", address="Jl. Frans Seda, dipalak")
        decision = route(item)
        assert (decision.unit, decision.words, decision.matched_in) == (
            "inspektorat",
            ("pungli",),
            None,
        )
        assert ReviewReason.PLACE_WORDS not in decision.review

    def test_overriding_rules_of_two_units_keep_the_texts_and_ask_for_review(self) -> None:
        rules = RuleSet.from_rules(
            name="dua",
            mode="best-score",
            fallback="admin",
            rules=[
                Rule(name="lurah", when=has_any("kantor lurah"), unit="kelurahan"),
                Rule(name="pungli", when=has_any("pungli"), unit="inspektorat", overrides=True),
                Rule(name="korupsi", when=has_any("korupsi"), unit="kejaksaan", overrides=True),
            ],
        )
        router = Router(rules)
        decision = route(web("pungli di kantor lurah", address="korupsi dana desa"), router)
        assert (decision.unit, decision.matched_in) == ("inspektorat", None)
        assert ReviewReason.PLACE_CONFLICT in decision.review
        # The same rule in both: no conflict.
        same = route(web("pungli di kantor lurah", address="pungli lagi"), router)
        assert ReviewReason.PLACE_CONFLICT not in same.review
        # In the field alone, the mode ranks the overriding rules found there.
        field = route(web("kantor lurah tutup", address="korupsi, pungli"), router)
        assert (field.unit, field.matched_in) == ("inspektorat", NameSource.ADDRESS)
        assert field.related_units == ("kelurahan",)
        assert [c.unit for c in field.runners_up] == ["kejaksaan", "kelurahan"]
        assert ReviewReason.TIE in field.review

    @pytest.mark.parametrize("mode", ["first-match", "best-score"])
    def test_both_modes(self, mode: str) -> None:
        rules = RuleSet.from_rules(
            name="mode",
            mode=mode,
            fallback="admin",
            rules=[
                Rule(name="jalan", when=has_any("jalan"), unit="pupr"),
                Rule(name="pungli", when=has_any("pungli+di-"), unit="inspektorat", overrides=True),
            ],
        )
        decision = route(web("jalan rusak", address="jalan mawar, dipungli"), Router(rules))
        assert (decision.unit, decision.matched_in) == ("inspektorat", NameSource.ADDRESS)
        assert decision.related_units == ("pupr",)
        # Review comes from the field alone here: the rule does not ask for it.
        assert decision.review == (ReviewReason.PLACE_WORDS,)


class TestExplained:
    def test_the_explanation_names_the_field_never_its_words(self) -> None:
        address = "Jl. Mawar 7 rumah Yohanes Ndun Manafe, dipalak petugas"
        decision = route(web("urus surat lama", address=address))
        english = decision.explain("en")
        indonesian = decision.explain("id")
        assert "found in the location's address, not in the text" in english
        assert "alamat lokasi" in indonesian
        for shown in (english, indonesian, repr(decision)):
            assert "Mawar" not in shown
            assert "Yohanes" not in shown

    @pytest.mark.parametrize(
        ("source", "english", "indonesian"),
        [
            (NameSource.ADDRESS, "location's address", "alamat lokasi"),
            (NameSource.KECAMATAN, "location's kecamatan field", "kolom kecamatan"),
            (NameSource.KELURAHAN, "location's kelurahan field", "kolom kelurahan"),
        ],
    )
    def test_every_field_is_explained_in_both_languages(
        self, source: NameSource, english: str, indonesian: str
    ) -> None:
        decision = KUPANG.route("ada pungli")._replace(matched_in=source)
        assert english in decision.explain("en")
        assert indonesian in decision.explain("id")


class TestWithALearnedRouter:
    def test_the_overriding_decision_from_a_field_stands(self) -> None:
        router = LearnedRouter(router=KUPANG, model=None)
        decision = router.route(web("urus surat pindah", address="Kantor Lurah, dipungli"))
        assert (decision.unit, decision.source) == ("inspektorat", DecisionSource.RULE)
        assert decision.rules.matched_in is NameSource.ADDRESS
        assert decision.review


_TEXTS = (
    "jalan rusak parah",
    "antrian puskesmas lama",
    "ada pungli di kantor camat",
    "sampah tidak diangkut",
    "",
    "urus ktp lama",
)
_PLACES = (
    None,
    "",
    "Jl. Soekarno no 5",
    "Puskesmas Oebobo",
    "Maulafa",
    "kantor lurah, dipalak",
    "minta uang pungli",
    "jalan rusak",
    "calo",
)


@settings(max_examples=300)
@given(
    text=st.sampled_from(_TEXTS),
    address=st.sampled_from(_PLACES),
    kecamatan=st.sampled_from(_PLACES),
    kelurahan=st.sampled_from(_PLACES),
)
def test_a_field_changes_a_decision_only_through_the_overriding_rule(
    text: str, address: str | None, kecamatan: str | None, kelurahan: str | None
) -> None:
    bare = KUPANG.route(text)
    decision = route(web(text, address=address, kecamatan=kecamatan, kelurahan=kelurahan))
    if decision.matched_in is None:
        # Unit names aside (see test_routing_places.py), the text's decision stands.
        assert (decision.rule, decision.score, decision.words) == (
            bare.rule,
            bare.score,
            bare.words,
        )
        assert ReviewReason.PLACE_WORDS not in decision.review
    else:
        assert bare.rule != "integritas-pungli"
        assert decision.rule == "integritas-pungli"
        assert decision.units == ("inspektorat",)
        assert ReviewReason.PLACE_WORDS in decision.review


# -- hostile location values -------------------------------------------------------------------


class TestHostileLocations:
    @pytest.mark.parametrize("field", FIELDS)
    @pytest.mark.parametrize(("name", "value"), HOSTILE_TEXTS, ids=[n for n, _ in HOSTILE_TEXTS])
    def test_hostile_values_route_or_are_refused_typed(
        self, field: str, name: str, value: str
    ) -> None:
        for written in (value, f"{value} dipungli"):
            result = route_with("urus surat lama", **{field: written})
            if isinstance(result, ArgumentError):
                assert result.argument in {field, f"location.{field}"}
                continue
            assert isinstance(result, RoutingDecision)
            assert result.unit in DIRECTORY
            shown = f"{result!r} {result.explain('en')} {result.explain('id')}"
            for secret in SECRETS:
                assert secret not in shown, name

    @pytest.mark.parametrize("field", FIELDS)
    def test_a_very_long_field_is_still_read(self, field: str) -> None:
        result = route_with("urus surat lama", **{field: "jalan berdebu " * 20_000 + "dipungli"})
        assert isinstance(result, RoutingDecision)
        assert (result.unit, result.matched_in) == ("inspektorat", NameSource(field))

    @pytest.mark.parametrize("field", FIELDS)
    def test_an_integrity_word_inside_another_word_is_not_one(self, field: str) -> None:
        result = route_with("urus surat lama", **{field: "Jl. Korupsiana, Gang Punglian"})
        assert isinstance(result, RoutingDecision)
        assert result.matched_in is None


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_invisible_characters_do_not_hide_an_integrity_word(mark: str) -> None:
    # ``pu<soft hyphen>ngli`` reads ``pungli`` on screen: in the text or in a location field it
    # still sends the complaint to the integrity unit, not to the office it accuses.
    in_text = route(web(f"ada pu{mark}ngli di kantor lurah"))
    in_address = route(
        web("urus surat pindah lama", address=f"Kantor Lurah, minta uang pun{mark}gli")
    )
    for decision in (in_text, in_address):
        assert decision.units == ("inspektorat",)
