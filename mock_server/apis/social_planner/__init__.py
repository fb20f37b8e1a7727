"""The CSV API (social-media-posting.json)."""
