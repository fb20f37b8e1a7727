"""The Marketplace area's registrations (see ``mock_server/platform/area.py``).

Apps and installations are the OAuth area's tables; this area keeps what a Marketplace app adds to them:
its charges, the location's wallet, its rebilling plans and migrated external-auth connections.
"""

from __future__ import annotations

from mock_server.apis.marketplace import apps, charges, migration, routes, tables
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import NotFound

area = Area(
    "marketplace",
    serves="Marketplace: wallet charges (usage-based billing, a wallet the control plane funds), an app's installer details and uninstall (its tokens cut, UNINSTALL sent), rebilling config, external-auth connection migration",
    apis=(routes.api,),
    tables=(
        Table(tables.CHARGES, indexes=("appId",), not_found=NotFound(tables.CHARGE_NOT_FOUND)),
        Table(tables.WALLETS),
        Table(tables.REBILLING),
        Table(tables.CONNECTIONS, indexes=("appId",)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/marketplace/wallet", charges.seed_wallet, body=charges.WalletSeed,
             status=200, doc='`{"balance"}` (USD): set the wallet Marketplace charges draw on; 0 makes `hasFunds` '
                             'false (unset: funds available)'),
        Seed("GET", "/locations/{locationId}/marketplace/wallet", charges.wallet, status=200,
             doc="the location's wallet balance (null until set), its complimentary credits and whether it has funds"),
        Seed("POST", "/locations/{locationId}/marketplace/apps/{appId}/rebilling-config", apps.seed_rebilling,
             body=apps.RebillingSeed, status=200,
             doc='`{"subscription": [...], "usage": [{"meterId", "meterName", "priceType", "fixedPricePerUnit" ...}]}`: '
                 "an app's plans at the location; charges are priced by its meters"),
        Seed("GET", "/locations/{locationId}/marketplace/connections", migration.connections, status=200,
             doc="the external-auth connections apps migrated to the location (GHL's API never reads them back)"),
    ),
    factories="mock_server.apis.marketplace.factories:MarketplaceFactories",
    demo="mock_server.apis.marketplace.demo:load",
    upstream_allowlist="mock_server.apis.marketplace.upstream",
)
