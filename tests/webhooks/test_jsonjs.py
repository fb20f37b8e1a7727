"""Bodies are byte for byte what JavaScript's JSON.stringify writes: checked against Node itself."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.webhooks import jsonjs

NODE = shutil.which("node")
# JSON.stringify(JSON.parse(line)) for every line: what the official Node SDK signs over.
ROUND_TRIP = "require('readline').createInterface({input: process.stdin}).on('line', l => " \
             "console.log(JSON.stringify(JSON.parse(l))));"

keys = st.one_of(st.text(max_size=8), st.integers(0, 2**33).map(str), st.sampled_from(["0", "01", "-1", "1.5"]))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**60, 2**60), st.floats(allow_nan=False),
                    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(keys, inner, max_size=4)), max_leaves=12)


@pytest.mark.skipif(NODE is None, reason="node is needed to compare with JSON.stringify")
@settings(max_examples=1, deadline=None)
@given(st.lists(values, min_size=150, max_size=150))
def test_bodies_are_what_json_stringify_writes(samples):
    lines = [jsonjs.dumps(value) for value in samples]
    done = subprocess.run([NODE, "-e", ROUND_TRIP], input=b"\n".join(lines) + b"\n", capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == lines


@pytest.mark.parametrize(("value", "written"), [
    (1.0, "1"), (0.1, "0.1"), (1e21, "1e+21"), (1e20, "100000000000000000000"), (1e-6, "0.000001"),
    (1e-7, "1e-7"), (-0.0, "0"), (float("inf"), "null"), (2**53 + 1, "9007199254740992"), (100.0, "100"),
])
def test_numbers_as_javascript_writes_them(value, written):
    assert jsonjs.dumps(value).decode() == written


def test_keys_keep_their_order_except_array_indexes_first():
    assert jsonjs.dumps({"b": 1, "10": 2, "a": 3, "2": 4, "01": 5}) == b'{"2":4,"10":2,"b":1,"a":3,"01":5}'


def test_non_ascii_and_control_characters():
    assert jsonjs.dumps({"name": "Zoë \u2028\n\x01"}) == json.dumps({"name": "Zoë \u2028\n\x01"}, ensure_ascii=False,
                                                                     separators=(",", ":")).encode()


@settings(max_examples=300, deadline=None)
@given(values)
def test_plain_bodies_skip_the_rebuild_and_are_written_the_same(value):
    # the shortcut for bodies orjson already writes as JavaScript does must never change a byte
    import orjson

    assert jsonjs.dumps(value) == orjson.dumps(jsonjs._javascript_view(value))
