"""The default taxonomy, its labelled corpus and the Kota Kupang unit directory."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pengaduan.errors import ConfigurationError
from pengaduan.routing import (
    Evaluation,
    Normalizer,
    Unit,
    UnitDirectory,
    UnitKind,
    default_router,
    default_taxonomy,
    default_units,
)
from pengaduan.routing.taxonomy import TAXONOMY_UNITS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "routing_corpus.jsonl"
DOC = ROOT / "docs" / "routing.md"


def load_corpus() -> list[dict[str, str]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def evaluate(normalizer: Normalizer) -> Evaluation:
    router = default_router(normalizer=normalizer)
    return router.evaluate((row["text"], row["unit"]) for row in load_corpus())


def test_corpus_is_large_and_covers_every_unit() -> None:
    rows = load_corpus()
    assert len(rows) >= 300
    assert len({row["text"] for row in rows}) == len(rows)
    labels = {row["unit"] for row in rows}
    assert labels == {uid for uid, _, _ in TAXONOMY_UNITS}


@pytest.mark.parametrize(
    ("label", "normalizer"),
    [("kupang", Normalizer.kupang()), ("default", Normalizer.default())],
)
def test_accuracy_quoted_in_the_docs_is_what_the_evaluation_computes(
    label: str, normalizer: Normalizer
) -> None:
    evaluation = evaluate(normalizer)
    text = DOC.read_text(encoding="utf-8")
    quoted = re.search(rf"<!-- accuracy:{label} -->\*\*(\d+\.\d) %\*\* \((\d+) of (\d+)\)", text)
    assert quoted is not None, f"docs/routing.md must quote the {label} accuracy"
    assert quoted.group(1) == f"{100 * evaluation.accuracy:.1f}"
    assert (int(quoted.group(2)), int(quoted.group(3))) == (evaluation.correct, evaluation.total)
    assert evaluation.accuracy >= 0.85


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("jln rusak dkt pkm oebobo, mhn diperbaiki", "pupr"),
        ("Air sonde jalan su 1 minggu", "pdam"),
        ("Lampu jalan di jalan timor raya mati", "dishub"),
        ("pungli waktu urus KTP di kantor", "inspektorat"),
        ("urus KTP el blm jadi 3 bulan", "disdukcapil"),
        ("banjir setinggi lutut", "bpbd"),
        ("token listrik tidak masuk", "luar-kewenangan"),
        ("menangkan undian berhadiah transfer skrg", "luar-kewenangan"),
    ],
)
def test_typical_complaints(text: str, unit: str) -> None:
    assert default_router(normalizer=Normalizer.kupang()).route(text).unit == unit


# Said the way residents write, in words the taxonomy learned from the second development
# corpus (tests/data/routing_dev2.jsonl); the texts here are not from any corpus.
RESIDENTS_WORDS = {
    "money kept by an official": [
        ("petugas terima uang tp tdk kasi kuitansi, uang masuk kantong sendiri", "inspektorat"),
        ("bos di kantor minta setoran dari gaji honorer tiap bulan", "inspektorat"),
    ],
    "an official's conduct": [
        ("pegawai dinas main game di kantor, warga antri dibiarkan", "inspektorat"),
        ("mobil plat merah dipakai ke pesta nikah malam minggu", "inspektorat"),
    ],
    "transport": [
        ("bemo jurusan kampung baru sonde lewat lagi", "dishub"),
        ("jukir di bahu jalan minta bayar dua kali", "dishub"),
    ],
    "public order": [
        ("sapi lepas di jalan raya tiap malam", "satpolpp"),
        ("kafe dekat rumah putar sound system sampai subuh", "satpolpp"),
    ],
    "disasters": [
        ("kemarau panjang, sumur kering, mohon dropping air", "bpbd"),
        ("air laut masuk rumah warga pesisir, warga mengungsi", "bpbd"),
    ],
    "environment": [("bengkel las depan rumah bising, debu gerinda masuk rumah", "dlh")],
    "social affairs": [("nenek tinggal sendiri di gubuk, tdk ada yg urus", "dinsos")],
    "public health": [("warung jual ikan pakai formalin", "dinkes")],
    "not the city's": [
        ("pinjol teror keluarga saya tiap hari", "luar-kewenangan"),
        ("tetangga serobot tanah kami pakai pagar baru", "luar-kewenangan"),
    ],
    "dropped vowels": [
        ("air ledng bau lumpur sdh 3 hari", "pdam"),
        ("srt ket domisili dr kelurahan blm jadi", "kelurahan"),
        ("puskesms tutup jam 11 pdhl pasien antri", "puskesmas"),
    ],
    "works after a flood": [
        ("tanggul kali jebol waktu banjir, sampai skrg belum dibangun kembali", "pupr"),
    ],
}


@pytest.mark.parametrize(
    "normalizer", [Normalizer.default(), Normalizer.kupang()], ids=["id", "kupang"]
)
@pytest.mark.parametrize(
    ("text", "unit"),
    [case for cases in RESIDENTS_WORDS.values() for case in cases],
    ids=[f"{kind}-{n}" for kind, cases in RESIDENTS_WORDS.items() for n in range(len(cases))],
)
def test_residents_words(text: str, unit: str, normalizer: Normalizer) -> None:
    assert default_router(normalizer=normalizer).route(text).unit == unit


def test_money_kept_by_an_official_overrides_the_office() -> None:
    decision = default_router().route("staf kelurahan minta 50rb utk surat, tdk ada kuitansi")
    assert (decision.unit, decision.rule) == ("inspektorat", "integritas-pungli")
    assert "kelurahan" in decision.related_units


def test_taxonomy_is_valid_for_its_units_and_for_kupang() -> None:
    taxonomy = default_taxonomy()
    assert taxonomy.units <= default_units().ids
    assert taxonomy.units <= UnitDirectory.kota_kupang().ids
    assert taxonomy.problems(UnitDirectory.kota_kupang()) == []


def test_disasters_are_urgent() -> None:
    decision = default_router().route("tanah longsor tutup jalan, rumah warga terancam")
    assert decision.unit == "bpbd"
    assert decision.priority.value == "darurat"


class TestDirectory:
    def test_kupang_escalation_path(self) -> None:
        directory = UnitDirectory.kota_kupang()
        path = [unit.id for unit in directory.escalation_path("puskesmas-oebobo")]
        assert path == ["puskesmas-oebobo", "dinkes", "sekda", "walikota", "ombudsman"]
        assert directory.get("admin").name == "Bagian Organisasi Setda Kota Kupang"
        assert directory.is_external("luar-kewenangan")
        assert len(directory.children("dinkes")) >= 11

    def test_liaison_contact_is_not_in_reprs(self) -> None:
        unit = UnitDirectory.kota_kupang().get("dinkes")
        assert unit.liaison is not None
        assert unit.liaison.email is not None
        assert unit.liaison.email not in repr(unit)

    def test_problems_reported_together(self) -> None:
        units = [
            Unit(id="a", name="A", kind=UnitKind.OPD, parent="b"),
            Unit(id="b", name="B", kind=UnitKind.OPD, parent="a"),
            Unit(id="a", name="", kind=UnitKind.OPD),
            Unit(id="C!", name="C", kind=UnitKind.OPD, parent="zzz"),
        ]
        with pytest.raises(ConfigurationError) as info:
            UnitDirectory.from_units("rusak", units)
        problems = "\n".join(info.value.problems)
        assert "unit 'a': declared twice" in problems
        assert "unit 'a': needs an Indonesian name" in problems
        assert "parent cycle" in problems
        assert "unit 'C!': unknown parent 'zzz'" in problems
        assert "unit 'C!': id must match" in problems

    def test_from_toml(self) -> None:
        directory = UnitDirectory.from_toml(
            """
            name = "Kabupaten Contoh"
            [[unit]]
            id = "bupati"
            name = "Bupati Contoh"
            kind = "pimpinan"
            [[unit]]
            id = "dinkes"
            name = "Dinas Kesehatan"
            parent = "bupati"
            liaison = { title = "Pejabat Penghubung", email = "x@example.go.id" }
            """
        )
        assert [u.id for u in directory.escalation_path("dinkes")] == ["dinkes", "bupati"]
        with pytest.raises(KeyError, match="unit 'nope' tidak ditemukan"):
            directory.get("nope")

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            pytest.param("[[unit]\n", "TOML syntax", id="syntax"),
            pytest.param(
                '[[unit]]\nid = "x"\nname = "X"\nkind = "bank"', "unknown kind 'bank'", id="kind"
            ),
            pytest.param("unit = 3", "array of tables", id="shape"),
        ],
    )
    def test_bad_toml(self, text: str, fragment: str) -> None:
        with pytest.raises(ConfigurationError) as info:
            UnitDirectory.from_toml(text)
        assert any(fragment in p for p in info.value.problems)
