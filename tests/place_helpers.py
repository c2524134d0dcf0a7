"""Shared by the routing tests on location fields: a web-form submission with a location, a
route that checks the prepared-document path agrees, and a hostile-field route."""

from __future__ import annotations

from typing import Any

from tests.hostile_helpers import outcome

from pengaduan.errors import ArgumentError
from pengaduan.model import Channel, Location, Reporter, Submission
from pengaduan.routing import Normalizer, Router, RoutingDecision, UnitDirectory, default_router

DIRECTORY = UnitDirectory.kota_kupang()
KUPANG = default_router(normalizer=Normalizer.kupang(), directory=DIRECTORY)
FIELDS = ("address", "kecamatan", "kelurahan")


def web(text: str, **location: str | None) -> Submission:
    """A web-form submission with the given location fields."""
    return Submission(
        text=text,
        channel=Channel.WEB,
        reporter=Reporter(account_id="akun-1"),
        location=Location(**location),
    )


def route(item: Submission, router: Router = KUPANG) -> RoutingDecision:
    decision = router.route(item)
    # The general path and the prepared document agree.
    assert decision == router.decide(router.document(item))
    return decision


def route_with(text: str, **location: Any) -> object:
    """``text`` with the location fields given, routed by the Kupang router: its decision, or
    the typed error with which the model refuses a field (the test fails on any other)."""
    made = outcome(Location, **location)
    if isinstance(made, ArgumentError):
        return made  # the model refuses the value: nothing to route
    item = outcome(Submission, text=text, channel=Channel.WEB, reporter=Reporter(), location=made)
    if isinstance(item, ArgumentError):
        return item  # the submission refuses it (a NUL, which no database stores as text)
    return outcome(KUPANG.route, item)
