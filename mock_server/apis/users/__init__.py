"""The Users API: agency and sub-account users."""
