"""LinkedIn's targeting entities (locations, industries, job titles ...), searched as GHL's audience picker does.

DECISION: a small fixed catalog stands in for LinkedIn's (the mock reaches no LinkedIn). Its entries have the
fields the upsert's audience takes (``urn``, ``name``, ``facetUrn``, ``facet``, ``categoryName``), so an answer
can be sent back as a campaign's targeting. ``query`` narrows a facet to the names containing it,
case-insensitively.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_linkedin import integration
from mock_server.platform.tenant_context import Tenant

# facet: (category name, the URN kind of its entities, [(LinkedIn id, name)])
CATALOG: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "locations": ("Locations", "geo", [
        ("103644278", "United States"), ("101165590", "United Kingdom"), ("101174742", "Canada"),
        ("101452733", "Australia"), ("102713980", "India"), ("101282230", "Germany"),
        ("105015875", "France"), ("102890719", "Netherlands"), ("90000084", "San Francisco Bay Area"),
        ("90000070", "New York City Metropolitan Area")]),
    "industries": ("Industries", "industry", [
        ("4", "Software Development"), ("6", "Technology, Information and Internet"), ("43", "Financial Services"),
        ("14", "Hospitals and Health Care"), ("44", "Real Estate"), ("80", "Advertising Services"),
        ("96", "IT Services and IT Consulting"), ("27", "Retail")]),
    "titles": ("Job Titles", "title", [
        ("1", "Software Engineer"), ("2", "Marketing Manager"), ("3", "Sales Manager"), ("4", "Product Manager"),
        ("5", "Chief Executive Officer"), ("6", "Software Engineering Manager"), ("7", "Account Executive"),
        ("8", "Data Scientist")]),
    "skills": ("Member Skills", "skill", [
        ("1", "Software Development"), ("2", "Digital Marketing"), ("3", "Sales"), ("4", "Python"),
        ("5", "Project Management"), ("6", "Search Engine Optimization (SEO)")]),
    "seniorities": ("Job Seniorities", "seniority", [
        ("1", "Unpaid"), ("2", "Training"), ("3", "Entry"), ("4", "Senior"), ("5", "Manager"), ("6", "Director"),
        ("7", "VP"), ("8", "CXO"), ("9", "Partner"), ("10", "Owner")]),
    "jobFunctions": ("Job Functions", "function", [
        ("4", "Business Development"), ("8", "Engineering"), ("15", "Marketing"), ("25", "Sales"),
        ("13", "Information Technology"), ("12", "Human Resources")]),
    "staffCountRanges": ("Company Size", "staffCountRange", [
        ("(1,10)", "1-10 employees"), ("(11,50)", "11-50 employees"), ("(51,200)", "51-200 employees"),
        ("(201,500)", "201-500 employees"), ("(501,1000)", "501-1000 employees"),
        ("(1001,5000)", "1001-5000 employees")]),
}


def search(tenant: Tenant, facet: str, query: str | None) -> dict[str, Any]:
    """The facet's entities whose names contain ``query`` (all of them without one), whichever finder ``q``
    names (the query model admits LinkedIn's two and the catalog's facets). Needs LinkedIn connected."""
    integration.current(tenant)
    category, kind, entries = CATALOG[facet]
    needle = (query or "").casefold()
    return {"elements": [{"urn": f"urn:li:{kind}:{entity_id}", "name": name,
                          "facetUrn": f"urn:li:adTargetingFacet:{facet}", "facet": facet, "categoryName": category}
                         for entity_id, name in entries if needle in name.casefold()]}
