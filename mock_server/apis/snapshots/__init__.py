"""The Snapshots API (snapshots.json): an agency's snapshots (seeded through the control plane), their share links,
and their pushes into locations, whose status runs on the mock clock."""
