"""The ``ghl`` factories of the Products area: products, prices and reviews."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id

ADJECTIVES = ("Classic", "Organic", "Deluxe", "Handmade", "Compact", "Vintage", "Premium", "Everyday")
GOODS = ("Mug", "Tote Bag", "Notebook", "Candle", "Water Bottle", "T-Shirt", "Planner", "Desk Lamp")


class ProductFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def product(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """A product of this location (``POST /products/``), PHYSICAL unless ``productType`` says otherwise.
        Overrides are ``CreateProductDto`` fields (``slug``, ``variants``, ``availableInStore`` ...)."""
        if name is None:
            with self.fake.draw("product") as (faker, n):
                name = f"{faker.random_element(ADJECTIVES)} {faker.random_element(GOODS)} {n}"
        body = {"name": name, "locationId": self.location_id, "productType": "PHYSICAL",
                **fields}
        return self.api("POST", "/products/", body, what="ghl.product()")

    def price(self, product: Ref | None = None, amount: float = 25, **fields: Any) -> dict[str, Any]:
        """A one-time USD price of ``product`` (a new product if none): ``ghl.price(amount=9.99)``;
        ``ghl.price(type="recurring", recurring={"interval": "month", "intervalCount": 1})`` for a subscription.
        Overrides are ``CreatePriceDto`` fields (``currency``, ``variantOptionIds``, ``trackInventory`` ...)."""
        product_id = ref_id(product) if product is not None else self.product()["_id"]
        body = {"name": fields.pop("name", "Standard"), "type": "one_time", "currency": "USD", "amount": amount,
                "locationId": self.location_id, **fields}
        return self.api("POST", f"/products/{product_id}/price", body, what="ghl.price()")

    def product_review(self, product: Ref | None = None, rating: float = 5, **fields: Any) -> dict[str, Any]:
        """A customer's review of ``product`` (a new product if none), seeded: GHL's API cannot create one
        (``POST /_mock/locations/{id}/product-reviews``). ``pending`` unless ``status`` says otherwise."""
        product_id = ref_id(product) if product is not None else self.product()["_id"]
        person = self.fake.user(self.company_id, [])
        body = {"productId": product_id, "rating": rating, "headline": "Great", "detail": "Would buy again",
                "user": {"name": f"{person['firstName']} {person['lastName']}", "email": person["email"]}, **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/product-reviews", body,
                        what="ghl.product_review()")
