"""``ghl-mock contract scaffold``: a new API area, or new operations of an existing one, from an official file.

It writes what is typed over from the file: the request and response models (structure verbatim, prose
not copied), each operation's declaration (method, path, operationId, scopes, token classes, statuses,
models, deprecation, path enums), a handler marked ``@unwritten`` (it answers 501), a strict-xfail test
stub per operation with the request it starts from, and the area's registration. The code is ours from
then on; nothing reads the official files at run time. See docs/adding-an-api-area.md.

    plan.py       the file's operations as our declarations (official.OfficialSpec reads the file)
    shapes.py     schemas -> model classes and type expressions
    samples.py    the request each test stub sends
    templates.py  the modules' source (and the registration, in one function)
    existing.py   adding to an area that exists (append, merge imports)
    source.py     literals, wrapped lines, sorted import blocks
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mock_server.contracts.official import OfficialSpec
from mock_server.contracts.scaffold import source, templates
from mock_server.contracts.scaffold.existing import Module, ScaffoldError, reuse_identical
from mock_server.contracts.scaffold.naming import area_name, snake
from mock_server.contracts.scaffold.plan import AreaPlan, api_name, plan_area

__all__ = ["Outcome", "ScaffoldError", "scaffold"]


@dataclass
class Outcome:
    area: str
    new_area: bool
    operations: list[str]
    files: dict[Path, str] = field(default_factory=dict)  # what is (or, dry, would be) written
    extended: set[Path] = field(default_factory=set)  # existing modules the new code is appended to
    instructions: list[str] = field(default_factory=list)
    plan: AreaPlan | None = None

    def write(self) -> None:
        """Write every file, or none: a file that exists already is only rewritten to extend it."""
        clashes = [str(p) for p in self.files if p.exists() and p not in self.extended]
        if clashes:
            raise ScaffoldError(f"would overwrite {', '.join(clashes)}: move it away or choose another --area")
        for path, text in self.files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def scaffold(file: Path, operation_ids: list[str] | None = None, *, area: str | None = None, root: Path,
             spec: OfficialSpec | None = None) -> Outcome:
    """Plan and render (not write: ``Outcome.write``) the operations of ``file`` into the repository at
    ``root``: a new area package ``mock_server/apis/<area>``, or additions to that package if it exists.
    ``spec``: an index of the file's folder to reuse across calls."""
    file, root = Path(file), Path(root)
    if not file.is_file():
        raise ScaffoldError(f"{file}: no such official file")
    if not (root / "mock_server" / "apis").is_dir() and (root / "mock_server").exists():
        raise ScaffoldError(f"{root} is not a ghl-mock repository (no mock_server/apis)")
    spec_name = api_name(file)
    area = area or area_name(spec_name)
    if not area.isidentifier():
        raise ScaffoldError(f"{area!r} cannot be a package name")
    package = root / "mock_server" / "apis" / area
    if package.is_dir():
        return _add(file, operation_ids, area, package, root, spec_name, spec)
    plan = plan_area(file, area, operation_ids, skip=_implemented(spec_name, root), spec=spec)
    _something(plan, spec_name)
    outcome = Outcome(area, True, [op.official.operation_id for op in plan.operations], plan=plan)
    models = templates.models_part(plan)
    outcome.files[package / "models.py"] = models.module(
        f"Models of the {plan.tag} API ({plan.spec_file}), GHL field names verbatim.")
    routes = templates.routes_part(plan)
    source.add(routes.imports, f"mock_server.apis.{area}", "models")
    source.add(routes.imports, "mock_server.platform.operations", "Api")
    routes.body = f"api = Api({source.literal(plan.spec_file)}, tag={source.literal(plan.tag)})\n\n\n" + routes.body
    outcome.files[package / "routes.py"] = routes.module(f"{plan.tag} operations ({plan.spec_file}).")
    registration = templates.registration(plan)
    outcome.files.update({root / path: text for path, text in registration.files.items()})
    outcome.instructions += registration.instructions
    tests = root / "tests" / "apis" / area
    outcome.files[tests / "__init__.py"] = ""
    outcome.files[tests / f"test_{area}.py"] = templates.tests_part(plan).module(templates.tests_docstring(plan))
    return outcome


def _add(file: Path, operation_ids: list[str] | None, area: str, package: Path, root: Path,
         spec_name: str, spec: OfficialSpec | None) -> Outcome:
    """New operations into an existing area: appended to its ``models.py``/``routes.py``, or new modules of
    its ``models``/``routes`` packages."""
    flat_models, flat_routes = package / "models.py", package / "routes.py"
    taken = Module.read(flat_models).top_level_names() if flat_models.is_file() else set()
    handlers = Module.read(flat_routes).top_level_names() if flat_routes.is_file() else set()
    declared = {route for path in package.rglob("*.py") for route in Module.read(path).declared_routes()}
    plan = plan_area(file, area, operation_ids, skip=_implemented(spec_name, root) | declared, taken_models=taken,
                     taken_handlers=handlers, spec=spec)
    _something(plan, spec_name)
    if flat_models.is_file():
        reuse_identical(plan, Module.read(flat_models))
    outcome = Outcome(area, False, [op.official.operation_id for op in plan.operations], plan=plan)
    resource = _resource(plan)
    models = templates.models_part(plan)
    if flat_models.is_file():
        outcome.files[flat_models] = Module.read(flat_models).appended(models.body, models.imports)
        outcome.extended.add(flat_models)
        models_module = f"mock_server.apis.{area}.models"
    else:
        target = package / "models" / f"{resource}.py" if (package / "models").is_dir() else flat_models
        outcome.files[_fresh(target)] = models.module(f"Models of {plan.spec_file}'s {resource} operations.")
        models_module = ".".join(_fresh(target).relative_to(root).with_suffix("").parts)
    api_module, api_var = _find_api(package, root, spec_name)
    if flat_routes.is_file() and api_module == f"mock_server.apis.{area}.routes":
        routes_module = Module.read(flat_routes)
        binding = routes_module.binding_of(models_module)
        routes = templates.routes_part(plan, models=binding or "models", api=api_var)
        if binding is None:
            _import_module(routes.imports, models_module, "models")
        outcome.files[flat_routes] = routes_module.appended(routes.body, routes.imports)
        outcome.extended.add(flat_routes)
    else:
        routes = templates.routes_part(plan, api=api_var)
        _import_module(routes.imports, models_module, "models")
        source.add(routes.imports, api_module, api_var)
        target = _fresh(package / "routes" / f"{resource}.py" if (package / "routes").is_dir()
                        else package / f"{resource}_routes.py")
        outcome.files[target] = routes.module(f"{plan.spec_file}: the {resource} operations.")
        module = ".".join(target.relative_to(root).with_suffix("").parts)
        outcome.instructions.append(f"import {module} where the area's routes are gathered (its operations are "
                                    f"declared on {api_module}.{api_var} when it is imported)")
    tests = _fresh(root / "tests" / "apis" / area / f"test_{resource}.py")
    outcome.files[tests] = templates.tests_part(plan).module(templates.tests_docstring(plan))
    return outcome


def _implemented(spec_name: str, root: Path) -> set[tuple[str, str]]:
    """(METHOD, path) of ``spec_name``'s operations the mock at ``root`` serves already (only known when
    ``root`` is the repository this code runs from; a scaffold into another folder starts from nothing)."""
    import mock_server

    if Path(mock_server.__file__).resolve().parent.parent != root.resolve():
        return set()
    from mock_server.apis import build_registry

    return {(op.method, op.path) for op in build_registry() if op.spec_file == spec_name}


def _something(plan: AreaPlan, spec_name: str) -> None:
    if not plan.operations:
        raise ScaffoldError(f"nothing to scaffold: the mock serves every operation of {spec_name} already")


def _resource(plan: AreaPlan) -> str:
    """A module name for added operations: their first path segment beyond what all of them share."""
    paths = [[s for s in op.official.path.split("/") if s and not s.startswith("{")] for op in plan.operations]
    shared = 0
    while all(len(p) > shared + 1 and p[shared] == paths[0][shared] for p in paths):
        shared += 1
    segment = paths[0][shared] if len(paths[0]) > shared else plan.operations[0].handler
    return snake(re.sub(r"[^0-9A-Za-z]+", "_", segment))


def _fresh(path: Path) -> Path:
    """``path``, or ``<stem>_scaffolded.py`` when ``path`` exists (nothing written by hand is overwritten)."""
    n = 1
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}_scaffolded{'' if n == 1 else n}{path.suffix}")
        n += 1
    return candidate


def _find_api(package: Path, root: Path, spec_name: str) -> tuple[str, str]:
    for path in sorted(package.rglob("*.py")):
        name = Module.read(path).api_named(spec_name)
        if name:
            return ".".join(path.relative_to(root).with_suffix("").parts), name
    raise ScaffoldError(f"{package.name} declares no Api({spec_name!r}): scaffold {spec_name} into its own area "
                        f"(--area) or add the Api by hand first")


def _import_module(imports: source.Imports, module: str, as_name: str) -> None:
    package, _, last = module.rpartition(".")
    source.add(imports, package, last if last == as_name else f"{last} as {as_name}")
