"""The Opportunities API (opportunities.json): deals of a contact moving through a pipeline's stages."""
