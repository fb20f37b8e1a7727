"""The tables the Forms area keeps in each location's tenant."""

FORMS = "forms"
FORM_SUBMISSIONS = "formSubmissions"
# Files uploaded to contacts' FILE_UPLOAD custom fields (POST /forms/upload-custom-files), content included.
FORM_UPLOADS = "formUploadedFiles"
