"""Generic units resolve to the specific unit a complaint names; out-of-scope agencies by name.

With Kota Kupang's directory, ``antrian puskesmas oebobo`` used to go to the generic
``puskesmas`` ("Puskesmas se-Kota Kupang") although the directory has ``puskesmas-oebobo``, and
``listrik PLN padam`` to a pseudo-unit whose name made the reporter's SMS read "diteruskan ke Di
luar kewenangan ...". A unit now declares the generic unit it is one of and the names a
complaint calls it by; a decision for the generic unit goes to the one unit the text names.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pengaduan import Actor, Reporter, SlaPolicy, Submission, Workflow, WorkingCalendar
from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.messages import Messenger
from pengaduan.routing import (
    Normalizer,
    ReviewReason,
    Router,
    Rule,
    RuleSet,
    Unit,
    UnitDirectory,
    UnitKind,
    default_router,
    has_any,
)

DIRECTORY = UnitDirectory.kota_kupang()
KUPANG = default_router(normalizer=Normalizer.kupang(), directory=DIRECTORY)


class TestKupang:
    @pytest.mark.parametrize(
        ("text", "unit", "generic"),
        [
            ("antrian puskesmas oebobo lama sekali", "puskesmas-oebobo", "puskesmas"),
            ("antri lama di pkm oebobo", "puskesmas-oebobo", "puskesmas"),
            ("dokter puskesmas pasir panjang kasar", "puskesmas-pasir-panjang", "puskesmas"),
            ("camat maulafa sonde respon", "kecamatan-maulafa", "kecamatan"),
            ("kantor kecamatan kelapa lima tutup jam 10", "kecamatan-kelapa-lima", "kecamatan"),
            ("listrik PLN padam sejak pagi", "pln", "luar-kewenangan"),
            ("polisi tidak tanggapi laporan pencurian", "polresta", "luar-kewenangan"),
        ],
    )
    def test_the_named_unit_receives_it(self, text: str, unit: str, generic: str) -> None:
        decision = KUPANG.route(text)
        assert (decision.unit, decision.generic_unit) == (unit, generic)
        assert decision == KUPANG.decide(KUPANG.document(text))
        assert "Named in the text, one of the units of" in decision.explain("en")

    @pytest.mark.parametrize(
        ("text", "unit"),
        [
            ("antrian puskesmas lama sekali", "puskesmas"),
            ("dirujuk dari puskesmas oebobo ke puskesmas sikumana, dua-duanya tutup", "puskesmas"),
            ("sinyal internet hilang terus", "luar-kewenangan"),
        ],
    )
    def test_without_exactly_one_named_unit_the_generic_unit_stays(
        self, text: str, unit: str
    ) -> None:
        decision = KUPANG.route(text)
        assert (decision.unit, decision.generic_unit) == (unit, None)

    def test_a_submission_and_a_complaint_resolve_the_same(self) -> None:
        text = "antrian puskesmas oebobo lama sekali"
        submission = Submission(text=text, channel="sms", reporter=Reporter(phone="+6281339001122"))
        assert KUPANG.route(submission).unit == "puskesmas-oebobo"
        assert KUPANG.route(submission, kelurahan="Oebobo").unit == "puskesmas-oebobo"

    def test_a_name_inside_a_longer_name_is_the_same_mention(self) -> None:
        pustu = Unit(
            id="pustu-oesapa-barat",
            name="Pustu Oesapa Barat",
            kind="layanan",
            parent="dinkes",
            generic="puskesmas",
            names=["puskesmas oesapa barat"],
        )
        router = default_router(
            normalizer=Normalizer.kupang(), directory=DIRECTORY.with_units([pustu])
        )
        assert router.route("antri lama di pkm oesapa barat").unit == "pustu-oesapa-barat"
        assert router.route("antri lama di pkm oesapa").unit == "puskesmas-oesapa"

    def test_only_a_unit_the_rules_chose_is_resolved(self) -> None:
        # A road near a Puskesmas is still the road agency's.
        decision = KUPANG.route("jln rusak dkt pkm oebobo, mhn diperbaiki")
        assert (decision.unit, decision.generic_unit) == ("pupr", None)

    def test_the_accused_office_is_named_specifically(self) -> None:
        decision = KUPANG.route("pungli di kantor camat oebobo")
        assert decision.unit == "inspektorat"
        assert decision.related_units == ("kecamatan-oebobo",)

    def test_without_the_directory_nothing_is_resolved(self) -> None:
        decision = default_router(normalizer=Normalizer.kupang()).route("antri lama di pkm oebobo")
        assert (decision.unit, decision.generic_unit) == ("puskesmas", None)


class TestOutOfScope:
    @pytest.mark.parametrize("router", [KUPANG, default_router()], ids=["kupang", "generic"])
    def test_out_of_scope_decisions_ask_for_review(self, router: Router) -> None:
        decision = router.route("sinyal internet hilang terus")
        assert decision.out_of_scope
        assert ReviewReason.OUT_OF_SCOPE in decision.review
        assert decision.needs_review

    def test_agencies_are_external_units_of_the_generic_one(self) -> None:
        externals = DIRECTORY.specific_units("luar-kewenangan")
        assert {unit.id for unit in externals} >= {"pln", "polresta", "bpn", "samsat"}
        assert all(DIRECTORY.is_external(unit.id) for unit in externals)
        decision = KUPANG.route("listrik PLN padam sejak pagi")
        assert decision.out_of_scope
        assert decision.review == (ReviewReason.OUT_OF_SCOPE,)

    def test_the_generic_external_unit_reads_as_a_place_to_forward_to(self) -> None:
        name = DIRECTORY.get("luar-kewenangan").name
        assert name == "Instansi di luar kewenangan Pemerintah Kota Kupang"

    def test_forwarding_names_the_agency(self) -> None:
        zone = ZoneInfo("Asia/Makassar")
        at = datetime(2025, 3, 3, 10, tzinfo=zone)
        workflow = Workflow.default(units=DIRECTORY)
        submission = Submission(
            text="listrik PLN padam sejak pagi",
            channel="sms",
            reporter=Reporter(phone="+6281339001122"),
        )
        complaint = workflow.receive(submission, tracking_id="K1", at=at, actor=Actor.system("sms"))
        decision = KUPANG.route(complaint)
        assert decision.out_of_scope
        complaint = workflow.apply(
            complaint,
            "alihkan",
            at=at + timedelta(hours=1),
            actor=Actor.admin("bo"),
            to=DIRECTORY.get(decision.unit).name,
        )
        assert complaint.status == "dialihkan"
        messenger = Messenger(
            workflow=workflow,
            policy=SlaPolicy.lapor(workflow),
            calendar=WorkingCalendar.indonesia(zone="Asia/Makassar"),
            directory=DIRECTORY,
        )
        bodies = [m.body for m in messenger.messages_for(complaint)]
        assert any("PT PLN (Persero) UP3 Kupang" in body for body in bodies)
        assert not any("Di luar kewenangan" in body for body in bodies)


def _directory(*units: Unit) -> UnitDirectory:
    base = Unit(id="puskesmas", name="Puskesmas", kind=UnitKind.LAYANAN)
    return UnitDirectory.from_units("uji", [base, *units])


class TestDirectoryChecks:
    def test_a_valid_specific_unit(self) -> None:
        unit = Unit(
            id="pkm-a", name="Puskesmas A", kind="layanan", generic="puskesmas", names=["pkm a"]
        )
        directory = _directory(unit)
        assert directory.specific_units("puskesmas") == (unit,)
        assert directory.specific_units("pkm-a") == ()
        assert unit.names == ("pkm a",)

    def test_every_problem_is_reported_together(self) -> None:
        with pytest.raises(ConfigurationError) as info:
            _directory(
                Unit(id="a", name="A", kind="layanan", names=["a"]),
                Unit(id="b", name="B", kind="layanan", generic="nowhere", names=["b"]),
                Unit(id="c", name="C", kind="layanan", generic="puskesmas"),
                Unit(id="d", name="D", kind="layanan", generic="puskesmas", names=["d+zz"]),
                Unit(id="e", name="E", kind="layanan", generic="f", names=["e"]),
                Unit(id="f", name="F", kind="layanan", generic="puskesmas", names=["f"]),
            )
        problems = "\n".join(info.value.problems)
        assert "unit 'a': names are used only with generic" in problems
        assert "unit 'b': unknown generic unit 'nowhere'" in problems
        assert "unit 'c': a unit with a generic unit needs names" in problems
        assert "unit 'd': name 1:" in problems
        assert "unit 'e': generic unit 'f' must be a generic unit" in problems

    def test_loaded_from_a_mapping(self) -> None:
        data = {
            "name": "uji",
            "unit": [
                {"id": "puskesmas", "name": "Puskesmas", "kind": "layanan"},
                {
                    "id": "pkm-a",
                    "name": "Puskesmas A",
                    "kind": "layanan",
                    "generic": "puskesmas",
                    "names": ["puskesmas a"],
                },
            ],
        }
        directory = UnitDirectory.from_dict(data)
        assert directory.get("pkm-a").generic == "puskesmas"
        bad = {"name": "uji", "unit": [{**data["unit"][1], "names": "puskesmas a"}]}  # type: ignore[dict-item]
        with pytest.raises(ConfigurationError) as info:
            UnitDirectory.from_dict(bad)
        assert "unit[0].names: must be a list of strings" in "\n".join(info.value.problems)

    def test_the_constructor_refuses_names_given_as_one_string(self) -> None:
        with pytest.raises(ArgumentError) as info:
            Unit(id="u", name="U", kind="opd", names="pkm a")
        assert info.value.argument == "names"

    def test_a_router_resolves_with_any_rule_set(self) -> None:
        directory = _directory(
            Unit(
                id="pkm-a",
                name="Puskesmas A",
                kind="layanan",
                generic="puskesmas",
                names=["pkm alfa"],
            ),
        )
        rules = RuleSet.from_rules(
            name="uji",
            rules=[Rule(name="pkm", when=has_any("puskesmas"), unit="puskesmas")],
            fallback="puskesmas",
        )
        router = Router(rules, directory=directory)
        assert router.route("antri di pkm alfa").unit == "pkm-a"
        assert router.route("antri di puskesmas").unit == "puskesmas"
