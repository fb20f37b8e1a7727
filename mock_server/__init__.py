"""ghl-mock: a stateful fake of the GoHighLevel API v2."""

__version__ = "0.1.0"
