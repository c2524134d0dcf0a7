"""Canonical JSON written from fragments (private; the workflow's hot path).

Event data is hashed as canonical JSON: sorted keys, no insignificant whitespace, non-ASCII
characters as they are, no NaN (``pengaduan.model.canonical_json``, the reference). The
reference goes through ``json.JSONEncoder.encode``, which sets up a new C encoder on every call;
for the small documents an action carries that setup costs more than the writing.
`fragment()` writes the same text directly: strings through ``json.encoder``'s own string
escaper (the very function the reference's encoder calls), integers and floats through their
``repr`` (as the reference does), containers from their items' fragments. Anything else (a
``str`` or ``dict`` subclass, a non-string key, a non-finite float, a cycle, a non-JSON type) is
handed to the reference, which writes it or raises exactly as before. The bytes are therefore the
reference's bytes; a property test compares the two over generated documents.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from math import isfinite

from pengaduan.model import canonical_json

__all__ = ["fragment", "string_fragment"]

string_fragment = encode_basestring
"""A ``str`` as a JSON string (``json``'s own escaper; non-ASCII characters kept as they are)."""

_int_repr = int.__repr__
_float_repr = float.__repr__


def fragment(value: object) -> str:
    """``value`` as canonical JSON, byte for byte what ``canonical_json(value)`` writes.

    Raises:
        TypeError: a value is not JSON-compatible (raised by the reference).
        ValueError: a float is NaN or infinite, or a container holds itself (by the reference).
    """
    try:
        return _fragment(value)
    except RecursionError:
        pass
    # A cycle, or nesting deeper than the interpreter allows: the reference raises its own error.
    return canonical_json(value)  # type: ignore[arg-type]


def _fragment(value: object) -> str:  # noqa: PLR0911 - one return per JSON type reads best
    if type(value) is str:
        return encode_basestring(value)
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is list or type(value) is tuple:
        return "[" + ",".join([_fragment(item) for item in value]) + "]"
    if type(value) is dict:
        if all(type(key) is str for key in value):
            return (
                "{"
                + ",".join(
                    [encode_basestring(key) + ":" + _fragment(value[key]) for key in sorted(value)]
                )
                + "}"
            )
    elif type(value) is int:
        return _int_repr(value)
    elif value is None:
        return "null"
    elif type(value) is float and isfinite(value):
        return _float_repr(value)
    return canonical_json(value)  # type: ignore[arg-type]
