"""The Courses API (courses.json)."""
