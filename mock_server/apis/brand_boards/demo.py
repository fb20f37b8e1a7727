"""The Brand Boards area's part of the demo (``Area.demo``): the main location's default brand board and a draft,
and its default brand voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def design(n: int, hex_color: str) -> dict[str, Any]:
    """A board's logos, colors and fonts: one of each."""
    red, green, blue = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return {"logos": [{"id": f"logo-{n}", "url": f"https://cdn.example.com/logo-{n}.png", "label": "Primary",
                       "path": f"brand-boards/logo-{n}.png"}],
            "colors": [{"id": f"color-{n}", "hex": hex_color, "hexa": f"{hex_color}FF", "label": "Primary",
                        "rgb": f"rgb({red}, {green}, {blue})", "rgba": f"rgba({red}, {green}, {blue}, 1)"}],
            "fonts": [{"id": f"font-{n}", "font": "Montserrat", "fallback": "sans-serif", "label": "Headings"}]}


def voice_answers(brand: str) -> dict[str, str]:
    """The four answers a hand-written brand voice must give."""
    return {"brandName": brand, "toneOfVoice": "Warm, plain-spoken", "targetAudience": "Local homeowners",
            "customerPainPoints": "Slow quotes and missed appointments"}


def load(demo: DemoLoader) -> None:
    for n, (name, color, default) in enumerate((("Main brand", "#1E88E5", True), ("Holiday", "#C62828", False))):
        demo.call("POST", "/brand-boards/", token=demo.main_token,
                  json={"locationId": demo.main, "name": name, "default": default, **design(n, color)})
    demo.summary["brandBoards"] = 2
    voices = f"/brand-boards/locations/{demo.main}/brand-voices"
    voice = demo.call("POST", voices, token=demo.main_token,
                      json={"type": "manual", "name": "House voice", "answers": voice_answers("Main brand")})
    demo.call("POST", f"{voices}/{voice['id']}/default", token=demo.main_token)
    demo.summary["brandVoices"] = 1
