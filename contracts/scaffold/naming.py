"""Python names for what the official file names: classes, handlers, attributes, areas."""

from __future__ import annotations

import keyword
import re

from pydantic import BaseModel

# Names a models module binds besides its classes (never given to a generated class).
MODULE_NAMES = frozenset({
    "annotations", "Annotated", "Any", "Literal", "ConfigDict", "Field", "StringConstraints",
    "BodyModel", "FormModel", "QueryModel", "ResponseModel", "NumberString", "Paging", "PagingNumber",
})
# Attribute names a pydantic model cannot take as they are: BaseModel's own, and the names the generated
# annotations use (a field called ``str`` would shadow the type for the fields after it).
_SHADOWING = frozenset(dir(BaseModel)) | MODULE_NAMES | {"str", "int", "float", "bool", "bytes", "list", "dict", "None"}
_DTO_SUFFIX = re.compile(r"(?:Dto|DTO|Dtos|DTOs)$")


def pascal(text: str) -> str:
    """``get-businesses-by-location`` -> ``GetBusinessesByLocation``; ``ELEMENTS_LOOKUP`` -> ``ElementsLookup``."""
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", text) if p]
    shouting = text.isupper() and len(text) > 3  # ELEMENTS_LOOKUP, but not SMS
    name = "".join(p.capitalize() if shouting else p[:1].upper() + p[1:] for p in parts) or "Unnamed"
    return "N" + name if name[0].isdigit() else name


def camel(text: str) -> str:
    """``custom-menus`` / ``CustomMenu`` -> ``customMenus`` / ``customMenu``."""
    name = pascal(text) if text else ""
    return name[:1].lower() + name[1:]


def plural(noun: str) -> str:
    """``link`` -> ``links``, ``business`` -> ``businesses``, ``category`` -> ``categories``."""
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "x", "ch", "sh")) else noun + "s"


def singular(noun: str) -> str:
    """``brand-boards`` -> ``brand-board``, ``businesses`` -> ``business``, ``categories`` -> ``category``."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def words(text: str) -> str:
    """``customMenu`` -> ``Custom menu``: a record's name in a sentence."""
    spoken = snake(text).replace("_", " ")
    return spoken[:1].upper() + spoken[1:]


def snake(text: str) -> str:
    """``get-businesses-by-location`` / ``getScheduleById`` / ``delete-Business`` -> snake_case."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", text)
    name = "_".join(p for p in re.split(r"[^0-9A-Za-z]+", spaced) if p).lower() or "operation"
    if name[0].isdigit():
        name = "op_" + name
    return name + "_" if keyword.iskeyword(name) else name


def schema_stem(schema_name: str) -> str:
    """A schema's name without the DTO suffix GHL's NestJS files put on most: ``CreateBusinessDto`` -> ``CreateBusiness``."""
    return pascal(_DTO_SUFFIX.sub("", schema_name) or schema_name)


def with_suffix(stem: str, suffix: str) -> str:
    return stem if not suffix or stem.endswith(suffix) else stem + suffix


def attribute(name: str, taken: set[str]) -> str:
    """The Python attribute for GHL's field ``name``: itself when it can be, else a safe spelling (the
    model then declares GHL's name as the alias)."""
    attr = re.sub(r"\W", "_", name)
    if attr[:1].isdigit():
        attr = "f_" + attr
    if attr.startswith("_"):
        attr = attr.lstrip("_") + "_" if attr.strip("_") else "field_"
    if keyword.iskeyword(attr) or attr in _SHADOWING or attr.startswith("model_"):
        attr += "_"
    while attr in taken:
        attr += "_"
    return attr


class Names:
    """Hands out unique names: the wanted one, else ``<wanted>2``, ``<wanted>3`` ..."""

    def __init__(self, taken: set[str] | frozenset[str] = frozenset()) -> None:
        self.taken = set(taken) | MODULE_NAMES

    def claim(self, wanted: str) -> str:
        name, n = wanted, 1
        while name in self.taken:
            n += 1
            name = f"{wanted}{n}"
        self.taken.add(name)
        return name


def area_name(spec_file: str) -> str:
    """The package an official file becomes: ``custom-menus.json`` -> ``custom_menus``, ``links-v3.json`` -> ``links``."""
    stem = spec_file.rsplit("/", 1)[-1].removesuffix(".json").removesuffix("-v3")
    return snake(stem)
