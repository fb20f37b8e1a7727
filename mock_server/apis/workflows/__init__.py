"""The Workflows API (workflows.json): a location's workflows, read-only (seeded through the control plane)."""
