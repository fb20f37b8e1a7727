"""Where conversations and their messages live: tables of the location's tenant, keyed by record id.

Both carry their ``contactId`` (indexed): deleting the contact deletes its conversation and messages (a
cascade declared in ``area.py``). Messages also carry their ``conversationId`` (indexed) for the thread.
"""

from __future__ import annotations

CONVERSATIONS = "conversations"
MESSAGES = "conversationMessages"
