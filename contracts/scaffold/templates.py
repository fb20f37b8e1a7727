"""The source of a scaffolded area: ``models.py``, ``routes.py``, its test stubs and its registration.

Each renderer returns a module's text (or, to add to an existing module, the declarations and the
imports they need: ``Part``). The registration is one function (``registration``), so following a new
shape of the area registry is one change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts.scaffold import source
from mock_server.contracts.scaffold.naming import attribute, snake
from mock_server.contracts.scaffold.plan import JSON, AreaPlan, Declared, TablePlan
from mock_server.contracts.scaffold.samples import Sample, Tenant
from mock_server.contracts.scaffold.shapes import NO_DEFAULT, AliasSpec, ClassSpec, FieldSpec

PLATFORM_MODELS = "mock_server.platform.models"
SECTIONS = (("", "enumerations"), ("query", "queries"), ("body", "bodies"), ("form", "form bodies"),
            ("response", "answers"))
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class Part:
    """Declarations for a module, and what they import."""

    body: str
    imports: source.Imports = field(default_factory=dict)

    def module(self, docstring: str) -> str:
        return f'"""{docstring}"""\n\nfrom __future__ import annotations\n\n' \
               f"{source.render_imports(self.imports)}\n{source.after_imports(self.body)}{self.body}"


# -- models.py --------------------------------------------------------------------------------------------
def models_part(plan: AreaPlan) -> Part:
    imports: source.Imports = {}
    declared = plan.shapes.declared
    order = list(declared)
    chunks: list[str | tuple[str]] = []  # a tuple holds a one-line alias, which sits next to its neighbours
    for role, title in SECTIONS:
        entries = [declared[name] for name in order if declared[name].role == role]
        for number, entry in enumerate(entries):
            text = render_declaration(entry, set(declared))
            text = f"# -- {title} {'-' * (100 - len(title))}\n{text}" if number == 0 else text
            chunks.append((text,) if isinstance(entry, AliasSpec) else text)
    later = _forward_references(order, declared)
    if later:
        chunks.append("\n".join(f"{name}.model_rebuild()" for name in later))
    text = _join(chunks)
    for name in ("Annotated", "Any", "Literal"):
        if re.search(rf"\b{name}\b", text):
            source.add(imports, "typing", name)
    for name in ("ConfigDict", "Field"):
        if re.search(rf"\b{name}\(", text):
            source.add(imports, "pydantic", name)
    for name in ("BodyModel", "FormModel", "QueryModel", "ResponseModel", "NumberString", "Paging", "PagingNumber"):
        if re.search(rf"\b{name}\b", text):
            source.add(imports, PLATFORM_MODELS, name)
    return Part(text, imports)


def render_declaration(declaration: ClassSpec | AliasSpec, module_names: set[str]) -> str:
    return _alias(declaration) if isinstance(declaration, AliasSpec) else _class(declaration, module_names)


def _alias(alias: AliasSpec) -> str:
    line = f"{alias.name} = {alias.expression}"
    if len(line) > source.WIDTH and _top_level_union(alias.expression):
        line = f"{alias.name} = ({alias.expression})"  # parenthesized, a long union can be wrapped
    return source.wrap(line)


def _class(spec: ClassSpec, module_names: set[str]) -> str:
    lines = [f"class {spec.name}({', '.join(spec.bases)}):"]
    if spec.note:
        lines.insert(0, f"# REVIEW: {spec.note}")
    if spec.open:
        lines.append('    model_config = ConfigDict(extra="allow")  # properties the file does not name are kept')
    taken: set[str] = set(module_names)
    for f in spec.fields:
        attr = attribute(f.name, taken)
        taken.add(attr)
        if f.note:
            lines.append(f"    # REVIEW: {f.note}")
        lines.append(source.wrap("    " + _field(f, attr, spec.role)))
    if len(lines) == 1 + bool(spec.note):
        lines.append("    pass")
    return "\n".join(lines)


BOUNDED_PLATFORM_TYPES = ("Paging", "PagingNumber")


def _field(f: FieldSpec, attr: str, role: str) -> str:
    annotation = f.annotation
    has_default = f.default is not NO_DEFAULT
    if (f.nullable or (not f.required and not has_default)) and annotation != "Any":
        annotation += " | None"
    default = source.literal(f.default) if has_default else ("None" if not f.required else None)
    bounds = [f"{k}={source.literal(v)}" for k, v in f.constraints.items()]
    if bounds and f.annotation in BOUNDED_PLATFORM_TYPES:
        # Bounds given beside an Annotated type replace its own (pydantic keeps one FieldInfo, and an outer
        # ``ge=1`` would drop the platform's ``le``), so they narrow it inside: Annotated[Paging, Field(ge=1)].
        annotation = annotation.replace(f.annotation, f"Annotated[{f.annotation}, {source.call('Field', bounds)}]", 1)
        bounds = []
    options = ([f"alias={source.literal(f.name)}"] if attr != f.name else []) + bounds
    value = source.call("Field", ([default] if default is not None else []) + options) if options else default
    line = _field_line(attr, annotation, value)
    if len(line) > source.WIDTH - 4 and _top_level_union(annotation):
        return _field_line(attr, f"({annotation})", value)  # parenthesized, a long union can be wrapped
    return line


def _field_line(attr: str, annotation: str, value: str | None) -> str:
    return f"{attr}: {annotation}" + (f" = {value}" if value is not None else "")


def _top_level_union(annotation: str) -> bool:
    depth = 0
    for at, char in enumerate(annotation):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "|" and depth == 0 and annotation[at - 1:at + 2] == " | ":
            return True
    return False


def _forward_references(order: list[str], declared: dict) -> list[str]:
    """Classes that name a class declared after them (recursive schemas): rebuilt once all exist."""
    position = {name: i for i, name in enumerate(order)}
    out = []
    for i, name in enumerate(order):
        entry = declared[name]
        if not isinstance(entry, ClassSpec):
            continue
        used = {n for f in entry.fields for n in _NAME.findall(f.annotation)}
        if any(position.get(n, -1) > i for n in used):
            out.append(name)
    return out


# -- routes.py --------------------------------------------------------------------------------------------
def routes_part(plan: AreaPlan, models: str = "models", api: str = "api") -> Part:
    """The operations' declarations and unwritten handlers; ``models``/``api`` are the names the module
    binds the models module and the ``Api`` to."""
    imports: source.Imports = {}
    source.add(imports, "mock_server.platform.call", "Call")
    source.add(imports, "mock_server.platform.unimplemented", "unwritten")
    chunks = []
    for op in plan.operations:
        if op.tokens:
            source.add(imports, "mock_server.platform.operations", op.tokens)
        if op.returns == "FileReply":
            source.add(imports, "mock_server.platform.call", "FileReply")
        chunks.append(_declaration(op, models, api))
    return Part(_join(chunks), imports)


def _declaration(op: Declared, models: str, api: str) -> str:
    official = op.official
    method = official.method.lower()
    decorator = f"@{api}.{method}" if method in ("get", "post", "put", "delete") else f"@{api}.operation"
    args = [] if decorator.endswith(method) else [source.literal(official.method)]
    args += [source.literal(official.path), source.literal(official.operation_id)]
    if op.scopes:
        args.append("scopes=" + (source.literal(op.scopes[0]) if len(op.scopes) == 1 else source.literal(op.scopes)))
    args.append(f"tokens={op.tokens}" if op.tokens else "public=True")
    if op.query:
        args.append(f"query={models}.{op.query}")
    if op.body:
        args.append(f"body={models}.{op.body}")
    if op.body_media != JSON:
        args.append(f"body_media_types={source.literal((op.body_media,))}")
    if op.response:
        args.append(f"response={models}.{op.response}")
    if op.response_media != JSON:
        args.append(f"response_media_type={source.literal(op.response_media)}")
    if op.status != 200:
        args.append(f"status={op.status}")
    if op.errors:
        args.append(f"errors={source.literal(op.errors)}")
    if official.deprecated:
        args.append("deprecated=True")
    if op.path_enums:
        args.append(f"path_enums={source.literal(op.path_enums)}")
    lines = [f"# REVIEW: {note}" for note in op.notes]
    lines.append(source.wrap(source.call(decorator, args)))
    lines += ["@unwritten", f"def {op.handler}(call: Call) -> {op.returns}:", "    ..."]
    return "\n".join(lines)


# -- tests ------------------------------------------------------------------------------------------------
TESTS_DOC = """{tag} ({spec_file}): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""


def tests_part(plan: AreaPlan) -> Part:
    imports: source.Imports = {"pytest": {""}}
    reason = "scaffolded: the handler and this test are still to write"
    chunks = [f"UNWRITTEN = pytest.mark.xfail(strict=True, reason={source.literal(reason)})"]
    chunks += [_test(op) for op in plan.operations]
    return Part(_join(chunks), imports)


def tests_docstring(plan: AreaPlan) -> str:
    return TESTS_DOC.format(tag=plan.tag, spec_file=plan.spec_file)


def _test(op: Declared) -> str:
    sample: Sample = op.sample
    official = op.official
    client = "ghl.client(agency=True)" if op.tokens == "AGENCY" else "ghl.client()"
    path = _path(official.path, sample.path)
    before: list[str] = []  # a path, query or body too long for the call goes in a variable first
    if len(path) > 60:
        before.append(f"    path = {path}")
        path = "path"
    args = [path]

    def argument(keyword: str, name: str, value: Any) -> None:
        inline = _code(value)
        if len(inline) > 60:
            before.append(f"    {name} = {_block(value, 4, len(name) + 3)}")
            inline = name
        args.append(f"{keyword}={inline}")

    if sample.query:
        argument("params", "query", sample.query)
    if op.body is not None and (op.body_media == JSON or sample.body):
        argument("json" if op.body_media == JSON else "data", "body", sample.body)
    if op.body is not None and sample.files:
        args.append("files={" + ", ".join(f'{source.literal(name)}: ("upload.txt", b"scaffolded")'
                                          for name in sample.files) + "}")
    method = official.method.lower()
    if method in ("get", "delete") and any(a.startswith(("json=", "data=", "files=")) for a in args) \
            or method not in ("get", "post", "put", "patch", "delete"):
        request = source.call(f"{client}.request", [source.literal(official.method), *args])
    else:
        request = source.call(f"{client}.{method}", args)
    marks = ["@UNWRITTEN"]
    if official.deprecated:  # calling it is a contract violation the plugin would fail the test for
        marks.append('@pytest.mark.ghl_allow_violations("deprecated_operation")')
    return "\n".join([
        *marks,
        f"def test_{op.handler.rstrip('_')}(ghl):",
        *before,
        source.wrap(f"    answer = {request}"),
        f"    assert answer.status_code == {op.status}, answer.text",
    ])


def _path(path: str, values: dict[str, Any]) -> str:
    tenant = False

    def fill(match: re.Match) -> str:
        nonlocal tenant
        value = values.get(match.group(1), match.group(1))
        if isinstance(value, Tenant):
            tenant = True
            return "{ghl." + value.attribute + "}"
        return str(value).replace("{", "{{").replace("}", "}}")

    text = re.sub(r"{([^}]+)}", fill, path)
    return ("f" + source.literal(text)) if tenant else source.literal(text.replace("{{", "{").replace("}}", "}"))


def _block(value: Any, indent: int, before: int = 0) -> str:
    """``value`` as source for a line of ``indent`` spaces and ``before`` characters ahead of it: on that line
    when it fits, else one item a line (hanging indent)."""
    inline = _code(value)
    if indent + before + len(inline) < source.WIDTH or not isinstance(value, (dict, list)) or not value:
        return inline
    pad = " " * (indent + 4)
    items = [f"{pad}{source.literal(k)}: {_block(v, indent + 4, len(source.literal(k)) + 3)},"
             for k, v in value.items()] if isinstance(value, dict) else [f"{pad}{_block(v, indent + 4, 1)},"
                                                                       for v in value]
    opening, closing = "{}" if isinstance(value, dict) else "[]"
    return opening + "\n" + "\n".join(items) + "\n" + " " * indent + closing


def _code(value: Any) -> str:
    if isinstance(value, Tenant):
        return f"ghl.{value.attribute}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{source.literal(k)}: {_code(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_code(v) for v in value) + "]"
    return source.literal(value)


# -- the package and its registration ----------------------------------------------------------------------
@dataclass
class Registration:
    files: dict[str, str]  # path (relative to the repository) -> text
    instructions: list[str]


def registration(plan: AreaPlan) -> Registration:
    """How a new area joins the mock: its ``Area`` declaration (``area.py``: its ``Api`` and the tables the file
    addresses records in, ``tables.py``: their names and not-found texts), and its line in
    ``mock_server/apis/__init__.py``. Seeds, cascades, factories, demo data, contract seeds and events are not in
    the official file: the area's author declares those it needs."""
    package = f"mock_server/apis/{plan.area}"
    files = {f"{package}/__init__.py": f'"""The {plan.tag} API ({plan.spec_file})."""\n'}
    imports: source.Imports = {f"mock_server.apis.{plan.area}": {"routes"}, "mock_server.platform.area": {"Area"}}
    # ``serves`` is the area's row of CONTRACT_COVERAGE.md's table of areas: the file's tag until the author says
    # more.
    arguments = [source.literal(plan.area), f"serves={source.literal(plan.tag)}", "apis=(routes.api,)"]
    tables = plan.tables
    if tables:
        files[f"{package}/tables.py"] = _tables_module(plan)
        source.add(imports, f"mock_server.apis.{plan.area}", "tables")
        source.add(imports, "mock_server.platform.area", "Table")
        declared = []
        for table in tables:
            error = "NotFound" if table.missing_status == 404 else "BadRequest"
            source.add(imports, "mock_server.platform.errors", error)
            declared.append(f"Table(tables.{table.constant}, not_found={error}(tables.{_missing(table)}))")
        arguments.append(f"tables=({', '.join(declared)},)")
    lines = [f"# REVIEW: the tables are named from the operations' paths ({', '.join(t.name for t in tables)}). "
             "Seeds, cascades, factories, demo data,"] if tables else ["# REVIEW: seeds, cascades, factories, demo data,"]
    lines.append("# contract seeds and events are not in the official file: declare those the area needs.")
    body = "\n".join(lines) + "\n" + "area = Area(\n" + "".join(f"    {a},\n" for a in arguments) + ")\n"
    files[f"{package}/area.py"] = Part(body, imports).module(
        f"The {plan.tag} area's registrations (see ``mock_server/platform/area.py``).")
    return Registration(files=files, instructions=[
        "register the area: one line in AREA_NAMES (mock_server/apis/__init__.py), then regenerate its index and "
        "the coverage report (docs/adding-an-api-area.md, Regenerating):",
        f'    "{plan.area}",',
        f"    python -m mock_server.platform.area_index {plan.area}",
        "    ghl-mock contract coverage",
    ])


def _tables_module(plan: AreaPlan) -> str:
    lines = [f'"""The {plan.tag} area\'s tables: their names, and what GHL answers for an unknown id."""', ""]
    for table in plan.tables:
        lines += [f"{table.constant} = {source.literal(table.name)}",
                  f"# DECISION: GHL's text for an unknown {table.record.lower()} is not known.",
                  f"{_missing(table)} = {source.literal(table.record + ' not found')}"]
    return "\n".join(lines) + "\n"


def _missing(table: TablePlan) -> str:
    return f"{snake(table.record).upper()}_NOT_FOUND"


def _join(chunks: list[str | tuple[str]]) -> str:
    """Top-level declarations two blank lines apart; aliases (given as 1-tuples) follow each other directly."""
    out = ""
    previous_alias = False
    for chunk in chunks:
        alias = isinstance(chunk, tuple)
        text = chunk[0] if alias else chunk
        if out:
            out += "\n" if alias and previous_alias and not text.startswith("#") else "\n\n\n"
        out += text
        previous_alias = alias
    return out + "\n"
