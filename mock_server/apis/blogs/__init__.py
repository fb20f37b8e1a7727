"""The Blogs API (blogs.json): posts of a location's blogs. Blog sites, authors and categories are only
listed by GHL's API, so they are seeded through the control plane (this area's seeds, in ``area.py``)."""
