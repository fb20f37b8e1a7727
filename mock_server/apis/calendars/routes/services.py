"""The services operations of calendars-v3.json (v3 only): service locations, catalog, service bookings (in
that order: the contract kit creates each family's record in registry order, a booking's after the others)."""

from __future__ import annotations

from mock_server.apis.calendars import service_bookings, service_catalog, service_locations
from mock_server.apis.calendars.models import services as models
from mock_server.apis.calendars.routes.spec import sent, v3_api
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars.readonly", "calendars.write"
EVENTS_READ, EVENTS_WRITE = "calendars/events.readonly", "calendars/events.write"
BOOKINGS, BOOKING = "/calendars/services/bookings", "/calendars/services/bookings/{bookingId}"
CATALOG, SERVICE = "/calendars/services/catalog", "/calendars/services/catalog/{serviceId}"
PLACES, PLACE = "/calendars/services/locations", "/calendars/services/locations/{serviceLocationId}"


def _user(call: Call) -> str | None:
    return call.principal.user_id


# -- service locations -----------------------------------------------------------------------------------
@v3_api.get(PLACES, "get-service-locations", scopes=READ, tokens=LOCATION, query=models.GetServiceLocationsQuery,
            response=models.ServiceLocationListResponse, summary="List service locations")
def get_service_locations(call: Call) -> dict:
    return {"serviceLocations": [service_locations.answer(p) for p in service_locations.list_locations(call.tenant)]}


@v3_api.post(PLACES, "create-service-location", scopes=WRITE, tokens=LOCATION, body=models.CreateServiceLocationBody,
             response=models.ServiceLocationResponse, status=201, summary="Create a service location")
def create_service_location(call: Call) -> dict:
    return service_locations.answer(service_locations.create_location(call.tenant, sent(call.body)))


@v3_api.get(PLACE, "get-service-location-by-id", scopes=READ, tokens=LOCATION, response=models.ServiceLocationResponse,
            summary="Get a service location")
def get_service_location_by_id(call: Call) -> dict:
    return service_locations.answer(service_locations.get_location(call.tenant, call.path["serviceLocationId"]))


@v3_api.put(PLACE, "update-service-location", scopes=WRITE, tokens=LOCATION, body=models.UpdateServiceLocationBody,
            response=models.ServiceLocationResponse,
            summary="Update a service location")
def update_service_location(call: Call) -> dict:
    place = service_locations.update_location(call.tenant, call.path["serviceLocationId"], sent(call.body))
    return service_locations.answer(place)


@v3_api.delete(PLACE, "delete-service-location", scopes=WRITE, tokens=LOCATION,
               response=models.DeleteServiceLocationResponse,
               summary="Delete a service location")
def delete_service_location(call: Call) -> dict:
    service_locations.delete_location(call.tenant, call.path["serviceLocationId"])
    return {"success": True, "message": service_locations.DELETED}


# -- catalog ---------------------------------------------------------------------------------------------
@v3_api.get(CATALOG, "get-services-catalog", scopes=READ, tokens=LOCATION, query=models.GetServicesCatalogQuery,
            response=models.ServicesListResponse, summary="List services")
def get_services_catalog(call: Call) -> dict:
    found = service_catalog.list_services(call.tenant, category_id=call.query.serviceCategoryId,
                                          private=call.query.isPrivate)
    return {"services": [service_catalog.answer(service) for service in found]}


@v3_api.post(CATALOG, "create-service-catalog", scopes=WRITE, tokens=LOCATION, body=models.CreateServiceBody,
             response=models.ServiceResponseWrapperResponse, status=201, summary="Create a service")
def create_service_catalog(call: Call) -> dict:
    return {"service": service_catalog.answer(service_catalog.create_service(call.tenant, sent(call.body)))}


@v3_api.get(SERVICE, "get-service-catalog-by-id", scopes=READ, tokens=LOCATION,
            response=models.ServiceResponseWrapperResponse,
            summary="Get a service")
def get_service_catalog_by_id(call: Call) -> dict:
    return {"service": service_catalog.answer(service_catalog.get_service(call.tenant, call.path["serviceId"]))}


@v3_api.put(SERVICE, "update-service-catalog", scopes=WRITE, tokens=LOCATION, body=models.UpdateServiceBody,
            response=models.ServiceResponseWrapperResponse,
            summary="Update a service")
def update_service_catalog(call: Call) -> dict:
    service = service_catalog.update_service(call.tenant, call.path["serviceId"], sent(call.body))
    return {"service": service_catalog.answer(service)}


@v3_api.delete(SERVICE, "delete-service-catalog", scopes=WRITE, tokens=LOCATION, response=models.DeleteServiceResponse,
               summary="Delete a service")
def delete_service_catalog(call: Call) -> dict:
    service_catalog.delete_service(call.tenant, call.path["serviceId"])
    return {"success": True, "message": service_catalog.DELETED}


# -- bookings --------------------------------------------------------------------------------------------
@v3_api.get(BOOKINGS, "get-service-bookings", scopes=EVENTS_READ, tokens=LOCATION, query=models.GetServiceBookingsQuery,
            response=models.ServiceBookingsListResponse, summary="List service bookings")
def get_service_bookings(call: Call) -> dict:
    q = call.query
    found = service_bookings.list_bookings(call.tenant, start_ms=int(q.startTime), end_ms=int(q.endTime),
                                           place_id=q.serviceLocationId)
    return {"bookings": [service_bookings.answer(booking, q.timezone) for booking in found]}


@v3_api.post(BOOKINGS, "create-service-booking", scopes=EVENTS_WRITE, tokens=LOCATION,
             query=models.CreateServiceBookingQuery, body=models.CreatePublicServiceBookingBody,
             response=models.CreateOrUpdateServiceBookingResponse, status=201, summary="Book services")
def create_service_booking(call: Call) -> dict:
    booking = service_bookings.create_booking(
        call.tenant, call.body.model_dump(exclude_none=True), user_id=_user(call),
        override=call.query.overrideAvailability, skip_notice=call.query.skipSchedulingNotice)
    return service_bookings.answer(booking)


@v3_api.get(BOOKING, "get-service-booking-by-id", scopes=EVENTS_READ, tokens=LOCATION,
            response=models.ServiceBookingResponse,
            summary="Get a service booking")
def get_service_booking_by_id(call: Call) -> dict:
    return service_bookings.answer(service_bookings.get_booking(call.tenant, call.path["bookingId"]))


@v3_api.put(BOOKING, "update-service-booking", scopes=EVENTS_WRITE, tokens=LOCATION,
            query=models.CreateServiceBookingQuery, body=models.UpdateServiceBookingBody,
            response=models.CreateOrUpdateServiceBookingResponse,
            summary="Update a service booking")
def update_service_booking(call: Call) -> dict:
    booking = service_bookings.update_booking(
        call.tenant, call.path["bookingId"], call.body.model_dump(exclude_none=True),
        override=call.query.overrideAvailability, skip_notice=call.query.skipSchedulingNotice)
    return service_bookings.answer(booking)


@v3_api.delete(BOOKING, "delete-service-booking", scopes=EVENTS_WRITE, tokens=LOCATION,
               response=models.DeleteServiceBookingResponse,
               summary="Delete a service booking")
def delete_service_booking(call: Call) -> dict:
    service_bookings.delete_booking(call.tenant, call.path["bookingId"])
    return {"success": True, "message": service_bookings.DELETED}
