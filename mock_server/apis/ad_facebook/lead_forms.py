"""Lead forms of a Facebook page: published to Facebook (Meta's record) or kept by GHL as drafts.

Live GHL (its docs, 2026-08), which the mock follows:
- the page's listing holds both, newest first; a published form is ``{id, name, locale, status: ACTIVE,
  createdTime (Facebook's format), page: {name, id}, pageId, questions}``, a draft is its stored document with
  ``id: draft_<id>``, ``isDraft: true`` and its ``createdAt`` as ``createdTime``;
- creating with ``isDraft: true`` stores a draft and answers it (bare id); without, the form is published and
  Meta's record is answered; ``draftFormId`` (bare or ``draft_``) names a draft to delete once published,
  and a missing one is no error ("cleanup failures are logged rather than surfaced");
- publishing needs at least one question; a draft does not;
- reading by id answers Meta's definition (``contextCard``, ``legalContent`` ...), or with ``isDraft=true``
  the stored draft verbatim under ``_id``.

The store keys every form by a GHL id; ``formId`` is the id clients see (Meta's for a published form).
DECISION: a form belongs to a page the location's Facebook user manages (else 400), and to the location that
made it: another location connected to the same page does not see it (GHL keeps its drafts per location; the
mock does the same for published ones, which are Facebook's).
DECISION: publishing answers Meta's record in the shape reading it by id does (the docs say only that the two
create answers "share almost no fields").
DECISION: an unknown ``type`` among a question's options, or a locale GHL would refuse, is not checked: the
mock keeps what the DTO accepts.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook import facebook
from mock_server.apis.ad_facebook.tables import FB_LEAD_FORMS, LEAD_FORM_NOT_FOUND
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

DRAFT_PREFIX = "draft_"
DRAFT_FIELDS = ("greetingCard", "questions", "questionPageHeadline", "privacyPolicyLink", "privacyPolicyText",
                "customDisclaimer", "thankYouPage")
# DECISION: publishing with no question answers class-validator's words for an empty array.
NO_QUESTIONS = "questions must contain at least 1 elements"


def list_forms(tenant: Tenant, page_id: str) -> list[dict[str, Any]]:
    page = facebook.page(tenant, page_id)
    forms = tenant.store.find(FB_LEAD_FORMS, "pageId", page["fbId"])
    forms.reverse()  # newest first; a stable sort keeps the later of two equal times first
    forms.sort(key=lambda form: form["createdAt"], reverse=True)
    return [_listed(form, page) for form in forms]


def get_form(tenant: Tenant, form_id: str, *, draft: bool) -> dict[str, Any]:
    if draft:
        form = tenant.store.get(FB_LEAD_FORMS, form_id.removeprefix(DRAFT_PREFIX))
        if form is None or not form["isDraft"]:
            raise BadRequest(LEAD_FORM_NOT_FOUND)
        return _stored_draft(form)
    found = [form for form in tenant.store.find(FB_LEAD_FORMS, "formId", form_id) if not form["isDraft"]]
    if not found:
        raise BadRequest(LEAD_FORM_NOT_FOUND)
    return _meta_form(found[0])


def create_form(tenant: Tenant, page_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    page = facebook.page(tenant, page_id)
    draft, draft_id = fields.pop("isDraft", False), fields.pop("draftFormId", None)
    if not draft and not fields.get("questions"):
        raise Unprocessable([NO_QUESTIONS])
    now = tenant.now()
    key = tenant.new_id()
    form = {"id": key, "locationId": tenant.location_id, "pageId": page["fbId"], "isDraft": bool(draft),
            "name": fields["name"], "type": fields["type"], "createdAt": iso_z(now), "updatedAt": iso_z(now),
            **{name: fields[name] for name in DRAFT_FIELDS if fields.get(name) is not None}}
    form["questions"] = [_question(tenant, question, draft) for question in fields.get("questions") or []]
    if draft:
        form.update(formId=key, locale=(fields.get("locale") or "EN_US").upper())
        if "greetingCard" in form:
            form["greetingCard"] = {**form["greetingCard"], "_id": tenant.new_id()}
        return _draft_view(tenant.store.put(FB_LEAD_FORMS, _checkboxes(form)))
    form.update(formId=facebook.meta_id(tenant), locale=_meta_locale(fields.get("locale")), status="ACTIVE",
                createdTime=facebook.fb_time(now), meta=_meta_parts(tenant))
    stored = tenant.store.put(FB_LEAD_FORMS, _checkboxes(form))
    if draft_id:
        old = tenant.store.get(FB_LEAD_FORMS, draft_id.removeprefix(DRAFT_PREFIX))
        if old is not None and old["isDraft"]:
            tenant.store.delete(FB_LEAD_FORMS, old["id"])
    return _meta_form(stored)


def seed_published(tenant: Tenant, page: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """A form already on the page at Facebook (made in Meta's tools), as the control plane seeds it."""
    now = tenant.now()
    form = {"id": tenant.new_id(), "formId": given["id"] or facebook.meta_id(tenant), "locationId": tenant.location_id,
            "pageId": page["fbId"], "isDraft": False, "name": given["name"], "type": "MORE_VOLUME",
            "locale": given["locale"], "status": "ACTIVE", "createdAt": iso_z(now), "updatedAt": iso_z(now),
            "createdTime": facebook.fb_time(now),
            "questions": [_question(tenant, {**question, "options": []}, False) for question in given["questions"]]}
    form["meta"] = _meta_parts(tenant)
    return tenant.store.put(FB_LEAD_FORMS, form)


# -- shapes -------------------------------------------------------------------------------------------------
def _question(tenant: Tenant, question: dict[str, Any], draft: bool) -> dict[str, Any]:
    question = {key: value for key, value in question.items() if value is not None}
    if draft:
        question["options"] = [{**option, "_id": tenant.new_id()} for option in question.get("options", [])]
        return {**question, "_id": tenant.new_id()}
    return {"id": facebook.meta_id(tenant), **question, "options": question.get("options", [])}


def _checkboxes(form: dict[str, Any]) -> dict[str, Any]:
    """Checkboxes as GHL stores them: ``isRequired`` (ad-manager.json's DTO spells it ``is_required``)."""
    disclaimer = form.get("customDisclaimer")
    if disclaimer and disclaimer.get("checkboxes"):
        disclaimer["checkboxes"] = [
            {"key": box["key"], "text": box["text"],
             "isRequired": box["isRequired"] if box.get("isRequired") is not None else box["is_required"]}
            for box in disclaimer["checkboxes"]]
    return form


def _meta_locale(locale: str | None) -> str:
    """Meta's spelling of a locale: ``EN_US`` -> ``en_US``."""
    language, _, region = (locale or "en_US").partition("_")
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def _meta_parts(tenant: Tenant) -> dict[str, Any]:
    """The ids Facebook gives a published form's context card, thank-you page and legal content."""
    return {"contextCard": facebook.meta_id(tenant), "thankYouPage": facebook.meta_id(tenant),
            "legalContent": facebook.meta_id(tenant)}


def _meta_form(form: dict[str, Any]) -> dict[str, Any]:
    """A published form as Meta defines it (read by id, and the answer to publishing)."""
    ids = form["meta"]
    view: dict[str, Any] = {"id": form["formId"], "name": form["name"], "locale": form["locale"],
                            "questions": form["questions"]}
    card = form.get("greetingCard")
    if card:
        view["contextCard"] = {"id": ids["contextCard"], "title": card["title"], "content": card["content"],
                               "style": card["style"]}
    if form.get("questionPageHeadline") is not None:
        view["questionPageCustomHeadline"] = form["questionPageHeadline"]
    view["isOptimizedForQuality"] = form["type"] == "HIGHER_INTENT"
    if form.get("privacyPolicyLink") is not None:
        view["privacyPolicyUrl"] = form["privacyPolicyLink"]
    thanks = form.get("thankYouPage")
    if thanks:
        view["thankYouPage"] = {"id": ids["thankYouPage"], "title": thanks["title"], "body": thanks["body"],
                                "buttonText": thanks["buttonText"], "buttonType": thanks["buttonType"],
                                "enableMessenger": False}
        if thanks.get("buttonLink"):
            view["thankYouPage"]["websiteUrl"] = view["followUpActionUrl"] = thanks["buttonLink"]
        if thanks.get("businessPhone"):
            view["thankYouPage"]["businessPhoneNumber"] = thanks["businessPhone"]
    if form.get("privacyPolicyLink") is not None:
        view["legalContent"] = {"id": ids["legalContent"], "privacyPolicy": {
            "url": form["privacyPolicyLink"], "linkText": form.get("privacyPolicyText") or ""}}
        disclaimer = form.get("customDisclaimer")
        if disclaimer:
            view["legalContent"]["customDisclaimer"] = {
                "title": disclaimer["title"], "body": {"text": disclaimer["body"]},
                "checkboxes": [{**box, "isCheckedByDefault": False} for box in disclaimer.get("checkboxes") or []]}
    return view


def _draft_view(form: dict[str, Any]) -> dict[str, Any]:
    """A draft as creating answers it: its bare id."""
    return {"id": form["id"], "isDraft": True, "name": form["name"], "locationId": form["locationId"],
            "pageId": form["pageId"], "type": form["type"], "locale": form["locale"], "createdAt": form["createdAt"],
            "updatedAt": form["updatedAt"], **{name: form[name] for name in DRAFT_FIELDS if name in form}}


def _stored_draft(form: dict[str, Any]) -> dict[str, Any]:
    """A draft as reading it by id answers: the stored document, its id under ``_id``."""
    view = _draft_view(form)
    return {"_id": view.pop("id"), **view}


def _listed(form: dict[str, Any], page: dict[str, Any]) -> dict[str, Any]:
    if form["isDraft"]:
        view = _draft_view(form)
        created = view.pop("createdAt")
        view.pop("updatedAt")
        return {**view, "id": DRAFT_PREFIX + form["id"], "createdTime": created}
    return {"id": form["formId"], "name": form["name"], "locale": form["locale"], "status": form["status"],
            "createdTime": form["createdTime"], "page": {"name": page["name"], "id": page["fbId"]},
            "pageId": form["pageId"], "questions": form["questions"]}
