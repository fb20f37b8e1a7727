"""Marketplace operations (marketplace.json): wallet charges, app installations, rebilling, auth migration.

The charges operations declare no Version header in the official file (spec-oddities.md). DECISION: they do
not require one: public clients call has-funds without it (a Lambda's ``checkFunds`` sends only
Authorization, Content-Type and Accept). One sent is still checked.
"""

from __future__ import annotations

from mock_server.apis.marketplace import apps, charges, migration, models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, LOCATION_OR_AGENCY, Api

api = Api("marketplace.json", tag="Marketplace")
_NO_VERSION = {"version_header": False, "notes": ("the official file declares no Version header here",)}


@api.get("/marketplace/billing/charges", "getCharges", scopes="charges.readonly", tokens=LOCATION,
         query=models.GetChargesQuery, response=models.GetChargesResponse, summary="Get wallet charges",
         # Names nothing: it reads the token's own location.
         names_records_only="tests/apis/marketplace/test_charges.py::"
                            "test_the_listing_filters_pages_and_counts_the_apps_own_charges",
         **_NO_VERSION)
def get_charges(call: Call) -> dict:
    return charges.list_charges(call.tenant, call.principal.client_id, call.query)


@api.post("/marketplace/billing/charges", "charge", scopes="charges.write", tokens=LOCATION,
          body=models.RaiseChargeBody, response=models.ChargeResponse, status=201, summary="Create a wallet charge",
          **_NO_VERSION)
def charge(call: Call) -> dict:
    return charges.create_charge(call.tenant, call.principal.client_id, call.body)


@api.get("/marketplace/billing/charges/{chargeId}", "getSpecificCharge", scopes="charges.readonly", tokens=LOCATION,
         response=models.GetSpecificChargeResponse, errors=(404,), summary="Get a wallet charge", **_NO_VERSION)
def get_specific_charge(call: Call) -> dict:
    return charges.get_charge(call.tenant, call.principal.client_id, call.path["chargeId"])


@api.delete("/marketplace/billing/charges/{chargeId}", "deleteCharge", scopes="charges.write", tokens=LOCATION,
            response=models.DeleteChargeResponse, errors=(404,), summary="Delete a wallet charge", **_NO_VERSION)
def delete_charge(call: Call) -> dict:
    return charges.delete_charge(call.tenant, call.principal.client_id, call.path["chargeId"])


@api.get("/marketplace/billing/charges/has-funds", "hasFunds", scopes="charges.readonly", tokens=LOCATION,
         response=models.HasFundsResponse, summary="Whether the wallet has funds",
         names_records_only="tests/apis/marketplace/test_charges.py::test_has_funds_follows_the_wallet_balance",
         **_NO_VERSION)
def has_funds(call: Call) -> dict:
    return charges.has_funds(call.tenant, call.principal.client_id)


@api.get("/marketplace/app/{appId}/installations", "get-installer-details",
         scopes="marketplace-installer-details.readonly", tokens=LOCATION_OR_AGENCY,
         response=models.GetInstallerDetailsResponse, summary="Get installer details")
def get_installer_details(call: Call) -> dict:
    return apps.installer_details(call.tenant, call.principal.client_id, call.path["appId"])


@api.delete("/marketplace/app/{appId}/installations", "uninstall-application", scopes="oauth.write",
            tokens=LOCATION_OR_AGENCY, body=models.DeleteIntegrationBody, response=models.DeleteIntegrationResponse,
            summary="Uninstall an application")
def uninstall_application(call: Call) -> dict:
    b = call.body
    return apps.uninstall(call.tenant, call.principal.client_id, call.path["appId"], location_id=b.locationId,
                          company_id=b.companyId, reason=b.reason)


@api.get("/marketplace/app/{appId}/rebilling-config/location/{locationId}", "get-rebilling-config-for-app",
         scopes="oauth.readonly", tokens=LOCATION, response=models.GetRebillingConfigResponse,
         summary="Get an app's rebilling config")
def get_rebilling_config_for_app(call: Call) -> dict:
    return apps.rebilling_config(call.tenant, call.principal.client_id, call.path["appId"])


@api.post("/marketplace/external-auth/migration", "migrateConnection",
          scopes="marketplace-external-auth-migration.write", tokens=LOCATION, body=models.MigrateConnectionBody,
          response=models.MigrateConnectionResponse, status=201, errors=(404,),
          summary="Migrate an external authentication connection")
def migrate_connection(call: Call) -> dict:
    return migration.migrate(call.tenant, call.body)
