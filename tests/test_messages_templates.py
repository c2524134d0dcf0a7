"""Templates as data: the shipped file, a region's overrides, validation with key paths."""

from __future__ import annotations

import pytest
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_NAME,
    SECRET_TEXT,
    WRONG_TYPES,
    outcome,
    raises_typed,
)

from pengaduan.errors import ConfigurationError, NotFoundError
from pengaduan.messages import DueKind, MessageChannel, RecipientKind, TemplateSet

SHIPPED = TemplateSet.default()


def problems_of(change: dict) -> list[str]:  # type: ignore[type-arg]
    error = raises_typed(SHIPPED.overridden, change, secrets=(SECRET_TEXT, SECRET_NAME))
    assert isinstance(error, ConfigurationError)
    return list(error.problems)


def test_shipped_templates_cover_the_issue() -> None:
    by_name = {t.name: t for t in SHIPPED.templates}
    assert by_name["penerimaan"].on_actions == ("terima",)
    assert by_name["penerimaan"].clock == "verifikasi"
    assert by_name["disposisi_unit"].recipient is RecipientKind.UNIT
    assert by_name["disposisi_unit"].clock == "tindak_lanjut"
    assert by_name["penundaan"].on_actions == ("tunda",)
    assert by_name["pengalihan"].on_actions == ("alihkan",)
    assert by_name["penutupan"].on_actions == ("tutup", "tutup_otomatis")
    assert by_name["pengingat_tindak_lanjut"].due is DueKind.WARNING
    assert by_name["pelanggaran"].due is DueKind.BREACH
    assert by_name["pelanggaran"].recipient is RecipientKind.ATASAN
    for template in SHIPPED.templates:
        for channel in MessageChannel:
            for language in ("id", "en"):
                assert template.text(channel, language).body.strip()
        assert template.text("email", "id").subject
        assert template.text("sms", "id").subject is None


def test_whatsapp_falls_back_to_the_sms_text() -> None:
    template = SHIPPED.get("pengingat_verifikasi")  # an officer's: no WhatsApp text of its own
    assert template.text("whatsapp") == template.text("sms")
    assert MessageChannel.WHATSAPP in template.channels
    assert SHIPPED.get("penerimaan").text("whatsapp") != SHIPPED.get("penerimaan").text("sms")


def test_the_forward_is_worded_without_blame() -> None:
    template = SHIPPED.get("pengalihan")
    for language in ("id", "en"):
        for channel in MessageChannel:
            text = template.text(channel, language).body.lower()
            for blame in ("salah", "keliru", "bukan urusan", "wrong", "mistake", "not our"):
                assert blame not in text


def test_a_region_overrides_one_text_and_keeps_the_rest() -> None:
    regional = SHIPPED.overridden(
        """
        [values]
        instansi = "Pemerintah Kota Kupang"
        sms_center = "1708"

        [[template]]
        name = "penerimaan"
        sms.id = "Aduan {tracking_id} diterima {instansi}. Info: SMS {sms_center}."
        """
    )
    template = regional.get("penerimaan")
    assert template.text("sms").body.startswith("Aduan {tracking_id}")
    assert template.text("sms", "en") == SHIPPED.get("penerimaan").text("sms", "en")
    assert template.text("email") == SHIPPED.get("penerimaan").text("email")
    assert dict(regional.values)["portal"] == "lapor.go.id"
    assert regional.to_dict()["values"]["sms_center"] == "1708"
    assert SHIPPED.get("penerimaan").text("sms").body.startswith("Pengaduan Anda")  # unchanged


def test_a_region_adds_and_disables_templates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kupang.toml"
    path.write_text(
        """
        disabled = ["pengingat_verifikasi"]

        [[template]]
        name = "tanggapan_diterima"
        on_actions = ["tanggapi"]
        recipient = "unit"
        sms.id = "Pelapor menanggapi pengaduan {tracking_id}."
        sms.en = "The reporter replied on complaint {tracking_id}."
        email.id = "Pelapor menanggapi pengaduan {tracking_id}."
        email.en = "The reporter replied on complaint {tracking_id}."
        email.subject_id = "Tanggapan pelapor {tracking_id}"
        email.subject_en = "Reporter reply {tracking_id}"
        """,
        encoding="utf-8",
    )
    regional = SHIPPED.overridden(path)
    names = [t.name for t in regional.templates]
    assert "pengingat_verifikasi" not in names
    assert names[-1] == "tanggapan_diterima"
    assert regional.for_action("tanggapi")[-1].recipient is RecipientKind.UNIT


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            {"template": [{"name": "penerimaan", "sms": {"id": "No {nomor}"}}]},
            "template[penerimaan].sms.id: unknown placeholder nomor",
            id="unknown-placeholder",
        ),
        pytest.param(
            {"template": [{"name": "penundaan", "sms": {"id": "Batas {deadline}"}}]},
            "template[penundaan].sms.id: unknown placeholder deadline",
            id="deadline-needs-a-clock",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "sms": {"id": "Yth. {reporter_name}"}}]},
            "template[penerimaan].sms.id: unknown placeholder reporter_name",
            id="no-identity-placeholder",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "sms": {"id": "{tracking_id.upper}"}}]},
            "template[penerimaan].sms.id: a placeholder must be a plain {name}",
            id="attribute-access",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "sms": {"id": "{tracking_id:>30}"}}]},
            "template[penerimaan].sms.id: a placeholder must be a plain {name}",
            id="format-spec",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "sms": {"id": "kurung {"}}]},
            "template[penerimaan].sms.id: unbalanced braces",
            id="unbalanced",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "sms": {"de": "Hallo"}}]},
            "template[penerimaan].sms: unknown key de",
            id="unknown-language",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "recipient": "camat"}]},
            "template[penerimaan].recipient: must be one of",
            id="unknown-recipient",
        ),
        pytest.param(
            {"template": [{"name": "penerimaan", "on_clocks": ["verifikasi"]}]},
            "template[penerimaan]: needs exactly one of on_actions and on_clocks",
            id="two-triggers",
        ),
        pytest.param(
            {"template": [{"name": "pelanggaran", "due": "soon"}]},
            "template[pelanggaran].due: must be 'warning' or 'breach'",
            id="unknown-due",
        ),
        pytest.param(
            {"template": [{"name": "baru", "on_actions": ["tunda"], "recipient": "pelapor"}]},
            "template[baru].sms: missing",
            id="missing-channel",
        ),
        pytest.param({"values": {"tracking_id": "x"}}, "values.tracking_id: the name", id="v1"),
        pytest.param({"values": {"portal": "{x}"}}, "values.portal: must not hold braces", id="v2"),
        pytest.param({"disabled": ["tidak_ada"]}, "disabled: no template tidak_ada", id="dis"),
        pytest.param({"warna": "merah"}, "unknown key warna", id="unknown-top-key"),
        pytest.param({"format": 2}, "format: must be 1", id="format"),
    ],
)
def test_bad_overrides_are_reported_with_key_paths(change: dict, expected: str) -> None:  # type: ignore[type-arg]
    assert any(problem.startswith(expected) for problem in problems_of(change)), problems_of(change)


def test_every_problem_at_once_and_no_text_echoed() -> None:
    problems = problems_of(
        {
            "template": [
                {"name": "penerimaan", "sms": {"id": f"{SECRET_TEXT} {{nama}}"}},
                {"name": "penutupan", "email": {"subject_id": f"{{{SECRET_NAME}}}"}},
            ]
        }
    )
    assert len(problems) == 2
    joined = "\n".join(problems)
    assert SECRET_TEXT not in joined
    assert SECRET_NAME not in joined


def test_from_toml_reads_a_whole_set_and_get_refuses_unknown_names() -> None:
    whole = TemplateSet.from_toml(
        """
        [[template]]
        name = "satu"
        on_actions = ["terima"]
        recipient = "pelapor"
        sms = { id = "{tracking_id}", en = "{tracking_id}" }
        email = { id = "a", en = "b", subject_id = "c", subject_en = "d" }
        """
    )
    assert [t.name for t in whole.templates] == ["satu"]
    assert isinstance(raises_typed(whole.get, "dua"), NotFoundError)
    assert isinstance(raises_typed(whole.get("satu").text, "fax"), NotFoundError)


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_are_typed_errors(kind: str, value: object) -> None:
    assert isinstance(raises_typed(TemplateSet.from_dict, value), ConfigurationError)
    found = outcome(SHIPPED.overridden, value)
    assert isinstance(found, ConfigurationError) or kind == "dict"


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_texts_load_or_are_refused_without_echo(kind: str, text: str) -> None:
    for change in (
        {"template": [{"name": "penerimaan", "sms": {"id": text}}]},
        {"values": {"instansi": text}},
        {"template": [{"name": text, "on_actions": ["tunda"], "recipient": "pelapor"}]},
    ):
        found = outcome(SHIPPED.overridden, change)
        # Printable text without braces may be a region's wording; anything else is refused.
        if kind in {
            "empty",
            "spaces",
            "lone-surrogate",
            "low-surrogate",
            "nul",
            "controls",
            "unit-separator",
            "huge",
            "json-like",
        }:
            assert isinstance(found, ConfigurationError)
        else:
            assert isinstance(found, TemplateSet | ConfigurationError)
