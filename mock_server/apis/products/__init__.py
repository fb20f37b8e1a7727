"""The Products API (products.json)."""
