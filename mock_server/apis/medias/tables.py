"""The Medias area's tables: their names, and what GHL answers for an unknown id."""

MEDIAS = "medias"  # files and folders of a location's media library; ``parentId`` (indexed) is the folder
# DECISION: GHL's texts for these refusals are not known.
MEDIA_NOT_FOUND = "File or folder with id {id} not found"
