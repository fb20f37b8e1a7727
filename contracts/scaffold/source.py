"""Writing Python source in this project's style: literals, wrapped lines, sorted import blocks.

A small engine of our own rather than a formatter: the project wraps long calls by aligning the
continuation with the opening bracket (``@api.get(...`` declarations, long ``Literal[...]``), which
black-style formatters do not do, and ``ruff format`` is a development tool, not a dependency.
Import blocks are written the way ruff's isort rules (``I``) want them, so generated modules pass
``ruff check`` as they are.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

WIDTH = 120
FIRST_PARTY = "mock_server"
MAPPED = ("mock_server.contracts", "mock_server.fixtures")
OPENING, CLOSING = "([{", ")]}"


def literal(value: Any) -> str:
    """``value`` as Python source, strings in double quotes (JSON's escapes are Python's too)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(literal(item) for item in value)
        return f"({inner},)" if isinstance(value, tuple) and len(value) == 1 else \
            (f"({inner})" if isinstance(value, tuple) else f"[{inner}]")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no literal for {value!r}")


def call(name: str, args: Iterable[str]) -> str:
    return f"{name}({', '.join(args)})"


def wrap(line: str, width: int = WIDTH) -> str:
    """``line`` broken after commas (and unions' bars) to fit ``width``, each continuation aligned with its open
    bracket.

    Strings are never split; a line that cannot be broken stays long (ruff's rules do not limit length)."""
    if len(line) <= width:
        return line
    out: list[str] = []
    current = ""
    stack: list[int] = []  # columns, in ``current``, of the brackets still open
    breaks: list[tuple[int, int]] = []  # (index after ", " in current, indent of the continuation)
    quote: str | None = None
    i = 0
    while i < len(line):
        char = line[i]
        current += char
        if quote:
            if char == "\\":
                i += 1
                current += line[i] if i < len(line) else ""
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in OPENING:
            stack.append(len(current))
        elif char in CLOSING and stack:
            stack.pop()
        elif char in ",|" and stack and i + 1 < len(line) and line[i + 1] == " " and (char == "," or line[i - 1] == " "):
            breaks.append((len(current), stack[-1]))  # after ", " and after the " | " of a union
        if len(current) > width and quote is None:
            fitting = [b for b in breaks if b[0] <= width] or breaks[:1]
            # a continuation far to the right leaves no room: prefer breaking at a shallower bracket
            fitting = [b for b in fitting if b[1] <= width // 2] or fitting
            if fitting and fitting[-1][0] < len(current):
                cut, indent = fitting[-1]
                out.append(current[:cut].rstrip())
                rest = current[cut:].lstrip(" ")
                shift = indent - (len(current) - len(rest))
                current = " " * indent + rest
                stack = [col + shift if col > cut else col for col in stack]
                breaks = [(pos + shift, ind + (shift if ind > cut else 0)) for pos, ind in breaks if pos > cut]
        i += 1
    out.append(current)
    return "\n".join(out)


# -- imports ---------------------------------------------------------------------------------------
Imports = dict[str, set[str]]  # module -> names imported from it ("" name: ``import module``)


def add(imports: Imports, module: str, *names: str) -> None:
    imports.setdefault(module, set()).update(names)


def section(module: str) -> int:
    """ruff's isort sections: 0 __future__, 1 standard library, 2 third party, 3 first party.

    First party is what ruff finds in the repository: ``mock_server``, except ``mock_server.contracts`` and
    ``mock_server.fixtures``, which live at the top of the repository and install under that name (setup.py)."""
    top = module.split(".")[0]
    if top == "__future__":
        return 0
    if top in sys.stdlib_module_names:
        return 1
    if top == FIRST_PARTY and not module.startswith(MAPPED):
        return 3
    return 2


def _member_key(name: str) -> tuple[int, str]:
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def render_imports(imports: Imports) -> str:
    """The import block: sections separated by a blank line, ``import x`` before ``from x import``."""
    sections: dict[int, list[tuple[int, str, str]]] = {}
    for module, names in imports.items():
        plain = "" in names
        members = sorted((n for n in names if n), key=_member_key)
        where = sections.setdefault(section(module), [])
        if plain:
            where.append((0, module.lower(), f"import {module}"))
        plain_members = [m for m in members if " as " not in m]
        if plain_members:
            where.append((1, module.lower(), _from_import(module, plain_members)))
        # ruff keeps each renamed member in its own statement, after the module's others
        where += [(1, module.lower() + "\x00" + m.lower(), f"from {module} import {m}") for m in members
                  if " as " in m]
    blocks = ["\n".join(text for _, _, text in sorted(entries)) for _, entries in sorted(sections.items())]
    return "\n\n".join(blocks)


def after_imports(code: str) -> str:
    """The blank lines ruff's isort wants between an import block and ``code``: two before a class or a
    function (comments above it included), one otherwise."""
    first = next((line for line in code.splitlines() if line and not line.startswith("#")), "")
    return "\n\n" if first.startswith(("class ", "def ", "async def ", "@")) else "\n"


def _from_import(module: str, members: list[str]) -> str:
    line = f"from {module} import {', '.join(members)}"
    if len(line) <= WIDTH:
        return line
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in members) + ")"
