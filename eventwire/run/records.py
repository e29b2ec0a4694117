"""Records as Arrow tables and Parquet files, for users who keep results as files.

The Arrow schema follows the Article dataclasses (nested structs and lists), so every partition
written by any worker has the same schema, whatever it happened to find (an empty list of events
is still a list of event structs). ``Article.from_dict(row)`` reads a row back.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Article

_SIMPLE = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow(tp: Any) -> pa.DataType:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"no Arrow type for {tp!r}")
        return _arrow(inner[0])
    if origin is list:
        return pa.list_(_arrow(typing.get_args(tp)[0]))
    if origin is Literal:
        return pa.string()
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return pa.struct([pa.field(f.name, _arrow(hints[f.name])) for f in dataclasses.fields(tp)])
    if tp in _SIMPLE:
        return _SIMPLE[tp]
    raise TypeError(f"no Arrow type for {tp!r}")


@cache
def schema() -> pa.Schema:
    """The Arrow schema of a record (one row per article)."""
    return pa.schema(list(_arrow(Article)))


def to_table(records: Iterable[dict]) -> pa.Table:
    """Records (``Article.to_dict()``) as one Arrow table with :func:`schema`."""
    return pa.Table.from_pylist(list(records), schema=schema())


def write_parquet(records: Iterable[dict], path: str | Path) -> Path:
    """Write records as one Parquet file (a partition of a larger data set); returns its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_table(records), path)
    return path
