"""The Social Planner area's tables: their names, and what GHL answers for an unknown id."""

ACCOUNTS = "socialAccounts"
GROUPS = "socialAccountGroups"
POSTS = "socialPosts"
CSV_IMPORTS = "socialCsvImports"
CATEGORIES = "socialCategories"
TAGS = "socialTags"
COMMENTS = "socialComments"

# DECISION: GHL's texts for unknown social planner ids are not known (no issue or doc quotes one);
# a short "<Thing> not found" as the rest of the mock answers.
ACCOUNT_NOT_FOUND = "Account not found"
POST_NOT_FOUND = "Post not found"
CSV_NOT_FOUND = "CSV not found"
CATEGORY_NOT_FOUND = "Category not found"
COMMENT_NOT_FOUND = "Comment not found"
CSV_UPLOADS = "socialCsvUploads"
CSV_POSTS = "socialCsvPosts"
