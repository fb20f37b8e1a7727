"""The Documents & Contracts area's tables: their names, and what GHL answers for an unknown id."""

TEMPLATES = "proposalTemplates"  # made in GHL's builder: the control plane seeds them (templates.py)
DOCUMENTS = "proposalDocuments"  # made from a template (send-documents-contracts-template), indexed by templateId

# DECISION: GHL's texts for an unknown template or document are not known.
TEMPLATE_NOT_FOUND = "Template not found"
DOCUMENT_NOT_FOUND = "Document not found"
