"""The plugin's tests run inner pytest sessions in-process (pytester), which forget every module first
imported inside them. Two libraries keep what such a module made beyond it, so they are imported up front
(one copy for the whole run):
- httpx imports httpcore lazily and keeps a map of its exception classes: if that first import happened inside
  an inner session, later httpx calls would raise raw httpcore errors (their classes re-imported, no longer in
  the map);
- pydantic's package hands out ``AliasChoices``, ``Field`` ... lazily and caches them: a cache filled inside an
  inner session kept classes that the next session's re-imported ``pydantic.fields`` no longer knew
  ("Invalid `validation_alias` type" building the oauth models)."""

import httpcore  # noqa: F401
import pydantic.aliases  # noqa: F401
import pydantic.main  # noqa: F401
