"""The Calendars API (calendars.json): groups, calendars, appointments, block slots, notes,
notifications, resources, schedules, free slots; plus ``GET /contacts/{contactId}/appointments``.

Layout: ``models/`` (request/response models), one domain module per resource (``groups``,
``calendars``, ``appointments``, ``blocked_slots``, ``events``, ``availability``, ``notes``,
``notifications``, ``resources``, ``schedules``), ``routes/`` (the operations), and ``slots/`` (the
pure free-slot engine). Every record lives in the location's tenant, in the tables of ``tables.py``.
"""
