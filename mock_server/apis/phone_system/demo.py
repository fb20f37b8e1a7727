"""The phone system's part of the demo (``Area.demo``): the main location's numbers and numbers it may buy."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """A default local number, a toll-free support line, a pool of two tracking numbers, and three to buy."""
    main = demo.main
    demo.seed(main, "phone-numbers", {"phoneNumber": demo.fake.phone("demo line"), "friendlyName": "Main line"})
    demo.seed(main, "phone-numbers", {"phoneNumber": "+18005550123", "friendlyName": "Support", "type": "toll-free",
                                      "capabilities": {"voice": True, "sms": False, "mms": False}})
    tracking = [demo.fake.phone("demo tracking") for _ in range(2)]
    for number in tracking:
        demo.seed(main, "phone-numbers", {"phoneNumber": number})
    demo.seed(main, "number-pools", {"name": "Ads tracking", "numbers": tracking})
    demo.seed(main, "available-phone-numbers", {"numbers": [
        {"phoneNumber": demo.fake.phone("demo stock"), "locality": "Austin", "region": "TX"} for _ in range(3)]})
    demo.summary.update(phoneNumbers=4, availablePhoneNumbers=3)
