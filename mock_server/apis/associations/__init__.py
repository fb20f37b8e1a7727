"""The Associations API (associations.json): association definitions between object kinds, and relations
between records under them."""
