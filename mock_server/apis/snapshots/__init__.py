"""The Snapshots API (snapshots.json): an agency's snapshots, listed (seeded through the control plane)."""
