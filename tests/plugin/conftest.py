"""The plugin's tests run inner pytest sessions in-process (pytester), which forget every module first
imported inside them. httpx imports httpcore lazily and keeps a map of its exception classes: if that first
import happened inside an inner session, later httpx calls would raise raw httpcore errors (their classes
re-imported, no longer in the map). Importing httpcore up front keeps one copy for the whole run."""

import httpcore  # noqa: F401
