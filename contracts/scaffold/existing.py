"""Reading an area that already exists, to add operations to it without touching what is there.

New declarations are appended to the area's ``models.py`` and ``routes.py`` (or, where the area splits
them into packages, written as new modules in them); only the import block at the top of an appended
module is rewritten, merged with what the new code needs.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from mock_server.contracts.scaffold import source, templates
from mock_server.contracts.scaffold.plan import AreaPlan
from mock_server.contracts.scaffold.shapes import AliasSpec, ClassSpec


class ScaffoldError(Exception):
    """The scaffold cannot do what was asked (said in a sentence for the command line)."""


@dataclass
class Module:
    path: Path
    text: str

    @classmethod
    def read(cls, path: Path) -> Module:
        return cls(path, path.read_text(encoding="utf-8"))

    def top_level_names(self) -> set[str]:
        names: set[str] = set()
        for node in ast.parse(self.text).body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names |= {t.id for t in targets if isinstance(t, ast.Name)}
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        return names

    def declarations(self) -> dict[str, str]:
        """The source of each top-level class and assignment, by name."""
        found: dict[str, str] = {}
        for node in ast.parse(self.text).body:
            name = node.name if isinstance(node, ast.ClassDef) else \
                node.targets[0].id if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) else None
            if name:
                found[name] = ast.get_source_segment(self.text, node) or ""
        return found

    def api_named(self, spec_file: str) -> str | None:
        """The name this module binds ``Api("<spec_file>", ...)`` to."""
        for node in ast.parse(self.text).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _called(node.value) == "Api" \
                    and node.value.args and isinstance(node.value.args[0], ast.Constant) \
                    and node.value.args[0].value == spec_file and isinstance(node.targets[0], ast.Name):
                return node.targets[0].id
        return None

    def declared_routes(self) -> set[tuple[str, str]]:
        """(METHOD, path) of the operations this module declares with literal paths (``@api.get("/x", ...)``)."""
        found: set[tuple[str, str]] = set()
        for node in ast.walk(ast.parse(self.text)):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for decorator in node.decorator_list:
                if not isinstance(decorator, ast.Call) or not isinstance(decorator.func, ast.Attribute):
                    continue
                texts = [a.value for a in decorator.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                method = decorator.func.attr.upper()
                if method == "OPERATION" and len(texts) >= 2:
                    found.add((texts[0].upper(), texts[1]))
                elif method in ("GET", "POST", "PUT", "PATCH", "DELETE") and texts and texts[0].startswith("/"):
                    found.add((method, texts[0]))
        return found

    def binding_of(self, module: str) -> str | None:
        """The name this module imports ``module`` as (``from pkg import models as m`` -> ``m``)."""
        package, _, last = module.rpartition(".")
        for node in ast.parse(self.text).body:
            if isinstance(node, ast.ImportFrom) and node.module == package and node.level == 0:
                for alias in node.names:
                    if alias.name == last:
                        return alias.asname or alias.name
        return None

    def appended(self, body: str, imports: source.Imports) -> str:
        """This module's text with ``body`` appended and its import block merged with ``imports``."""
        return merge_imports(self.text, imports, self.path).rstrip("\n") + "\n\n\n" + body


def reuse_identical(plan: AreaPlan, module: Module) -> None:
    """Where a generated declaration (``GadgetOut2``) is the module's own under its name (``GadgetOut``), field
    for field, use the module's: a second scaffold of the same file adds no copies of what the first wrote."""
    existing = module.declarations()
    declared = plan.shapes.declared
    while True:
        same = next(((name, base) for name, base in ((n, re.sub(r"\d+$", "", n)) for n in declared)
                     if base != name and base in existing
                     and _source(declared[name], set(declared), base) == existing[base].strip()), None)
        if same is None:
            return
        _rename(plan, *same)


def _source(declaration: ClassSpec | AliasSpec, names: set[str], as_name: str) -> str:
    text = templates.render_declaration(declaration, names)
    text = "\n".join(line for line in text.splitlines() if not line.startswith("# REVIEW"))
    return re.sub(rf"^(class |){re.escape(declaration.name)}\b", rf"\g<1>{as_name}", text.strip())


def _rename(plan: AreaPlan, old: str, new: str) -> None:
    word = re.compile(rf"\b{re.escape(old)}\b")
    del plan.shapes.declared[old]
    for declaration in plan.shapes.declared.values():
        if isinstance(declaration, ClassSpec):
            declaration.bases = tuple(new if b == old else b for b in declaration.bases)
            for f in declaration.fields:
                f.annotation = word.sub(new, f.annotation)
        else:
            declaration.expression = word.sub(new, declaration.expression)
    for op in plan.operations:
        op.query, op.body, op.response = (new if x == old else x for x in (op.query, op.body, op.response))


def merge_imports(text: str, imports: source.Imports, where: Path) -> str:
    tree = ast.parse(text)
    nodes = list(tree.body)
    start = 1 if nodes and isinstance(nodes[0], ast.Expr) and isinstance(nodes[0].value, ast.Constant) else 0
    block = []
    for node in nodes[start:]:
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            break
        block.append(node)
    lines = text.splitlines(keepends=True)
    if not block:
        at = nodes[0].end_lineno if start else 0
        merged = source.render_imports(imports)
        return "".join(lines[:at]) + "\n" + merged + "\n" + "".join(lines[at:])
    first, last = block[0].lineno - 1, block[-1].end_lineno
    if any("#" in line for line in lines[first:last]):
        raise ScaffoldError(f"{where}: its import block has comments; add the new code's imports by hand")
    current: source.Imports = {}
    for node in block:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            source.add(current, node.module, *(f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names))
        elif isinstance(node, ast.Import) and not any(a.asname for a in node.names):
            for alias in node.names:
                source.add(current, alias.name, "")
        else:
            raise ScaffoldError(f"{where}: relative imports and ``import x as y`` are beyond the import merger")
    for module, names in imports.items():
        source.add(current, module, *names)
    rest = "".join(lines[last:]).lstrip("\n")
    return "".join(lines[:first]) + source.render_imports(current) + "\n" + source.after_imports(rest) + rest


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
