"""Where the Store area differs from store.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

_NUMBER_COUNTRY = ("the file types {what} as a number whose enum is a list of country code strings; GHL's own "
                   "example is \"US\", and the mock answers the code as sent")

ALLOWLIST: tuple[Allowed, ...] = tuple(
    Allowed("store.json", method, path, "response_schema", field, _NUMBER_COUNTRY.format(what="ShippingZoneCountryDto.code"))
    for method, path, field in (
        ("POST", "/store/shipping-zone", "data/countries/*/code"),
        ("GET", "/store/shipping-zone", "data/*/countries/*/code"),
        ("GET", "/store/shipping-zone/{shippingZoneId}", "data/countries/*/code"),
        ("PUT", "/store/shipping-zone/{shippingZoneId}", "data/countries/*/code"),
    )
) + (
    Allowed("store.json", "POST", "/store/store-setting", "response_schema", "data/shippingOrigin/country",
            _NUMBER_COUNTRY.format(what="StoreShippingOriginDto.country")),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("store.json", "POST", "/store/shipping-zone/shipping-rates"): (
        "the walk probes operations that take a token, and the rate calculation takes none (routes.py): validated "
        "by tests/apis/store/test_upstream_conformance.py"),
    ("store.json", "GET", "/store/store-setting"): (
        "the walk reads before it writes, and a location has no settings until it saves them (settings.py): "
        "validated by tests/apis/store/test_upstream_conformance.py"),
}
