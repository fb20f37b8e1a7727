"""Adding operations to an area that exists: appended, imports merged, nothing overwritten or declared twice."""

from __future__ import annotations

import importlib
import re

import pytest
from mock_server.contracts.scaffold import ScaffoldError
from mock_server.contracts.scaffold.existing import merge_imports

from .conftest import AREA_PREFIX, GADGETS, ruff_problems

AREA = AREA_PREFIX + "grown"


def test_the_operations_an_area_lacks_are_added_to_its_modules(gadgets_file, generate, load_area):
    first = generate(gadgets_file, AREA, "list-gadgets", "get-gadget")
    package = generate.root / "mock_server" / "apis" / AREA
    before = (package / "models.py").read_text()
    hand_written = "\n\n\ndef helper() -> int:  # written by hand after the first scaffold\n    return 1\n"
    (package / "routes.py").write_text((package / "routes.py").read_text() + hand_written)

    added = generate(gadgets_file, AREA)  # every operation the area does not declare yet

    every = [op["operationId"] for item in GADGETS["paths"].values() for op in item.values()]
    assert not added.new_area and added.operations == [i for i in every if i not in first.operations]
    assert "def helper() -> int:" in (package / "routes.py").read_text()  # kept
    assert before[before.index("# -- queries"):] in (package / "models.py").read_text()  # kept
    assert ruff_problems(generate.root, *added.files) == ""
    routes = load_area(generate.root, AREA)
    ids = [op.operation_id for op in routes.api.operations]
    assert sorted(ids) == sorted(["list-gadgets", "get-gadget", *added.operations]) and len(set(ids)) == len(ids)
    # the answer models the first run wrote serve the new operations too: no copies under other names
    created = next(op for op in routes.api.operations if op.operation_id == "create-gadget")
    assert created.response is routes.models.GadgetResponse
    after = (package / "models.py").read_text()
    assert not [n for n in re.findall(r"^class (\w+)\(", before, re.M) if f"class {n}2(" in after]
    tests = [p for p in added.files if "tests" in p.parts]
    assert tests and all(p.name != f"test_{AREA}.py" for p in tests)  # the first run's tests stay as they are


def test_nothing_left_to_add_says_so(gadgets_file, generate):
    generate(gadgets_file, AREA)
    with pytest.raises(ScaffoldError, match="nothing to scaffold"):
        generate(gadgets_file, AREA)


def test_an_operation_the_area_declares_is_not_declared_again(gadgets_file, generate):
    generate(gadgets_file, AREA, "get-kind")
    with pytest.raises(LookupError, match="already declared in the area: get-kind"):
        generate(gadgets_file, AREA, "get-kind", "create-tree")


def test_the_import_block_is_merged_in_ruffs_order(tmp_path):
    text = ('"""Doc."""\n\nfrom __future__ import annotations\n\nimport re\n\n'
            "from mock_server.apis.contacts import models as m\nfrom mock_server.apis.contacts import records\n"
            "from mock_server.platform.call import Call\n\nx = re\n")
    merged = merge_imports(text, {"mock_server.platform.operations": {"LOCATION", "Api"},
                                  "mock_server.platform.call": {"FileReply"}, "typing": {"Any"}}, tmp_path / "r.py")
    assert merged == ('"""Doc."""\n\nfrom __future__ import annotations\n\nimport re\nfrom typing import Any\n\n'
                      "from mock_server.apis.contacts import records\n"
                      "from mock_server.apis.contacts import models as m\n"
                      "from mock_server.platform.call import Call, FileReply\n"
                      "from mock_server.platform.operations import LOCATION, Api\n\nx = re\n")
    with pytest.raises(ScaffoldError, match="comments"):
        merge_imports(text.replace("import re\n", "import re  # why\n"), {"typing": {"Any"}}, tmp_path / "r.py")


def test_an_area_split_into_packages_gets_new_modules(gadgets_file, generate, load_area):
    package = generate.root / "mock_server" / "apis" / (AREA + "_split")
    for folder in ("models", "routes"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "routes" / "spec.py").write_text('from mock_server.platform.operations import Api\n\n'
                                                'api = Api("gadgets.json", tag="Gadgets")\n')
    added = generate(gadgets_file, AREA + "_split", "get-kind", "create-tree")

    written = sorted(str(p.relative_to(package)) for p in added.files if package in p.parents)
    assert written == ["models/kinds.py", "routes/kinds.py"]  # named after the first operation's path
    assert "routes.kinds where the area's routes are gathered" in " ".join(added.instructions)
    assert ruff_problems(generate.root, *added.files) == ""
    load_area(generate.root, AREA + "_split")
    kinds = importlib.import_module(f"mock_server.apis.{AREA}_split.routes.kinds")
    spec = importlib.import_module(f"mock_server.apis.{AREA}_split.routes.spec")
    assert kinds.api is spec.api and [op.operation_id for op in spec.api.operations] == ["get-kind", "create-tree"]


def test_a_name_the_area_has_is_never_reused_for_something_else(gadgets_file, generate, load_area):
    package = generate.root / "mock_server" / "apis" / AREA
    generate(gadgets_file, AREA, "get-kind")
    models = package / "models.py"
    models.write_text(models.read_text().replace("class KindOut(ResponseModel):\n    kind: str | None = None",
                                                  "class KindOut(ResponseModel):\n    kind: str"))  # edited by hand
    generate(gadgets_file, AREA, "list-gadgets")
    text = models.read_text()
    assert "class KindOut(ResponseModel):\n    kind: str\n" in text  # the hand's version stays
    assert ruff_problems(generate.root, models) == ""
    assert load_area(generate.root, AREA).models.GadgetsResponse is not None
