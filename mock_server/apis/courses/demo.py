"""The Courses area's part of the demo (``Area.demo``): a course imported into the main location."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def course(title: str) -> dict[str, Any]:
    """A product with a published module of two lessons (the second with a worksheet) and a draft bonus module."""
    def lesson(name: str, **more: Any) -> dict[str, Any]:
        return {"title": name, "description": f"{name}, a lesson", "visibility": "published", "contentType": "video",
                "bucketVideoUrl": "https://videos.example.com/1.mp4", **more}
    worksheet = {"title": "Worksheet", "type": "pdf", "url": "https://files.example.com/worksheet.pdf"}
    return {"title": title, "description": f"{title}, step by step",
            "instructorDetails": {"name": "Avery Stone", "description": "Coach"},
            "categories": [{"title": "Getting started", "visibility": "published",
                            "posts": [lesson("Welcome"), lesson("First steps", postMaterials=[worksheet])]},
                           {"title": "Bonus", "visibility": "draft", "subCategories": [
                               {"title": "Interviews", "visibility": "draft", "posts": [lesson("Interview 1")]}]}]}


def load(demo: DemoLoader) -> None:
    demo.call("POST", "/courses/courses-exporter/public/import", token=demo.main_token,
              json={"locationId": demo.main, "products": [course("Agency Growth 101")]})
    demo.summary["courses"] = 1
