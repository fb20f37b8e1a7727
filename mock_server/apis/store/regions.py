"""The state and province codes GHL's store accepts (store.json's enum: US states, Canadian provinces and the
regions of the other countries it lists, one set without repeats), as a pydantic type."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

STATE_CODES = frozenset({
    "A", "AA", "AB", "AC", "ACT", "AE", "AG", "AGU", "AI", "AJ", "AK", "AL", "AM", "AMA", "AN", "ANC", "ANT", "AO",
    "AP", "APU", "AQ", "AR", "ARA", "ARE", "AS", "AT", "ATL", "AUK", "AV", "AYA", "AZ", "B", "BA", "BC", "BCN",
    "BCS", "BFP", "BG", "BH", "BI", "BL", "BN", "BO", "BOL", "BOP", "BOY", "BR", "BS", "BT", "BU", "BV", "BZ", "C",
    "CA", "CAJ", "CAL", "CAM", "CAN", "CAQ", "CAS", "CAU", "CB", "CC", "CE", "CES", "CG", "CH", "CHH", "CHO", "CHP",
    "CI", "CIT", "CJ", "CL", "CMX", "CN", "CO", "COA", "COL", "COR", "CR", "CR-A", "CR-C", "CR-G", "CR-H", "CR-L",
    "CR-P", "CR-SJ", "CS", "CT", "CU", "CUN", "CUS", "CV", "CW", "CZ", "D", "DB", "DC", "DD", "DE", "DF", "DJ", "DL",
    "DN", "DU", "DUR", "EN", "ENG", "ER", "ES", "FC", "FD", "FE", "FG", "FI", "FL", "FM", "FO", "FR", "FS", "FU",
    "G", "GA", "GB", "GC", "GE", "GI", "GIS", "GJ", "GL", "GO", "GR", "GRO", "GT-01", "GT-02", "GT-03", "GT-04",
    "GT-05", "GT-06", "GT-07", "GT-08", "GT-09", "GT-10", "GT-11", "GT-12", "GT-13", "GT-14", "GT-15", "GT-16",
    "GT-17", "GT-18", "GT-19", "GT-20", "GT-21", "GT-22", "GU", "GUA", "GUV", "H", "HD", "HI", "HID", "HK", "HKB",
    "HP", "HR", "HU", "HUC", "HUI", "HUV", "IA", "ICA", "ID", "IF", "IL", "IM", "IN", "IS", "J", "JAL", "JH", "JHR",
    "JK", "JP-01", "JP-02", "JP-03", "JP-04", "JP-05", "JP-06", "JP-07", "JP-08", "JP-09", "JP-10", "JP-11", "JP-12",
    "JP-13", "JP-14", "JP-15", "JP-16", "JP-17", "JP-18", "JP-19", "JP-20", "JP-21", "JP-22", "JP-23", "JP-24",
    "JP-25", "JP-26", "JP-27", "JP-28", "JP-29", "JP-30", "JP-31", "JP-32", "JP-33", "JP-34", "JP-35", "JP-36",
    "JP-37", "JP-38", "JP-39", "JP-40", "JP-41", "JP-42", "JP-43", "JP-44", "JP-45", "JP-46", "JP-47", "JUN", "JY",
    "KA", "KDH", "KE", "KK", "KL", "KP", "KR", "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31",
    "KR-41", "KR-42", "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50", "KS", "KTN", "KUL",
    "KY", "L", "LA", "LAG", "LAL", "LAM", "LBN", "LC", "LD", "LE", "LH", "LI", "LIM", "LK", "LL", "LM", "LO", "LOR",
    "LP", "LR", "LS", "LT", "LU", "M", "MA", "MAG", "MB", "MBH", "MC", "MD", "MDD", "ME", "MET", "MEX", "MG", "MH",
    "MI", "MIC", "ML", "MLK", "MM", "MN", "MO", "MOQ", "MOR", "MP", "MS", "MT", "MU", "MWT", "MZ", "NA", "NAR",
    "NAY", "NB", "NC", "ND", "NE", "NH", "NIR", "NJ", "NL", "NLE", "NM", "NO", "NQ", "NS", "NSA", "NSN", "NSW", "NT",
    "NTL", "NU", "NV", "NY", "O", "OAX", "OG", "OH", "OK", "ON", "OR", "OT", "OTA", "OY", "P", "PA", "PAS", "PB",
    "PC", "PD", "PE", "PG", "PH", "PH-00", "PH-ABR", "PH-AGN", "PH-AGS", "PH-AKL", "PH-ALB", "PH-ANT", "PH-APA",
    "PH-AUR", "PH-BAN", "PH-BAS", "PH-BEN", "PH-BIL", "PH-BOH", "PH-BTG", "PH-BTN", "PH-BUK", "PH-BUL", "PH-CAG",
    "PH-CAM", "PH-CAN", "PH-CAP", "PH-CAS", "PH-CAT", "PH-CAV", "PH-CEB", "PH-DAO", "PH-DAS", "PH-DAV", "PH-EAS",
    "PH-GUI", "PH-IFU", "PH-ILI", "PH-ILN", "PH-ILS", "PH-ISA", "PH-KAL", "PH-LAG", "PH-LAN", "PH-LAS", "PH-LEY",
    "PH-LUN", "PH-MAD", "PH-MAG", "PH-MAS", "PH-MDC", "PH-MDR", "PH-MOU", "PH-MSC", "PH-MSR", "PH-NCO", "PH-NEC",
    "PH-NER", "PH-NSA", "PH-NUE", "PH-NUV", "PH-PAM", "PH-PAN", "PH-PLW", "PH-QUE", "PH-QUI", "PH-RIZ", "PH-ROM",
    "PH-SAR", "PH-SCO", "PH-SIG", "PH-SLE", "PH-SLU", "PH-SOR", "PH-SUK", "PH-SUN", "PH-SUR", "PH-TAR", "PH-TAW",
    "PH-WSA", "PH-ZAN", "PH-ZAS", "PH-ZMB", "PH-ZSI", "PHG", "PI", "PIU", "PJY", "PLS", "PM", "PN", "PNG", "PO",
    "PR", "PRK", "PT", "PT-01", "PT-02", "PT-03", "PT-04", "PT-05", "PT-06", "PT-07", "PT-08", "PT-09", "PT-10",
    "PT-11", "PT-12", "PT-13", "PT-14", "PT-15", "PT-16", "PT-17", "PT-18", "PT-20", "PT-30", "PU", "PUE", "PUN",
    "PUT", "PV", "PW", "PY", "PZ", "QC", "QLD", "QUE", "QUI", "RA", "RC", "RE", "RG", "RI", "RIS", "RJ", "RK", "RM",
    "RN", "RO", "ROO", "RR", "RS", "RV", "S", "SA", "SAM", "SAN", "SAP", "SB", "SBH", "SC", "SCT", "SD", "SE", "SF",
    "SG", "SGR", "SH", "SI", "SIN", "SJ", "SK", "SL", "SLP", "SM", "SO", "SON", "SP", "SR", "SS", "STL", "SUC", "SV",
    "SWK", "T", "TA", "TAB", "TAC", "TAM", "TAS", "TE", "TF", "TKI", "TL", "TLA", "TM", "TN", "TO", "TOL", "TP",
    "TR", "TRG", "TS", "TT", "TU", "TUM", "TV", "TX", "UCA", "UD", "UK", "UP", "UQ", "UT", "V", "VA", "VAC", "VAU",
    "VB", "VC", "VE", "VER", "VI", "VIC", "VID", "VL", "VN", "VR", "VS", "VT", "VV", "WA", "WB", "WD", "WGN", "WH",
    "WI", "WKO", "WLS", "WTC", "WV", "WW", "WX", "WY", "YT", "YUC", "Z", "ZA", "ZAC",})


def _state(value: str) -> str:
    if value not in STATE_CODES:
        raise PydanticCustomError("ghl", "{field} must be a valid state code")
    return value


StateCode = Annotated[str, AfterValidator(_state)]
