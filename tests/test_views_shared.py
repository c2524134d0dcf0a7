"""Views share their redactors: built once per configuration, never once per view.

A view whose audience may not see the reporter's identity runs a reporter-only sweep over the
text. It used to build that sweep redactor for every view (checking every detector again), and
the `view()` shortcut built a whole `Viewer` for every call given its own components. The sweep
is now built once per redactor configuration and the reporter's own values (home address,
account) reach it through the view; the shortcut keeps a viewer per set of components. The views
must be exactly what they were: the reference below is the old construction path, kept here.
"""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import ADMIN, T0, UNIT, WF
from tests.views_reference import PerViewViewer

from pengaduan.errors import ConfigurationError, RedactionError
from pengaduan.model import Actor, Channel, Complaint, Location, Privacy, Reporter, Submission
from pengaduan.privacy import Audience, Viewer, ViewPolicy, view
from pengaduan.privacy import _views as views_module
from pengaduan.redaction import Drop, Mask, Redactor
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pengaduan.privacy import ComplaintView

PORTAL = Actor.system("portal-publik")
OMBUDSMAN = Actor.oversight("ombudsman-ntt")
AT = T0 + timedelta(hours=3)
VIEWERS = {
    Audience.PUBLIC: PORTAL,
    Audience.UNIT: UNIT,
    Audience.ADMIN: ADMIN,
    Audience.OVERSIGHT: OMBUDSMAN,
}


def complaint_for(reporter: Reporter, text: str, number: int = 1) -> Complaint:
    """A complaint disposed to dinkes and answered, its text in the response too."""
    complaint = WF.receive(
        Submission(
            text=text,
            subject=text[:40],
            channel=Channel.WEB,
            reporter=reporter,
            privacy=Privacy.ANONIM,
            location=Location(kecamatan="Oebobo", address=f"{text[:30]}, Jl. Timor Raya"),
        ),
        tracking_id=f"KPG-SHARED-{number}",
        at=T0,
        actor=Actor.system("portal"),
    )
    complaint = WF.apply(
        complaint, Action.VERIFIKASI, at=T0 + timedelta(hours=1), actor=ADMIN, units=["dinkes"]
    )
    return WF.apply(
        complaint,
        Action.TINDAK_LANJUT,
        at=T0 + timedelta(hours=2),
        actor=UNIT,
        response=f"Sudah kami hubungi: {text}",
    )


def rendered(seen: ComplaintView) -> str:
    return json.dumps(seen.to_dict(), ensure_ascii=False, sort_keys=True)


HOME = "Jl. Kenari No. 7, Oebobo"
ACCOUNT = "instagram:maria.tefa_kpg"
MARIA = Reporter(
    name="Maria Goreti Tefa",
    phone="+6281339001122",
    email="maria.tefa@gmail.com",
    address=HOME,
    account_id=ACCOUNT,
)
TEXT = (
    "Saya Maria Tefa (IG @maria.tefa_kpg, HP 0813-3900-1122) tinggal di Jl. Kenari No. 7, "
    "Oebobo; petugas puskesmas menolak pasien."
)


class TestSameViews:
    @pytest.mark.parametrize("audience", list(VIEWERS))
    @pytest.mark.parametrize(
        "redactor",
        [Redactor.default(), Redactor.default(operators={"phone": Mask()}, fallback=Drop())],
        ids=["tags", "mask-and-drop"],
    )
    def test_a_view_is_what_the_per_view_sweep_made(
        self, audience: Audience, redactor: Redactor
    ) -> None:
        complaint = complaint_for(MARIA, TEXT)
        ours, stored = Viewer(redactor=redactor).view(
            complaint, audience, viewer=VIEWERS[audience], at=AT
        )
        before, stored_before = PerViewViewer(redactor=redactor).view(
            complaint, audience, viewer=VIEWERS[audience], at=AT
        )
        assert rendered(ours) == rendered(before)
        assert stored == stored_before
        if audience in {Audience.PUBLIC, Audience.UNIT}:
            assert ours.text is not None
            assert "Kenari" not in ours.text
            assert "maria.tefa_kpg" not in ours.text

    @settings(max_examples=60, deadline=None)
    @given(
        name=st.sampled_from(["Maria Tefa", "Yohanes Benu", "Agustina Ndun"]),
        home=st.sampled_from([None, "", "Jl. Kenari 7", "RT 05/RW 02 Oebufu", "Kupang"]),
        account=st.sampled_from([None, "akun-7781", "instagram:yoh_benu", "twitter:...", "x:ab"]),
        pieces=st.lists(
            st.sampled_from(
                [
                    "Jl. Kenari 7",
                    "RT 05/RW 02 Oebufu",
                    "@yoh_benu",
                    "yoh_benu",
                    "akun-7781",
                    "Maria",
                    "Benu",
                    "HP 0813 3900 1122",
                    "lampu jalan mati",
                    "Kupang",
                    ", ",
                    " ",
                ]
            ),
            min_size=1,
            max_size=10,
        ),
        audience=st.sampled_from([Audience.PUBLIC, Audience.UNIT, Audience.OVERSIGHT]),
    )
    def test_any_reporter_and_text_give_the_same_view(
        self,
        name: str,
        home: str | None,
        account: str | None,
        pieces: list[str],
        audience: Audience,
    ) -> None:
        reporter = Reporter(name=name, phone="+6281339001122", address=home, account_id=account)
        complaint = complaint_for(reporter, "".join(pieces))
        ours, _ = view(complaint, audience, viewer=VIEWERS[audience], at=AT)
        before, _ = PerViewViewer().view(complaint, audience, viewer=VIEWERS[audience], at=AT)
        assert rendered(ours) == rendered(before)


class TestBuiltOnce:
    def test_viewers_with_the_same_operators_share_their_sweeps(self) -> None:
        first = Viewer(redactor=Redactor.default(operators={"phone": Mask()}))
        second = Viewer(redactor=Redactor.default(operators={"phone": Mask()}))
        assert first._sweeps is second._sweeps
        other = Viewer(redactor=Redactor.default(operators={"phone": Drop()}))
        assert other._sweeps is not first._sweeps
        assert other._sweeps.known_only.operators == (("phone", Drop()),)

    def test_a_view_builds_no_redactor(self, monkeypatch: pytest.MonkeyPatch) -> None:
        viewer = Viewer()
        complaint = complaint_for(MARIA, TEXT)
        viewer.view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT)  # warm
        built: list[object] = []
        original = Redactor.__attrs_post_init__

        def counting(self: Redactor) -> None:
            built.append(self)
            original(self)

        monkeypatch.setattr(Redactor, "__attrs_post_init__", counting)
        for audience in (Audience.PUBLIC, Audience.UNIT, Audience.OVERSIGHT):
            viewer.view(complaint, audience, viewer=VIEWERS[audience], at=AT)
        assert built == []

    def test_the_shortcut_keeps_one_viewer_per_set_of_components(self) -> None:
        redactor = Redactor.default(operators={"phone": Mask()})
        policy = ViewPolicy.default()
        same = views_module._Same
        first = views_module._shared_viewer(same(redactor), same(policy), same(WF))
        again = views_module._shared_viewer(same(redactor), same(policy), same(WF))
        assert first is again
        assert first.redactor is redactor
        # Equal but not the same object: its own viewer, with its own components.
        copy = Redactor.default(operators={"phone": Mask()})
        other = views_module._shared_viewer(same(copy), same(policy), same(WF))
        assert other is not first
        assert other.redactor is copy

    def test_the_shortcut_cache_is_bounded(self) -> None:
        for _ in range(views_module.VIEWER_CACHE_SIZE + 5):
            view(
                complaint_for(MARIA, TEXT),
                Audience.PUBLIC,
                viewer=PORTAL,
                at=AT,
                redactor=Redactor.default(operators={"phone": Mask()}),
            )
        info = views_module._shared_viewer.cache_info()
        assert info.currsize <= views_module.VIEWER_CACHE_SIZE

    def test_an_unhashable_operator_is_built_for_its_viewer(self) -> None:
        @attrs.define(eq=True)  # mutable with eq: not hashable
        class Stars:
            def __call__(self, value: str, kind: str) -> str:
                return "*" * len(value)

        redactor = Redactor.default(operators={"phone": Stars()})
        viewer = Viewer(redactor=redactor)
        seen, _ = viewer.view(complaint_for(MARIA, TEXT), Audience.PUBLIC, viewer=PORTAL, at=AT)
        assert seen.text is not None
        assert "0813" not in seen.text
        assert "*************" in seen.text


class TestImmutable:
    def test_the_shared_redactors_cannot_be_changed(self) -> None:
        sweeps = Viewer()._sweeps
        for redactor in sweeps:
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                redactor.detectors = ()  # type: ignore[misc]
            assert isinstance(redactor.detectors, tuple)
            assert isinstance(redactor.operators, tuple)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Viewer().redactor = Redactor.default()  # type: ignore[misc]

    def test_outside_a_view_the_reporter_values_find_nothing(self) -> None:
        sweep = Viewer()._sweeps.with_values
        assert sweep.redact(f"rumah di {HOME}, akun {ACCOUNT}").text == (
            f"rumah di {HOME}, akun {ACCOUNT}"
        )
        Viewer().view(complaint_for(MARIA, TEXT), Audience.PUBLIC, viewer=PORTAL, at=AT)
        assert views_module._REPORTER_VALUES.get() == ()
        assert sweep.redact(f"rumah di {HOME}").text == f"rumah di {HOME}"

    def test_a_failing_view_leaves_no_reporter_values_behind(self) -> None:
        class Broken:
            name = "broken"

            def __call__(self, text: str, context: Any) -> Any:
                yield "not a finding"

        viewer = Viewer(redactor=Redactor.default(extra_detectors=[Broken()]))
        with pytest.raises(RedactionError):
            viewer.view(complaint_for(MARIA, TEXT), Audience.PUBLIC, viewer=PORTAL, at=AT)
        assert views_module._REPORTER_VALUES.get() == ()


class TestThreads:
    def test_views_made_in_threads_are_the_views_made_one_by_one(self) -> None:
        people = [
            Reporter(
                name=f"{first} {last}",
                phone=f"+62813390011{number:02d}",
                address=f"Jl. Kenari No. {number}",
                account_id=f"instagram:{first.lower()}_{number}",
            )
            for number, (first, last) in enumerate(
                [("Maria", "Tefa"), ("Yohanes", "Benu"), ("Agustina", "Ndun"), ("Melki", "Djami")]
                * 4
            )
        ]
        complaints = [
            complaint_for(
                person,
                f"Saya {person.name}, tinggal di {person.address}, akun "
                f"@{(person.account_id or ':').split(':')[1]}; lampu jalan mati.",
                number,
            )
            for number, person in enumerate(people)
        ]
        viewer = Viewer(redactor=Redactor.default(operators={"phone": Mask()}))
        expected = [
            rendered(viewer.view(c, Audience.PUBLIC, viewer=PORTAL, at=AT)[0]) for c in complaints
        ]
        results: dict[tuple[int, int], str] = {}
        errors: list[BaseException] = []

        def work(worker: int) -> None:
            try:
                for _ in range(5):
                    for index, complaint in enumerate(complaints):
                        seen, _stored = view(
                            complaint,
                            Audience.PUBLIC,
                            viewer=PORTAL,
                            at=AT,
                            redactor=viewer.redactor,
                        )
                        results[(worker, index)] = rendered(seen)
                        assert results[(worker, index)] == expected[index]
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=work, args=(worker,)) for worker in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(results) == 4 * len(complaints)
        for index, person in enumerate(people):
            assert person.address is not None
            assert person.address not in expected[index]


class TestBadComponents:
    @pytest.mark.parametrize("argument", ["redactor", "policy", "workflow"])
    def test_a_wrong_component_is_refused_every_time(self, argument: str) -> None:
        complaint = complaint_for(MARIA, TEXT)
        for _ in range(2):  # a refusal is not cached
            with pytest.raises(ConfigurationError):
                view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT, **{argument: "x"})

    def test_an_unhashable_component_is_keyed_by_identity(self) -> None:
        class Policy(ViewPolicy):  # type: ignore[misc]
            __hash__ = None  # type: ignore[assignment]

        policy = Policy(rules=ViewPolicy.default().rules)
        seen, _ = view(
            complaint_for(MARIA, TEXT), Audience.PUBLIC, viewer=PORTAL, at=AT, policy=policy
        )
        assert seen.text is not None
        assert "Kenari" not in seen.text
