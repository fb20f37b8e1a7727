"""The phone system's tables, all of the location's tenant.

- ``phoneNumbers``: the location's numbers (seeded, or purchased), ``phoneNumber`` indexed;
- ``phoneNumberInventory``: numbers the location may buy (seeded: GHL's come from Twilio's stock), likewise;
- ``numberPools``: call-tracking pools grouping some of the location's numbers (seeded);
- ``phoneAccounts``: the location's one Twilio account, made with its first number.
"""

from __future__ import annotations

PHONE_NUMBERS = "phoneNumbers"
INVENTORY = "phoneNumberInventory"
NUMBER_POOLS = "numberPools"
ACCOUNTS = "phoneAccounts"
