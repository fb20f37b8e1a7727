"""OAuth 2.0: Marketplace apps, installations, authorization codes and the token endpoints."""
