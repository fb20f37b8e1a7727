"""The Medias API (medias.json)."""
