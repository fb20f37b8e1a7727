"""The Knowledge Base area's tables: their names, and what GHL answers for an unknown id.

DECISION: GHL's texts for unknown records are not known; the file declares 400 (no 404) for every operation,
so an unknown id is a 400 with these texts.
"""

KNOWLEDGE_BASES = "knowledgeBases"
KNOWLEDGE_BASE_NOT_FOUND = "Knowledge base not found"
FAQS = "knowledgeBaseFaqs"
FAQ_NOT_FOUND = "FAQ not found"
CRAWLS = "knowledgeBaseCrawls"  # one discovery operation (the crawl of a website)
CRAWL_NOT_FOUND = "Crawling operation not found"
CRAWLED_PAGES = "knowledgeBaseCrawledPages"  # the pages a crawl discovered, each with its status
TRAINED_URLS = "knowledgeBaseTrainedUrls"  # the pages trained into a knowledge base
TRAINED_URL_NOT_FOUND = "Trained URL not found"
WEB_PAGES = "knowledgeBaseWebPages"  # the web the control plane lets crawls find (GHL crawls the real one)
