"""Signing a body: both headers (GHL today) or Ed25519 only (GHL after the RSA header's retirement).

Both schemes sign the exact bytes sent and are base64-encoded. Faults: a tampered signature (a valid
one for other bytes), and a rotated key (signed with the published *next* pair).
"""

from __future__ import annotations

import base64
from typing import Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from mock_server.webhooks.keys import KeyPair

Mode = Literal["both", "ed25519"]
RSA_HEADER, ED25519_HEADER = "x-wh-signature", "x-ghl-signature"


def sign(body: bytes, keys: KeyPair, mode: Mode = "both", *, tamper: bool = False) -> dict[str, str]:
    """The signature headers for ``body``."""
    signed = body + b" " if tamper else body  # a real signature, of other bytes
    headers = {ED25519_HEADER: base64.b64encode(keys.ed25519_private.sign(signed)).decode()}
    if mode == "both":
        headers[RSA_HEADER] = base64.b64encode(
            keys.rsa_private.sign(signed, padding.PKCS1v15(), hashes.SHA256())).decode()
    return headers
