"""The Contacts API (contacts.json): records, search, duplicates, tags, tasks, notes, followers, enrollment."""
