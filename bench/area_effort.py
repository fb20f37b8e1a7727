"""What an area cost by hand (issue 9's acceptance): hand-written lines per operation, and the files outside
its package that name it.

    GHL_UPSTREAM_SPEC=/work/shared/ghl-reference/apps python bench/area_effort.py links custom_menus brand_boards courses

Hand-written lines: every file of ``mock_server/apis/<area>`` and ``tests/apis/<area>`` is compared line by line
(difflib) with what ``ghl-mock contract scaffold`` writes today for the area's operations (into a temporary
root, nothing in the repository is touched); the lines the scaffold did not write are hand-written, blank lines
left out, comments and docstrings counted. They are split as domain (every module but the three below:
service, handler bodies, area and table declarations, model edits), factories.py, demo.py, upstream.py (the
allowlist) and tests.

Files outside: every tracked text file (any extension: .json, .tsv, .js, .yml ... too; binary files skipped)
outside the package and its tests that names the area (its module or tests path, its official file unless
another area serves that file too, one of its operationIds, "METHOD path" of its operations or of its seeds; the
registry by its quoted name), sorted as the registry (``mock_server/apis/__init__.py``), generated
(``CONTRACT_COVERAGE.md``, the single area index ``mock_server/apis/area_index.json`` older trees have; lines
inside a "<!-- ... generated ... -->" block a generator writes), by hand (an entry of some list naming it: an
edit adding the area forces), a mention (the area as an example in a comment, a docstring or the docs: not
counted) or a use (another area's package or tests importing its modules: that area's dependency on this one,
written with that area: not counted). An operationId that is one plain word ("charge") counts only quoted, not
as a word of code or prose.
``official_operations.tsv`` is not read: it lists every official operation, served or not, so adding an area
never changes it. What no name of the area finds is not seen (a prose line about the area).
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
import tempfile
import tokenize
from collections import Counter
from pathlib import Path

from mock_server.contracts.official import absent_message, locate
from mock_server.contracts.scaffold import scaffold

from mock_server.apis import REGISTERED

REPO = Path(__file__).resolve().parents[1]
REGISTRY_FILE = "mock_server/apis/__init__.py"
# CONTRACT_COVERAGE.md: `ghl-mock contract coverage`; area_index.json: the one index every area edited before
# each area had its own (mock_server/apis/<area>/index.json, inside its package), kept to measure older trees.
GENERATED = {"CONTRACT_COVERAGE.md", "mock_server/apis/area_index.json"}
NEVER_READ = {"mock_server/platform/official_operations.tsv"}
# README blocks a generator rewrites: "<!-- ... generated ... -->" up to "<!-- end of ... -->".
GENERATED_BLOCK = re.compile(r"<!-- [^>]*generated[^>]*-->.*?<!-- end of [^>]*-->", re.S)
# The line of an import statement (a hit on it names the module imported).
IMPORT_LINE = re.compile(r"[ \t]*(from|import)[ \t]")
KINDS = ("domain", "factories", "demo", "allowlist", "tests")


def _kind(path: Path) -> str:
    if path.parts[0] == "tests":
        return "tests"
    return {"factories.py": "factories", "demo.py": "demo", "upstream.py": "allowlist"}.get(path.name, "domain")


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _unmatched(current: list[str], generated: list[str]) -> int:
    """Lines of ``current`` that no matching block of ``generated`` accounts for."""
    matcher = difflib.SequenceMatcher(None, generated, current, autojunk=False)
    return len(current) - sum(block.size for block in matcher.get_matching_blocks())


def hand_written(area) -> tuple[int, Counter]:
    """(operations, hand-written lines by kind) of a registered area."""
    ops = [op for api in area.apis for op in api.operations]
    generated: dict[Path, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "mock_server" / "apis").mkdir(parents=True)
        # An area serving two files (v2 and its v3 twin: locations, social_oauth) declares two Apis; the scaffold
        # writes each file's into a package of its own here, and their texts are joined under the area's paths.
        for n, spec_file in enumerate(sorted({op.spec_file for op in ops})):
            ids = [op.operation_id for op in ops if op.spec_file == spec_file]
            outcome = scaffold(SPEC / spec_file, ids, area=f"{area.name}{'_' * n}", root=root)
            outcome.write()
        for path in sorted(root.rglob("*.py")):
            rel = Path(*(re.sub(rf"^{re.escape(area.name)}_+$", area.name, part) for part in
                         path.relative_to(root).parts))
            generated[rel] = generated.get(rel, "") + path.read_text(encoding="utf-8")
    counts: Counter = Counter()
    for folder in (f"mock_server/apis/{area.name}", f"tests/apis/{area.name}"):
        for path in sorted((REPO / folder).rglob("*.py")):
            rel = path.relative_to(REPO)
            counts[_kind(rel)] += _unmatched(_lines(path.read_text(encoding="utf-8")), _lines(generated.get(rel, "")))
    return len(ops), counts


def _package(area) -> tuple[str, str]:
    """The folders of an area's package and of its tests."""
    return f"mock_server/apis/{area.name}/", f"tests/apis/{area.name}/"


def _names(area) -> list[str]:
    """Regular expressions, one per name of the area (longest first)."""
    ops = [op for api in area.apis for op in api.operations]
    names = {f"mock_server.apis.{area.name}", *_package(area)}
    # An official file several areas serve (ad-manager.json: Google, LinkedIn, Facebook and its campaigns;
    # social-media-posting.json) names none of them in particular: the others' packages name it for their own
    # operations. Its operations are still found by their operationIds and "METHOD path".
    sharing = Counter(spec for other in REGISTERED.areas for spec in {api.spec_file for api in other.apis})
    names |= {api.spec_file for api in area.apis if sharing[api.spec_file] == 1}
    names |= {f"{op.method} {path}" for op in ops for path in op.paths}
    names |= {f"{seed.method} /_mock{seed.path}" for seed in area.seeds}
    # A one-word operationId (knowledge-base's "list", saas' "locations", marketplace's "charge") names nothing
    # in particular: quoted or not it is found all over the repository. Its operation is still found by its
    # "METHOD path".
    names |= {op.operation_id for op in ops if not re.fullmatch(r"[a-z]+", op.operation_id)}
    patterns = [rf"(?<![\w./-]){re.escape(name)}(?![\w-])" for name in names]
    return sorted(patterns, key=len, reverse=True)


def _text(path: Path) -> str | None:
    """The file's text, or None for a binary file."""
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _prose(path: Path) -> list[tuple[int, int]]:
    """Offsets of a Python file's comments and prose strings (docstrings, help texts: four words or more),
    where an area's name is an example, not an entry of a list."""
    text = path.read_text(encoding="utf-8")
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    spans = []
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type == tokenize.COMMENT or (token.type == tokenize.STRING and len(token.string.split()) >= 4):
                (row, col), (end_row, end_col) = token.start, token.end
                spans.append((starts[row - 1] + col, starts[end_row - 1] + end_col))
    return spans


def files_outside(area) -> dict[str, list[str]]:
    """Each file outside the area's package and tests that names it: {file: [how, ...]}, where how is
    ``registry``, ``generated``, ``by hand`` (an entry naming it: a forced edit), ``mention`` (an example in
    prose: a comment, a docstring, the docs) or ``use`` (an import of it in another area's package or tests)."""
    own = _package(area)
    others = tuple(folder for other in REGISTERED.areas if other.name != area.name for folder in _package(other))
    pattern = re.compile("|".join(_names(area)))
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    found: dict[str, list[str]] = {}
    for rel in tracked.splitlines():
        if rel.startswith(own) or rel in NEVER_READ or not (REPO / rel).is_file():
            continue
        text = _text(REPO / rel)
        if text is None:
            continue
        if rel == REGISTRY_FILE:
            if re.search(rf"[\"']{area.name}[\"']", text):
                found[rel] = ["registry"]
            continue
        hits = list(pattern.finditer(text))
        if not hits:
            continue
        generated = [(b.start(), b.end()) for b in GENERATED_BLOCK.finditer(text)] if rel.endswith(".md") else []
        prose = _prose(REPO / rel) if rel.endswith(".py") else []
        kinds = set()
        for hit in hits:
            where = f"line {text.count(chr(10), 0, hit.start()) + 1}: {hit.group(0)}"
            if rel in GENERATED or any(start <= hit.start() < end for start, end in generated):
                kinds.add("generated")
            elif rel.endswith(".md") or any(start <= hit.start() < end for start, end in prose):
                kinds.add(f"mention ({where})")
            elif rel.startswith(others) and IMPORT_LINE.match(text, text.rfind("\n", 0, hit.start()) + 1):
                kinds.add(f"use ({where})")
            else:
                kinds.add(f"by hand ({where})")
        found[rel] = sorted(kinds)
    return found


def _sort(kinds: list[str]) -> str:
    """What a file is to the area: ``by hand`` beats ``generated`` beats ``registry`` beats ``mention`` (what is
    not counted: a mention, a use)."""
    for sort in ("by hand", "generated", "registry"):
        if any(kind.startswith(sort) for kind in kinds):
            return sort
    return "mention"


def main(names: list[str]) -> None:
    by_name = {area.name: area for area in REGISTERED.areas}
    total_ops, total = 0, Counter()
    for name in names:
        area = by_name[name]
        ops, counts = hand_written(area)
        total_ops += ops
        total += counts
        code = sum(counts[k] for k in KINDS if k != "tests")
        print(f"{name}: {ops} operations; hand-written lines {dict((k, counts[k]) for k in KINDS)}; "
              f"per operation {sum(counts[k] for k in ('domain',)) / ops:.1f} domain, {code / ops:.1f} with "
              f"factories, demo and allowlist, {(code + counts['tests']) / ops:.1f} with tests")
        outside = files_outside(area)
        needed = {rel: _sort(kinds) for rel, kinds in outside.items() if _sort(kinds) != "mention"}
        by_sort = Counter(needed.values())
        print(f"  files outside the package it needs: {len(needed)} ({by_sort['registry']} registry, "
              f"{by_sort['generated']} generated, {by_sort['by hand']} by hand; examples in prose and other areas' "
              f"imports of it not counted)")
        for rel, kinds in sorted(outside.items()):
            print(f"    {rel}: {', '.join(kinds)}")
    code = sum(total[k] for k in KINDS if k != "tests")
    print(f"all {total_ops} operations: per operation {total['domain'] / total_ops:.1f} domain, "
          f"{code / total_ops:.1f} with factories, demo and allowlist, {(code + total['tests']) / total_ops:.1f} with tests")


if __name__ == "__main__":
    SPEC = locate()
    if SPEC is None:
        sys.exit(absent_message("nothing to compare an area with"))
    main(sys.argv[1:] or ["links", "custom_menus", "brand_boards", "courses"])
