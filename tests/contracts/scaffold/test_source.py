"""Wrapped lines mean what the long line meant, fit the width where they can, and align as the project does."""

from __future__ import annotations

import ast

from hypothesis import given, settings
from hypothesis import strategies as st
from mock_server.contracts.scaffold.source import literal, wrap

WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=0, max_size=30)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(WORDS, min_size=1, max_size=40), indent=st.integers(0, 8))
def test_a_wrapped_line_is_the_same_code(values, indent):
    line = " " * indent + f"value: Literal[{', '.join(literal(v) for v in values)}] | None = None"
    wrapped = wrap(line)
    assert ast.dump(ast.parse(wrapped.strip())) == ast.dump(ast.parse(line.strip()))
    longest_string = max(len(literal(v)) for v in values)
    assert all(len(row) <= 120 or longest_string > 60 for row in wrapped.splitlines())


def test_continuations_align_with_their_bracket():
    line = ('@api.get("/businesses/", "get-businesses-by-location", scopes="businesses.readonly", tokens=LOCATION, '
            'query=models.GetBusinessesByLocationQuery, response=models.GetBusinessByLocationResponse)')
    assert wrap(line).splitlines() == [
        '@api.get("/businesses/", "get-businesses-by-location", scopes="businesses.readonly", tokens=LOCATION,',
        "         query=models.GetBusinessesByLocationQuery, response=models.GetBusinessByLocationResponse)",
    ]


def test_literals_are_double_quoted_python():
    assert literal('say "hi"\n') == '"say \\"hi\\"\\n"'
    assert ast.literal_eval(literal({"a": [1, 2.5, True, None, ("x",)]})) == {"a": [1, 2.5, True, None, ("x",)]}


def test_a_long_union_breaks_after_its_bars():
    line = "    details: (" + " | ".join(f"SomeRatherLongActionName{n}" for n in range(8)) + ")"
    rows = wrap(line).splitlines()
    assert len(rows) > 1 and all(len(row) <= 120 for row in rows)
    assert rows[0].endswith(" |") and rows[1].startswith(" " * len("    details: ("))
    assert ast.dump(ast.parse(wrap(line).strip())) == ast.dump(ast.parse(line.strip()))
