"""A generic unit resolves to the specific unit the complaint's location fields name.

A web form or a WhatsApp intake often puts the place in the location fields rather than in the
text: ``antrian lama sekali`` with the address ``Puskesmas Oebobo``. The decision used to stay
with the generic ``puskesmas`` (the admin picked); it now goes to ``puskesmas-oebobo`` and says
the name came from the address. The text still decides when it names a unit; a field naming
another one asks for review.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import received
from tests.hostile_helpers import HOSTILE_TEXTS, SECRETS, outcome
from tests.place_helpers import DIRECTORY, FIELDS, KUPANG, route, route_with, web

from pengaduan.errors import ArgumentError
from pengaduan.intake import from_web_form
from pengaduan.model import Channel, Location, Reporter, Submission
from pengaduan.routing import (
    Document,
    NameSource,
    Normalizer,
    ReviewReason,
    Router,
    RoutingDecision,
    Rule,
    RuleSet,
    Unit,
    UnitDirectory,
    default_router,
    has_any,
)
from pengaduan.routing.learned import (
    Classifier,
    DecisionSource,
    Labelled,
    LearnedModel,
    LearnedRouter,
    TrainingOptions,
    train_model,
)

CORPUS = Path(__file__).resolve().parent / "data" / "routing_corpus.jsonl"


class TestFromTheFields:
    @pytest.mark.parametrize(
        ("text", "location", "unit", "source"),
        [
            pytest.param(
                "antrian puskesmas lama sekali",
                {"address": "Puskesmas Oebobo"},
                "puskesmas-oebobo",
                NameSource.ADDRESS,
                id="address-name",
            ),
            pytest.param(
                "dokter di puskesmas tidak datang",
                {"address": "Jl. Frans Seda no 5, dekat pkm oebobo"},
                "puskesmas-oebobo",
                NameSource.ADDRESS,
                id="address-abbreviated-in-a-street",
            ),
            pytest.param(
                "antrian puskesmas lama sekali",
                {"address": "PUSKESMAS PASIR PANJANG"},
                "puskesmas-pasir-panjang",
                NameSource.ADDRESS,
                id="address-name-of-two-words",
            ),
            pytest.param(
                "pelayanan di kantor camat lambat",
                {"kecamatan": "Maulafa"},
                "kecamatan-maulafa",
                NameSource.KECAMATAN,
                id="kecamatan-field",
            ),
            pytest.param(
                "pelayanan di kantor camat lambat",
                {"kecamatan": "Kec. Kota Raja"},
                "kecamatan-kota-raja",
                NameSource.KECAMATAN,
                id="kecamatan-field-with-prefix",
            ),
            pytest.param(
                "pelayanan di kantor camat lambat",
                {"kecamatan": "KELAPA  LIMA"},
                "kecamatan-kelapa-lima",
                NameSource.KECAMATAN,
                id="kecamatan-field-upper-case",
            ),
            pytest.param(
                "pelayanan di kantor camat lambat",
                {"address": "kantor camat maulafa", "kecamatan": "Maulafa"},
                "kecamatan-maulafa",
                NameSource.ADDRESS,
                id="address-and-kecamatan-agree",
            ),
        ],
    )
    def test_a_generic_decision_takes_the_unit_a_field_names(
        self, text: str, location: dict[str, str], unit: str, source: NameSource
    ) -> None:
        without = KUPANG.route(text)
        assert without.generic_unit is None
        decision = route(web(text, **location))
        assert decision.unit == unit
        assert decision.generic_unit == without.unit
        assert decision.named_in is source
        assert decision.rule == without.rule
        assert ReviewReason.PLACE_CONFLICT not in decision.review

    def test_a_complaint_is_read_as_a_submission(self) -> None:
        complaint = received(
            text="antrian lama sekali di puskesmas",
            location=Location(address="Puskesmas Bakunase"),
        )
        decision = route(complaint)
        assert (decision.unit, decision.named_in) == ("puskesmas-bakunase", NameSource.ADDRESS)

    def test_the_kecamatan_argument_supplies_the_field(self) -> None:
        decision = KUPANG.route("pelayanan di kantor camat lambat", kecamatan="Alak")
        assert (decision.unit, decision.named_in) == ("kecamatan-alak", NameSource.KECAMATAN)

    def test_the_kelurahan_field_names_a_kelurahan_office(self) -> None:
        directory = UnitDirectory.from_units(
            "kecil",
            [
                Unit(id="admin", name="Admin", kind="koordinator"),
                Unit(id="kelurahan", name="Kelurahan", kind="wilayah"),
                Unit(
                    id="kelurahan-oebufu",
                    name="Kelurahan Oebufu",
                    kind="wilayah",
                    generic="kelurahan",
                    names=["kelurahan oebufu", "lurah oebufu"],
                ),
            ],
        )
        rules = RuleSet.from_rules(
            name="kecil",
            fallback="admin",
            rules=[Rule(name="lurah", when=has_any("kantor lurah"), unit="kelurahan")],
        )
        router = Router(rules, directory=directory)
        decision = route(web("kantor lurah tutup", kelurahan="Kel. Oebufu"), router)
        assert (decision.unit, decision.named_in) == ("kelurahan-oebufu", NameSource.KELURAHAN)
        assert route(web("kantor lurah tutup", kelurahan="Oebobo"), router).unit == "kelurahan"


class TestTheTextFirst:
    def test_the_text_and_a_field_agree(self) -> None:
        decision = route(web("antrian puskesmas oebobo lama", address="Puskesmas Oebobo"))
        assert (decision.unit, decision.named_in) == ("puskesmas-oebobo", NameSource.TEXT)
        assert decision.review == ()

    @pytest.mark.parametrize(
        "location",
        [{"address": "Puskesmas Oebobo"}, {"address": "pkm oebobo", "kecamatan": "Maulafa"}],
        ids=["address", "address-and-kecamatan"],
    )
    def test_a_field_naming_another_unit_asks_for_review(self, location: dict[str, str]) -> None:
        decision = route(web("antrian puskesmas oesapa lama", **location))
        assert (decision.unit, decision.named_in) == ("puskesmas-oesapa", NameSource.TEXT)
        assert decision.review == (ReviewReason.PLACE_CONFLICT,)
        assert "different units" in decision.explain("en")
        assert "unit yang berbeda" in decision.explain("id")

    def test_a_field_picks_among_the_units_the_text_names(self) -> None:
        text = "dari puskesmas oebobo dirujuk ke puskesmas oesapa, antrian lama"
        assert KUPANG.route(text).unit == "puskesmas"
        decision = route(web(text, address="Puskesmas Oesapa"))
        assert (decision.unit, decision.named_in) == ("puskesmas-oesapa", NameSource.ADDRESS)
        # A field naming neither leaves the choice to the admin.
        assert route(web(text, address="Puskesmas Alak")).unit == "puskesmas"


class TestNoUnitFromTheFields:
    @pytest.mark.parametrize(
        ("text", "location", "unit"),
        [
            pytest.param(
                "antrian puskesmas lama",
                {"address": "Puskesmas Oebobo", "kecamatan": "Maulafa"},
                "puskesmas-oebobo",
                id="kecamatan-names-no-puskesmas",
            ),
            pytest.param(
                "antrian puskesmas lama", {"kecamatan": "Oebobo"}, "puskesmas", id="kecamatan-only"
            ),
            pytest.param(
                "antrian puskesmas lama", {"kelurahan": "Oebobo"}, "puskesmas", id="kelurahan-only"
            ),
            pytest.param(
                "kantor camat tutup",
                {"address": "kantor camat oebobo", "kecamatan": "Maulafa"},
                "kecamatan",
                id="two-fields-two-units",
            ),
            pytest.param(
                "antrian puskesmas lama",
                {"address": "antara puskesmas oebobo dan puskesmas oesapa"},
                "puskesmas",
                id="address-names-two",
            ),
            pytest.param(
                "kantor camat tutup",
                {"kecamatan": "Maulafa dekat kantor camat oebobo"},
                "kecamatan",
                id="kecamatan-field-holds-more-than-a-name",
            ),
            pytest.param(
                "kantor camat tutup", {"kecamatan": "Puskesmas Oebobo"}, "kecamatan", id="wrong"
            ),
            pytest.param(
                "jalan rusak parah", {"address": "depan Puskesmas Oebobo"}, "pupr", id="other-unit"
            ),
            pytest.param("antrian puskesmas lama", {}, "puskesmas", id="no-fields"),
            pytest.param(
                "sinyal internet hilang terus",
                {"address": "Jl. Timor Raya (jalan nasional), depan pertokoan"},
                "luar-kewenangan",
                id="agency-names-in-an-address-are-landmarks",
            ),
            pytest.param(
                "sinyal internet hilang terus",
                {"address": "kantor PLN"},
                "luar-kewenangan",
                id="an-agency-only-from-the-text",
            ),
        ],
    )
    def test_the_generic_unit_stays(self, text: str, location: dict[str, str], unit: str) -> None:
        decision = route(web(text, **location))
        assert decision.unit == unit
        if decision.generic_unit is None:
            assert decision.named_in is None
        assert ReviewReason.PLACE_CONFLICT not in decision.review

    def test_without_specific_units_nothing_changes(self) -> None:
        router = default_router()
        decision = route(web("antrian puskesmas lama", address="Puskesmas Oebobo"), router)
        assert decision.unit == "puskesmas"
        assert decision.generic_unit is decision.named_in is None


class TestRelatedUnits:
    def test_the_accused_office_is_named_from_the_kecamatan_field(self) -> None:
        decision = route(web("ada pungli di kantor camat", kecamatan="Maulafa"))
        assert decision.units == ("inspektorat",)
        assert decision.related_units == ("kecamatan-maulafa",)
        assert decision.review == (ReviewReason.RULE,)

    def test_the_text_names_the_accused_office_first(self) -> None:
        decision = route(web("ada pungli di kantor camat oebobo", kecamatan="Maulafa"))
        assert decision.related_units == ("kecamatan-oebobo",)


class TestExplained:
    def test_the_explanation_says_which_field_without_its_words(self) -> None:
        address = "Puskesmas Oebobo, Jl. Mawar 7 rumah Yohanes Ndun Manafe"
        decision = route(web("antrian lama di puskesmas", address=address))
        assert decision.unit == "puskesmas-oebobo"
        english = decision.explain("en")
        assert "Named in the location's address, one of the units of puskesmas." in english
        assert "alamat lokasi" in decision.explain("id")
        for shown in (english, decision.explain("id"), repr(decision)):
            assert "Mawar" not in shown
            assert "Yohanes" not in shown
        assert "Yohanes" not in repr(KUPANG.document(web("x", address=address)))

    @pytest.mark.parametrize(
        ("source", "english", "indonesian"),
        [
            (NameSource.TEXT, "Named in the text", "Disebut dalam teks"),
            (NameSource.ADDRESS, "location's address", "alamat lokasi"),
            (NameSource.KECAMATAN, "location's kecamatan", "kecamatan lokasi"),
            (NameSource.KELURAHAN, "location's kelurahan", "kelurahan lokasi"),
        ],
    )
    def test_every_source_is_explained_in_both_languages(
        self, source: NameSource, english: str, indonesian: str
    ) -> None:
        decision = KUPANG.route("antrian puskesmas oebobo")._replace(named_in=source)
        assert english in decision.explain("en")
        assert indonesian in decision.explain("id")


class TestThroughTheWebForm:
    def test_the_form_location_names_the_unit(self) -> None:
        form = {"isi": "antrian lama sekali di puskesmas", "lokasi": "Puskesmas Oepoi"}
        inbound = from_web_form(form, received_at=datetime(2026, 3, 2, 1, tzinfo=UTC))
        decision = route(inbound.submission)
        assert (decision.unit, decision.named_in) == ("puskesmas-oepoi", NameSource.ADDRESS)

    def test_the_reporters_own_address_is_not_a_place(self) -> None:
        # ``alamat`` is where the reporter lives (identity), not where the problem is.
        form = {"isi": "antrian lama sekali di puskesmas", "alamat": "samping Puskesmas Oepoi"}
        inbound = from_web_form(form, received_at=datetime(2026, 3, 2, 1, tzinfo=UTC))
        decision = route(inbound.submission)
        assert (decision.unit, decision.named_in) == ("puskesmas", None)


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    # Logistic regression: the linear SVM's solver does not always converge on this set.
    options = TrainingOptions(classifier=Classifier.LOGISTIC_REGRESSION)
    pairs = [(row["text"], row["unit"]) for row in rows]
    return train_model(Labelled.from_pairs(pairs), options=options)


class TestWithALearnedModel:
    def test_a_rule_decision_keeps_the_specific_unit(self) -> None:
        router = LearnedRouter(router=KUPANG, model=None)
        decision = router.route(web("antrian puskesmas lama", address="Puskesmas Oebobo"))
        assert (decision.unit, decision.source) == ("puskesmas-oebobo", DecisionSource.RULE)
        assert (decision.generic_unit, decision.named_in) == ("puskesmas", NameSource.ADDRESS)
        assert decision.rules.named_in is NameSource.ADDRESS
        assert "Named in the location's address" in decision.explain("en")
        assert "alamat lokasi" in decision.explain("id")

    def test_the_model_opinion_is_of_the_generic_unit(self, model: LearnedModel) -> None:
        router = LearnedRouter(router=KUPANG, model=model)
        decision = router.route(web("antrian puskesmas lama", address="Puskesmas Oebobo"))
        assert decision.unit == "puskesmas-oebobo"
        assert decision.prediction is not None
        assert decision.confidence == dict(decision.prediction.ranked)["puskesmas"]

    @pytest.mark.parametrize(
        ("item", "unit", "source"),
        [
            pytest.param(
                "antrian puskesmas oebobo lama sekali",
                "puskesmas-oebobo",
                NameSource.TEXT,
                id="text",
            ),
            pytest.param(
                web("antrian di puskesmas lama sekali", address="Puskesmas Oebobo"),
                "puskesmas-oebobo",
                NameSource.ADDRESS,
                id="address",
            ),
            pytest.param(
                web("kantor camat tutup jam 12", kecamatan="Maulafa"),
                "kecamatan-maulafa",
                NameSource.KECAMATAN,
                id="kecamatan",
            ),
        ],
    )
    def test_a_model_decision_goes_to_the_specific_unit_named(
        self, model: LearnedModel, item: str | Submission, unit: str, source: NameSource
    ) -> None:
        router = LearnedRouter(router=KUPANG, model=model, precedence="model", threshold=0)
        decision = router.route(item)
        assert decision.source is DecisionSource.MODEL
        assert decision.prediction is not None
        assert decision.generic_unit == decision.prediction.unit
        assert (decision.unit, decision.named_in) == (unit, source)
        assert decision.confidence == decision.prediction.confidence
        assert "one of the units of" in decision.explain("en")

    def test_a_model_decision_with_a_conflicting_place_asks_for_review(
        self, model: LearnedModel
    ) -> None:
        router = LearnedRouter(router=KUPANG, model=model, precedence="model", threshold=0)
        decision = router.route(web("antrian puskesmas oesapa lama", address="Puskesmas Oebobo"))
        assert (decision.unit, decision.source) == ("puskesmas-oesapa", DecisionSource.MODEL)
        assert decision.review

    def test_a_policy_rule_among_the_runners_up_goes_to_the_specific_unit(
        self, model: LearnedModel
    ) -> None:
        rules = RuleSet.from_rules(
            name="uji",
            fallback="admin",
            rules=[
                Rule(name="jalan", when=has_any("jalan", "antrian"), unit="pupr"),
                Rule(name="pkm", when=has_any("puskesmas"), unit="puskesmas"),
            ],
        )
        router = Router(rules, directory=DIRECTORY)
        item = web("antrian di jalan masuk puskesmas", address="Puskesmas Penfui")
        assert router.route(item).unit == "pupr"
        combined = LearnedRouter(router=router, model=model, policy=["pkm"])
        decision = combined.route(item)
        assert (decision.unit, decision.rule) == ("puskesmas-penfui", "pkm")
        assert (decision.generic_unit, decision.named_in) == ("puskesmas", NameSource.ADDRESS)


# -- accuracy on complaints with location fields ---------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "tests/data/routing_places.jsonl"


@pytest.mark.parametrize("normalizer", [Normalizer.kupang(), Normalizer.default()], ids=str)
def test_accuracy_on_complaints_with_places_is_what_the_docs_quote(
    normalizer: Normalizer,
) -> None:
    rows = [json.loads(line) for line in PLACES.read_text(encoding="utf-8").splitlines()]
    router = default_router(normalizer=normalizer, directory=DIRECTORY)
    items = [
        (
            Submission(
                text=row["text"],
                channel=row["channel"],
                reporter=Reporter(),
                location=Location(**row["location"]),
            ),
            row["unit"],
        )
        for row in rows
    ]
    evaluation = router.evaluate(items)
    assert (evaluation.correct, evaluation.total) == (29, 30)
    # The text alone (as before the fields were read) names the unit of far fewer.
    assert router.evaluate((item.text, unit) for item, unit in items).correct == 8
    doc = (ROOT / "docs/routing.md").read_text(encoding="utf-8")
    quoted = re.search(r"<!-- accuracy:places -->\*\*(\d+\.\d) %\*\* \((\d+) of (\d+)\)", doc)
    assert quoted is not None
    assert quoted.group(1) == f"{100 * evaluation.accuracy:.1f}"
    assert (int(quoted.group(2)), int(quoted.group(3))) == (29, 30)


# -- properties ---------------------------------------------------------------------------------

_TEXTS = (
    "antrian puskesmas lama sekali",
    "antrian puskesmas oebobo lama",
    "dari pkm oebobo ke puskesmas oesapa, antri lama",
    "kantor camat tutup jam 12",
    "camat maulafa sonde respon",
    "ada pungli di kantor camat",
    "jalan rusak parah",
    "halo min",
    "🙏🙏",
)
_PLACES = (
    None,
    "",
    "Puskesmas Oebobo",
    "dekat pkm oesapa",
    "puskesmas sikumana dan puskesmas alak",
    "Maulafa",
    "Kec. Kelapa Lima",
    "kantor camat oebobo",
    "Oebobo",
    "jl. timor raya",
)


@settings(max_examples=300)
@given(
    text=st.sampled_from(_TEXTS),
    address=st.sampled_from(_PLACES),
    kecamatan=st.sampled_from(_PLACES),
    kelurahan=st.sampled_from(_PLACES),
)
def test_the_fields_only_ever_choose_among_the_specific_units_of_the_rules_unit(
    text: str, address: str | None, kecamatan: str | None, kelurahan: str | None
) -> None:
    bare = KUPANG.route(text)
    item = Submission(
        text=text,
        channel=Channel.WEB,
        reporter=Reporter(),
        location=Location(address=address, kecamatan=kecamatan, kelurahan=kelurahan),
    )
    decision = route(item)
    # The rule, its score and its generic unit are the text's; the location only picks one of
    # the generic unit's specific units, or none.
    assert (decision.rule, decision.score, decision.words) == (bare.rule, bare.score, bare.words)
    assert (decision.generic_unit or decision.unit) == (bare.generic_unit or bare.unit)
    if decision.generic_unit is not None:
        assert DIRECTORY.get(decision.unit).generic == decision.generic_unit
        assert decision.named_in is not None
    else:
        assert decision.named_in is None
    # The text wins: a unit the text names alone is never replaced.
    if bare.generic_unit is not None:
        assert (decision.unit, decision.named_in) == (bare.unit, NameSource.TEXT)
    # Review is asked for exactly what the text alone asked for, plus a conflict.
    extra = set(decision.review) - set(bare.review)
    assert extra <= {ReviewReason.PLACE_CONFLICT}
    if extra:
        assert decision.named_in is NameSource.TEXT


# -- hostile location values -------------------------------------------------------------------


class TestHostileLocations:
    @pytest.mark.parametrize("field", FIELDS)
    @pytest.mark.parametrize(("name", "value"), HOSTILE_TEXTS, ids=[n for n, _ in HOSTILE_TEXTS])
    def test_hostile_field_values_route_or_are_refused_typed(
        self, field: str, name: str, value: str
    ) -> None:
        result = route_with("antrian puskesmas lama", **{field: value})
        if isinstance(result, ArgumentError):
            assert result.argument in {field, f"location.{field}"}
            return
        assert isinstance(result, RoutingDecision)
        assert result.unit in DIRECTORY
        shown = f"{result!r} {result.explain('en')} {result.explain('id')}"
        assert not any(secret in shown for secret in SECRETS), name

    @pytest.mark.parametrize("field", FIELDS)
    def test_none_and_empty_fields_leave_the_generic_unit(self, field: str) -> None:
        for value in (None, "", " "):
            result = route_with("antrian puskesmas lama", **{field: value})
            if isinstance(result, RoutingDecision):
                assert result.unit == "puskesmas"
                assert result.named_in is None

    def test_a_very_long_address_still_names_its_unit(self) -> None:
        address = "jalan berdebu " * 20_000 + "puskesmas oebobo"
        result = route_with("antrian puskesmas lama", address=address)
        assert isinstance(result, RoutingDecision)
        assert (result.unit, result.named_in) == ("puskesmas-oebobo", NameSource.ADDRESS)

    def test_a_very_long_kecamatan_field_names_nothing(self) -> None:
        result = route_with("antrian puskesmas lama", kecamatan="maulafa " * 20_000)
        assert isinstance(result, RoutingDecision)
        assert result.unit == "puskesmas"

    @pytest.mark.parametrize(
        "value",
        ["Puskesmas Oebobo / Puskesmas Oesapa", "pkm oebobo pkm oesapa", "Oebobo, Maulafa"],
    )
    @pytest.mark.parametrize("field", FIELDS)
    def test_names_of_two_units_name_none(self, field: str, value: str) -> None:
        result = route_with("antrian puskesmas lama", **{field: value})
        assert isinstance(result, RoutingDecision)
        assert result.unit == "puskesmas"
        assert result.generic_unit is None

    def test_a_document_refuses_an_address_of_the_wrong_type(self) -> None:
        for value in (7, b"puskesmas oebobo", ["puskesmas oebobo"]):
            error = outcome(Document, tokens=(), hits={}, address=value)
            assert isinstance(error, ArgumentError)
            assert error.argument == "address"
