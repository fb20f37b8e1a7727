"""The tables the Forms area keeps in each location's tenant."""

FORMS = "forms"
FORM_SUBMISSIONS = "formSubmissions"
# (Files uploaded to contacts' FILE_UPLOAD fields are kept by the files area: ``uploads.py``. Data files written
# before that may hold a table "formUploadedFiles": nothing reads it, and it goes with its location.)
