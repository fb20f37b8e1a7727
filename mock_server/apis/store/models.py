"""Models of the Store API (store.json): shipping zones, rates, carriers and store settings, GHL names verbatim.

Countries are ISO codes as the file's enum lists them (``CountryCode``) and states the file's region codes
(``StateCode``), where the file types a zone's country and the shipping origin's country as a *number* whose
enum is a list of strings (the area's ``upstream.py`` gives the reason for each difference).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from mock_server.apis.common import CountryCode
from mock_server.apis.products.models import Amount, Count
from mock_server.apis.products.money import Currency
from mock_server.apis.store.regions import StateCode
from mock_server.platform.models import BodyModel, QueryModel, ResponseModel

AltType = Literal["location"]
ConditionType = Literal["none", "price", "weight"]


# -- queries ---------------------------------------------------------------------------------------------
class AltQuery(QueryModel):
    altId: str
    altType: AltType


class ZonesQuery(AltQuery):
    limit: Count = 0
    offset: Count = 0
    withShippingRate: bool | None = None


class ZoneQuery(AltQuery):
    withShippingRate: bool | None = None


class RatesQuery(AltQuery):
    limit: Count = 0
    offset: Count = 0


# -- zones -----------------------------------------------------------------------------------------------
class ZoneState(BodyModel):
    code: StateCode


class ZoneCountry(BodyModel):
    code: CountryCode
    states: list[ZoneState] | None = None


class CreateZoneBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "altId": "ve9EPM428h8vShlRW1KT", "altType": "location", "name": "Domestic", "countries": [{"code": "US"}]}]})

    altId: str
    altType: AltType
    name: str = Field(min_length=1)
    countries: list[ZoneCountry] = Field(min_length=1)


class UpdateZoneBody(BodyModel):
    altId: str | None = None
    altType: AltType | None = None
    name: str | None = Field(default=None, min_length=1)
    countries: list[ZoneCountry] | None = Field(default=None, min_length=1)


# -- rates -----------------------------------------------------------------------------------------------
class CarrierService(BodyModel):
    name: str
    value: str


class CreateRateBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "altId": "ve9EPM428h8vShlRW1KT", "altType": "location", "name": "Standard", "currency": "USD", "amount": 5,
        "conditionType": "none", "minCondition": 0, "maxCondition": 0, "shippingCarrierId": "655b33a82209e60b6adb87a5"}]})

    altId: str
    altType: AltType
    name: str = Field(min_length=1)
    description: str | None = None
    currency: Currency
    amount: Amount
    conditionType: ConditionType
    minCondition: Amount
    maxCondition: Amount
    isCarrierRate: bool | None = None
    shippingCarrierId: str
    percentageOfRateFee: Amount | None = None
    shippingCarrierServices: list[CarrierService] | None = None


class UpdateRateBody(BodyModel):
    altId: str | None = None
    altType: AltType | None = None
    name: str | None = Field(default=None, min_length=1)
    description: str | None = None
    currency: Currency | None = None
    amount: Amount | None = None
    conditionType: ConditionType | None = None
    minCondition: Amount | None = None
    maxCondition: Amount | None = None
    isCarrierRate: bool | None = None
    shippingCarrierId: str | None = None
    percentageOfRateFee: Amount | None = None
    shippingCarrierServices: list[CarrierService] | None = None


# -- the rate calculation ----------------------------------------------------------------------------------
class ContactAddress(BodyModel):
    name: str | None = None
    companyName: str | None = None
    addressLine1: str | None = None
    country: CountryCode
    state: StateCode | None = None
    city: str | None = None
    zip: str | None = None
    phone: str | None = None
    email: str | None = None


class OrderSource(BodyModel):
    type: Literal["funnel", "website", "invoice", "calendar", "text2Pay", "document_contracts", "membership",
                  "mobile_app", "communities", "point_of_sale", "manual", "form", "survey", "payment_link", "external"]
    subType: Literal["one_step_order_form", "two_step_order_form", "upsell", "tap_to_pay", "card_payment", "store",
                     "contact_view", "email_campaign", "payments_dashboard", "shopify", "subscription_view",
                     "store_upsell", "woocommerce", "service", "meeting", "imported_csv", "qr_code"] | None = None


class ProductItem(BodyModel):
    id: str
    qty: Count


class AvailableRatesBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "altId": "ve9EPM428h8vShlRW1KT", "altType": "location", "country": "US", "totalOrderAmount": 50,
        "totalOrderWeight": 1, "source": {"type": "website", "subType": "store"}, "products": []}]})

    altId: str
    altType: AltType
    country: CountryCode
    address: ContactAddress | None = None
    # The file types this flag as a country code (its enum is the country list); it is read as a flag.
    amountAvailable: str | bool | None = None
    totalOrderAmount: Amount
    weightAvailable: bool | None = None
    totalOrderWeight: Amount
    source: OrderSource
    products: list[ProductItem]
    couponCode: str | None = None


# -- carriers --------------------------------------------------------------------------------------------
class CreateCarrierBody(BodyModel):
    altId: str
    altType: AltType
    name: str = Field(min_length=1)
    callbackUrl: str = Field(min_length=1)
    services: list[CarrierService] | None = None
    allowsMultipleServiceSelection: bool | None = None


class UpdateCarrierBody(BodyModel):
    altId: str | None = None
    altType: AltType | None = None
    name: str | None = Field(default=None, min_length=1)
    callbackUrl: str | None = Field(default=None, min_length=1)
    services: list[CarrierService] | None = None
    allowsMultipleServiceSelection: bool | None = None


# -- store settings ----------------------------------------------------------------------------------------
class ShippingOrigin(BodyModel):
    name: str
    country: CountryCode
    state: StateCode | None = None
    city: str
    street1: str
    street2: str | None = None
    zip: str
    phone: str | None = None
    email: str | None = None


class OrderNotification(BodyModel):
    enabled: bool
    subject: str
    emailTemplateId: str
    defaultEmailTemplateId: str


class StoreSettingBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "altId": "ve9EPM428h8vShlRW1KT", "altType": "location", "shippingOrigin": {
            "name": "Shop", "country": "US", "city": "New York", "street1": "1 Main St", "zip": "10001"}}]})

    altId: str
    altType: AltType
    shippingOrigin: ShippingOrigin
    storeOrderNotification: OrderNotification | None = None
    storeOrderFulfillmentNotification: OrderNotification | None = None


# -- answers ---------------------------------------------------------------------------------------------
class StatusAnswer(ResponseModel):
    status: bool
    message: str | None = None


class ZoneCountryOut(ResponseModel):
    code: str
    states: list[dict[str, str]] | None = None


class RateOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: AltType
    name: str
    description: str | None = None
    currency: str
    amount: float
    conditionType: ConditionType
    minCondition: float
    maxCondition: float
    isCarrierRate: bool | None = None
    shippingCarrierId: str
    percentageOfRateFee: float | None = None
    shippingCarrierServices: list[dict[str, str]] | None = None
    shippingZoneId: str
    createdAt: str
    updatedAt: str


class ZoneOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: AltType
    name: str
    countries: list[ZoneCountryOut]
    shippingRates: list[RateOut] | None = None
    createdAt: str
    updatedAt: str


class ZoneAnswer(StatusAnswer):
    data: ZoneOut


class ZonesAnswer(ResponseModel):
    total: int
    data: list[ZoneOut]


class RateAnswer(StatusAnswer):
    data: RateOut


class RatesAnswer(ResponseModel):
    total: int
    data: list[RateOut]


class AvailableRateOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    description: str | None = None
    currency: str
    amount: float
    isCarrierRate: bool | None = None
    shippingCarrierId: str
    percentageOfRateFee: float | None = None
    shippingCarrierServices: list[dict[str, str]] | None = None
    shippingZoneId: str


class AvailableRatesAnswer(StatusAnswer):
    data: list[AvailableRateOut]


class CarrierOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: AltType
    name: str
    callbackUrl: str
    services: list[dict[str, str]] | None = None
    allowsMultipleServiceSelection: bool | None = None
    marketplaceAppId: str
    createdAt: str
    updatedAt: str


class CarrierAnswer(StatusAnswer):
    data: CarrierOut


class CarriersAnswer(StatusAnswer):
    data: list[CarrierOut]


class StoreSettingOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: AltType
    shippingOrigin: dict[str, Any]
    storeOrderNotification: dict[str, Any] | None = None
    storeOrderFulfillmentNotification: dict[str, Any] | None = None
    createdAt: str
    updatedAt: str


class StoreSettingAnswer(StatusAnswer):
    data: StoreSettingOut
