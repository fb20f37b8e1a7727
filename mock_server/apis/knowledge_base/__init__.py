"""The Web Crawler API (knowledge-base.json)."""
