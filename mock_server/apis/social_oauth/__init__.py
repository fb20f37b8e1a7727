"""The Oauth | Tiktok API (social-media-posting.json)."""
