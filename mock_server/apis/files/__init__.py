"""Stored files: the one home of uploaded bytes (media library files, conversation attachments, files of
FILE_UPLOAD custom fields), served back byte for byte at the URLs the upload operations answer (``/_files/...``,
``serving.py``)."""
