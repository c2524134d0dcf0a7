"""A small complaint service embedding pengaduan in FastAPI.

Endpoints:

- ``POST /pengaduan``: the web form; intake, routing, receive, store. Answers with the tracking id,
  the proposed unit and the verification deadline in Indonesian.
- ``POST /pengaduan/{tracking_id}/aksi``: an officer's action with the version it was based on
  (``409`` on a stale version or an action the SOP does not allow, ``422`` when a guard refuses).
- ``GET /pengaduan/{tracking_id}/publik``: the public view (``404`` for a complaint that may not be
  published: the portal must not even confirm that a *rahasia* complaint exists).
- ``GET /pengaduan/{tracking_id}/sla``: the clocks, described for people.
- ``GET /antrian/{unit}``: the unit's work queue, next deadline first (keyset pages of 50).

Storage is the async repository (``pengaduan.store.AsyncRepository``): PostgreSQL when
``PENGADUAN_DATABASE_URL`` names one (``postgresql+psycopg://user@host/db``), otherwise SQLite
(in memory for this scripted session; ``sqlite:///pengaduan.db`` for a file). It is opened once
in FastAPI's lifespan and shared by every request.

Run ``python examples/web_app.py`` to drive a scripted session through FastAPI's test client, or
serve it for real with ``uvicorn web_app:app`` from this folder (uvicorn is not a dependency).
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel

from pengaduan import (
    ActionDataError,
    Actor,
    ConflictError,
    GuardError,
    IntakeError,
    InvalidActionError,
    PrivacyError,
    SlaPolicy,
    Workflow,
    WorkingCalendar,
    format_deadline,
)
from pengaduan.errors import NotFoundError
from pengaduan.intake import from_web_form
from pengaduan.intake.tracking import new_tracking_id
from pengaduan.privacy import Viewer
from pengaduan.routing import Normalizer, default_router
from pengaduan.sla import describe, evaluate
from pengaduan.store import AsyncRepository, Query

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

WITA = ZoneInfo("Asia/Makassar")

# Built once at start-up and shared by every request.
workflow = Workflow.default()
calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
policy = SlaPolicy.lapor(workflow)
router = default_router(normalizer=Normalizer.kupang())
viewer = Viewer(workflow=workflow)
DATABASE_URL = os.environ.get("PENGADUAN_DATABASE_URL", "sqlite://")
stores: list[AsyncRepository] = []  # opened in the lifespan, below
clock: list[datetime] = []  # the scripted session sets "now"; a real app uses the wall clock


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    repo = await AsyncRepository.open(DATABASE_URL, policy=policy, calendar=calendar)
    stores.append(repo)
    try:
        yield
    finally:
        stores.remove(repo)
        await repo.close()


app = FastAPI(title="Layanan pengaduan Kota Kupang", lifespan=lifespan)


def store() -> AsyncRepository:
    return stores[-1]


def now() -> datetime:
    return clock[-1] if clock else datetime.now(WITA)


class ActionRequest(BaseModel):
    action: str
    role: str
    actor_id: str
    expected_version: int
    data: dict[str, Any] = {}


@app.post("/pengaduan", status_code=201)
async def submit(form: dict[str, Any]) -> dict[str, Any]:
    try:
        inbound = from_web_form(form, received_at=now())
    except IntakeError as error:
        raise HTTPException(status_code=422, detail=error.reason) from None
    complaint = inbound.receive(workflow, tracking_id=new_tracking_id())
    await store().add(complaint)
    decision = router.route(complaint)
    (verification,) = evaluate(complaint, policy=policy, calendar=calendar, now=now())
    due = verification.due_at
    return {
        "tracking_id": complaint.tracking_id,
        "unit": decision.unit,
        "needs_review": decision.needs_review,
        "verifikasi": None if due is None else format_deadline(due, calendar),
    }


@app.post("/pengaduan/{tracking_id}/aksi")
async def act(tracking_id: str, request: ActionRequest) -> dict[str, Any]:
    try:
        complaint = await store().get(tracking_id)
    except NotFoundError:
        raise HTTPException(status_code=404, detail="tidak ditemukan") from None
    actor = Actor(role=request.role, id=request.actor_id)
    try:
        updated = workflow.apply(
            complaint,
            request.action,
            at=now(),
            actor=actor,
            expected_version=request.expected_version,
            **request.data,
        )
        await store().append(updated, expected_version=complaint.version)
    except (ConflictError, InvalidActionError) as error:
        raise HTTPException(status_code=409, detail=str(error)) from None
    except GuardError as error:
        raise HTTPException(status_code=422, detail=error.guard) from None
    except ActionDataError as error:  # a field the action does not take, or a bad value
        raise HTTPException(status_code=422, detail=error.field) from None
    return {"status": updated.status, "version": updated.version}


@app.get("/pengaduan/{tracking_id}/publik")
async def public(tracking_id: str) -> dict[str, Any]:
    try:
        complaint = await store().get(tracking_id)
        page, _ = viewer.view(complaint, "public", viewer=Actor.system("portal"), at=now())
    except (NotFoundError, PrivacyError):
        raise HTTPException(status_code=404, detail="tidak ditemukan") from None
    return page.to_dict()


@app.get("/pengaduan/{tracking_id}/sla")
async def sla(tracking_id: str) -> list[str]:
    try:
        complaint = await store().get(tracking_id)
    except NotFoundError:
        raise HTTPException(status_code=404, detail="tidak ditemukan") from None
    reports = evaluate(complaint, policy=policy, calendar=calendar, now=now())
    return [describe(report, calendar, now=now()) for report in reports]


@app.get("/antrian/{unit}")
async def queue(unit: str, after: str | None = None) -> dict[str, Any]:
    page = await store().page(Query(unit=unit, due_within_days=5, now=now()), limit=50, after=after)
    rows = [
        {"tracking_id": row.tracking_id, "status": row.status, "deadline": row.next_deadline}
        for row in page.items
    ]
    return {"items": rows, "next": page.next_cursor}


def main() -> None:
    with TestClient(app) as client:  # runs the lifespan: opens and closes the repository
        session(client)


def session(client: TestClient) -> None:
    clock.append(datetime(2025, 7, 7, 9, 0, tzinfo=WITA))
    created = client.post(
        "/pengaduan",
        json={
            "nama": "Maria Tefa",
            "telepon": "0813-3900-7788",
            "isi": "Sampah di TPS dkt pasar oeba sdh 1 mggu tdk diangkut, bau sekali",
            "kelurahan": "Fatubesi",
            "privasi": "anonim",
        },
    )
    print(created.status_code, created.json())
    tracking_id = created.json()["tracking_id"]
    unit = created.json()["unit"]

    clock.append(datetime(2025, 7, 8, 10, 0, tzinfo=WITA))
    verified = client.post(
        f"/pengaduan/{tracking_id}/aksi",
        json={
            "action": "verifikasi",
            "role": "admin",
            "actor_id": "bagian-organisasi",
            "expected_version": 1,
            "data": {"units": [unit]},
        },
    )
    print("verifikasi:", verified.status_code, verified.json())
    waiting = client.get(f"/antrian/{unit}").json()["items"]
    print("antrian unit:", [(row["tracking_id"] == tracking_id, row["status"]) for row in waiting])
    stale = client.post(
        f"/pengaduan/{tracking_id}/aksi",
        json={
            "action": "arsipkan",
            "role": "admin",
            "actor_id": "operator-2",
            "expected_version": 1,
            "data": {"reason": "duplikat"},
        },
    )
    print("a second officer on the old version:", stale.status_code)
    refused = client.post(
        f"/pengaduan/{tracking_id}/aksi",
        json={
            "action": "tindak_lanjut",
            "role": "unit",
            "actor_id": unit,
            "expected_version": 2,
            "data": {"response": "  "},
        },
    )
    print("a follow-up without a response:", refused.status_code, refused.json()["detail"])

    clock.append(datetime(2025, 7, 10, 15, 0, tzinfo=WITA))
    answered = client.post(
        f"/pengaduan/{tracking_id}/aksi",
        json={
            "action": "tindak_lanjut",
            "role": "unit",
            "actor_id": unit,
            "expected_version": 2,
            "data": {"response": "Sampah sudah diangkut; jadwal angkut ditambah."},
        },
    )
    print("tindak lanjut:", answered.status_code, answered.json())
    for line in client.get(f"/pengaduan/{tracking_id}/sla").json():
        print(" -", line)
    page = client.get(f"/pengaduan/{tracking_id}/publik").json()
    print("publik:", page["status_label"], "|", page["text"])
    if "Maria" in str(page) or page["reporter"] is not None:
        raise SystemExit("the public page leaked the reporter")
    if stale.status_code != 409 or refused.status_code != 422:
        raise SystemExit("unexpected status codes")


if __name__ == "__main__":
    main()
