"""The Products area's tables: their names, and what GHL answers for an unknown id."""

PRODUCTS = "products"
PRICES = "prices"
COLLECTIONS = "productCollections"
REVIEWS = "productReviews"

# DECISION: GHL's texts for unknown ids are not known; these name the record and its id.
PRODUCT_NOT_FOUND = "Product with id {id} not found"
PRICE_NOT_FOUND = "Price with id {id} not found"
COLLECTION_NOT_FOUND = "Collection with id {id} not found"
REVIEW_NOT_FOUND = "Review with id {id} not found"
