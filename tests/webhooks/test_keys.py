"""The mock's signing keys: deterministic with a random seed, kept with the data file, rotatable."""

from __future__ import annotations

from mock_server.app import build_app
from mock_server.settings import Settings


def public_keys(settings: Settings) -> dict:
    app = build_app(settings)
    try:
        return app.world.webhooks.keys.public()
    finally:
        app.world.close()


def test_a_random_seed_makes_the_same_keys_on_every_start():
    first = public_keys(Settings(random_seed="keys-1"))
    assert public_keys(Settings(random_seed="keys-1")) == first
    other = public_keys(Settings(random_seed="keys-2"))
    assert other["rsa"]["publicKey"] != first["rsa"]["publicKey"]
    assert other["ed25519"]["publicKey"] != first["ed25519"]["publicKey"]
    assert first["rsa"]["nextPublicKey"] != first["rsa"]["publicKey"]


def test_keys_persist_with_the_data_file(tmp_path):
    data = str(tmp_path / "sandbox.json")
    made = public_keys(Settings(data=data, fsync=False))
    assert public_keys(Settings(data=data, fsync=False)) == made


def test_rotating_makes_the_next_pair_current():
    import httpx

    from mock_server.testing.transport import InProcessTransport

    app = build_app(Settings(random_seed="keys-1"))  # its own mock: rotating the session's would surprise others
    control = httpx.Client(transport=InProcessTransport(app), base_url="http://localhost")
    before = control.get("/_mock/webhooks/keys").json()
    after = control.post("/_mock/webhooks/keys/rotate").json()
    app.world.close()
    assert after["ed25519"]["publicKey"] == before["ed25519"]["nextPublicKey"]
    assert after["rsa"]["publicKey"] == before["rsa"]["nextPublicKey"]
    assert after["rsa"]["nextPublicKey"] not in (before["rsa"]["publicKey"], before["rsa"]["nextPublicKey"])
