"""`new_finding` makes the value the `Finding` constructor makes."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.redaction import Finding, PiiKind
from pengaduan.redaction._findings import new_finding


@given(
    st.sampled_from([*PiiKind, "app_kind"]),
    st.integers(0, 10_000),
    st.integers(1, 100),
    st.sampled_from(["name", "gazetteer", "address", "plate"]),
)
def test_new_finding_is_the_constructed_finding(
    kind: str, start: int, length: int, detector: str
) -> None:
    made = new_finding(kind, start, start + length, detector)
    built = Finding(kind=kind, start=start, end=start + length, detector=detector)
    assert made == built
    assert hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert attrs.asdict(made) == attrs.asdict(built)
    assert type(made.kind) is type(built.kind)


def test_a_new_finding_stays_frozen() -> None:
    made = new_finding(PiiKind.NAME, 0, 4, "name")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]
    assert attrs.evolve(made, end=3) == Finding(kind=PiiKind.NAME, start=0, end=3, detector="name")
