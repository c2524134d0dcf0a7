"""The SOP as data, and the one workflow object that applies it to every complaint.

A [`WorkflowDefinition`][pengaduan.workflow.WorkflowDefinition] declares statuses (each in a
[`StatusCategory`][pengaduan.workflow.StatusCategory]), actions
(sources, target, roles allowed, guards) and labels in Indonesian and English. Building a
[`Workflow`][pengaduan.workflow.Workflow] validates the whole definition at once and compiles it
into one shared
``transitions`` machine. [`Workflow.apply()`][pengaduan.workflow.Workflow.apply] is a pure function:
it takes a complaint and
returns a new one with exactly one more, hash-chained event.

The default profile follows SP4N-LAPOR! v3; see
[`pengaduan.workflow.profiles`][pengaduan.workflow.profiles].
"""

from __future__ import annotations

from pengaduan.model import CONSENT_ACTION, PRIVACY_ACTION
from pengaduan.workflow._definition import (
    DISCLOSURE_ACTION,
    RECEIVE_ACTION,
    ActionSpec,
    StatusCategory,
    StatusSpec,
    WorkflowDefinition,
)
from pengaduan.workflow._workflow import Workflow

__all__ = [
    "CONSENT_ACTION",
    "DISCLOSURE_ACTION",
    "PRIVACY_ACTION",
    "RECEIVE_ACTION",
    "ActionSpec",
    "StatusCategory",
    "StatusSpec",
    "Workflow",
    "WorkflowDefinition",
]
