"""Running over many documents: worker processes keep input order, read the input as they
go, and turn a bad document into an error record without stopping."""

import pytest

from eventwire.ingest import RawDoc
from eventwire.pipeline import Settings
from eventwire.run import local


def _docs(n: int, pulled: list[int]):
    for i in range(n):
        pulled.append(i)
        text = "" if i == 5 else f"Police in Lagos arrested {i + 2} protesters on Monday, officials said."
        yield RawDoc(source=f"batch#{i}", id=f"doc{i}", text=text)


@pytest.mark.slow
def test_two_workers_keep_order_stream_the_input_and_report_bad_documents():
    pulled: list[int] = []
    out = local.pipe(_docs(60, pulled), Settings(batch_size=2), processes=2)
    first = next(out)
    assert len(pulled) < 60  # the input is read a window at a time, not all ahead
    arts = [first, *out]
    assert [a.id for a in arts] == [f"doc{i}" for i in range(60)]
    assert arts[5].errors and not arts[6].errors
    assert {c.number for c in arts[7].counts} == {9}
