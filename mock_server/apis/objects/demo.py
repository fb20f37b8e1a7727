"""The Objects area's part of the demo sandbox: a custom object whose records are related to contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

VEHICLES = (("Model 3", "Tesla", 2022, "red"), ("Civic", "Honda", 2019, "blue"), ("Golf", "Volkswagen", 2021, "white"),
            ("Corolla", "Toyota", 2020, "grey"), ("Mustang", "Ford", 2018, "red"), ("Leaf", "Nissan", 2023, "white"))
COLOURS = ("red", "blue", "white", "grey")


def load(demo: DemoLoader) -> None:
    """``custom_objects.vehicle`` (model, make, year, colour), a record per vehicle, each owned by a contact through
    the ``contact_vehicle`` association."""
    key, loc, token = "custom_objects.vehicle", demo.main, demo.main_token
    vehicle = demo.call("POST", "/objects/", token=token, json={
        "labels": {"singular": "Vehicle", "plural": "Vehicles"}, "key": key, "locationId": loc,
        "description": "Vehicles our contacts own",
        "primaryDisplayPropertyDetails": {"key": f"{key}.model", "name": "Model", "dataType": "TEXT"}})["object"]
    for name, data_type, extra in (("make", "TEXT", {}), ("year", "NUMERICAL", {}),
                                   ("colour", "SINGLE_OPTIONS",
                                    {"options": [{"key": c, "label": c.title()} for c in COLOURS]})):
        demo.call("POST", "/custom-fields/", token=token, json={
            "locationId": loc, "name": name.title(), "dataType": data_type, "objectKey": key, "fieldKey": name,
            "showInForms": True, "parentId": "", **extra})
    demo.call("PUT", f"/objects/{key}", token=token, json={
        "locationId": loc, "searchableProperties": [f"{key}.model", f"{key}.make"]})
    association = demo.call("POST", "/associations/", token=token, json={
        "locationId": loc, "key": "contact_vehicle", "firstObjectKey": "contact", "firstObjectLabel": "Owner",
        "secondObjectKey": key, "secondObjectLabel": "Vehicle"})
    owners = demo.fake.sample(demo.made["contacts"], len(VEHICLES), "vehicle owners")
    for (model, make, year, colour), contact_id in zip(VEHICLES, owners, strict=False):
        record = demo.call("POST", f"/objects/{key}/records", token=token, json={
            "locationId": loc, "properties": {"model": model, "make": make, "year": year, "colour": colour}})["record"]
        demo.call("POST", "/associations/relations", token=token, json={
            "locationId": loc, "associationId": association["id"], "firstRecordId": contact_id,
            "secondRecordId": record["id"]})
    demo.made["vehicles"] = vehicle["id"]
    demo.summary["vehicle records"] = len(owners)
