"""The one adapter around ``transitions``.

A workflow definition becomes exactly one ``transitions.Machine`` with no models attached. The
machine's own transition table answers "where does this action lead from this status?" by a plain
lookup, which is thread-safe and costs nothing per complaint: complaints never become machine
models, so there is no ``add_model`` per complaint and no bound ``to_<state>()`` methods.
Callers never see ``MachineError`` or ``transitions`` objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["SopMachine"]


class SopMachine:
    """A compiled transition table backed by one ``transitions.Machine``."""

    __slots__ = ("_events", "_machine", "_states", "_triggers")

    def __init__(
        self,
        *,
        states: Sequence[str],
        initial: str,
        edges: Iterable[tuple[str, str, str | None]],
    ) -> None:
        """Build the machine.

        Args:
            states: status names.
            initial: the status of a newly received complaint.
            edges: ``(action, source, target)``; a ``None`` target keeps the status.
        """
        from transitions import Machine  # noqa: PLC0415 - keep import pengaduan cheap

        self._states = tuple(states)
        self._machine = Machine(
            model=None,
            states=list(self._states),
            initial=initial,
            auto_transitions=False,
            ignore_invalid_triggers=False,
        )
        for action, source, target in edges:
            self._machine.add_transition(action, source, "=" if target is None else target)
        self._events = self._machine.events
        self._triggers = {
            state: tuple(sorted(self._machine.get_triggers(state))) for state in self._states
        }

    def target(self, status: str, action: str) -> str | None:
        """Where ``action`` leads from ``status``, or ``None`` when it is not allowed there."""
        event = self._events.get(action)
        if event is None:
            return None
        found = event.transitions.get(status)
        if not found:
            return None
        return str(found[0].dest)

    def actions(self, status: str) -> tuple[str, ...]:
        """Actions allowed from ``status``, sorted."""
        return self._triggers.get(status, ())

    def mermaid(self, *, title: str, labels: dict[str, str], final: Iterable[str] = ()) -> str:
        """A Mermaid ``stateDiagram-v2`` of the machine, rendered by ``transitions``.

        Args:
            title: the diagram title.
            labels: display label per state name.
            final: states drawn with an edge to the end marker ``[*]``.
        """
        from transitions.extensions.diagrams import (  # noqa: PLC0415
            GraphMachine,
        )

        class _Diagram:
            """The single throwaway model a diagram needs."""

        diagram = _Diagram()
        GraphMachine(
            model=diagram,
            states=[{"name": s} for s in self._states],
            transitions=[
                {"trigger": name, "source": source, "dest": t.dest}
                for name, event in self._events.items()
                for source, found in event.transitions.items()
                for t in found
            ],
            initial=str(self._machine.initial),
            auto_transitions=False,
            graph_engine="mermaid",
            title=title,
            show_state_attributes=False,
        )
        raw: str = diagram.get_graph().draw(None)  # type: ignore[attr-defined]
        lines = []
        for line in raw.splitlines():
            stripped = line.strip()
            # transitions styles the diagram model's current state; a definition has none.
            if not stripped or stripped.startswith(("classDef ", "Class ")):
                continue
            if stripped == title:
                line = f"title: {title}"  # noqa: PLW2901 - valid Mermaid front matter
            lines.append(line)
        lines.extend(f"  {name} --> [*]" for name in final)
        text = "\n".join(lines) + "\n"
        for name, label in labels.items():
            text = text.replace(f'state "{name}" as {name}', f'state "{label}" as {name}')
        return text
