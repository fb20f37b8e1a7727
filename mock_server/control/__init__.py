"""The /_mock control plane: tenants, tokens, OAuth codes, the clock, the journal, resets."""
