"""A storm of user writes against a live server, for the kill -9 tests: which writes were acknowledged."""

from __future__ import annotations

import threading

import httpx


class UserStorm:
    """``writers`` threads POST /users/ until ``stop()``; ``acknowledged`` holds the ids answered 201."""

    def __init__(self, url: str, headers: dict, company_id: str, location_id: str, writers: int = 4) -> None:
        self.url, self.headers = url, headers
        self.company_id, self.location_id = company_id, location_id
        self.acknowledged: list[str] = []
        self._lock, self._stop = threading.Lock(), threading.Event()
        self._threads = [threading.Thread(target=self._write, args=(n,)) for n in range(writers)]

    def start(self) -> UserStorm:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def _write(self, n: int) -> None:
        with httpx.Client(base_url=self.url, headers=self.headers, timeout=5) as client:
            i = 0
            while not self._stop.is_set():
                i += 1
                try:
                    response = client.post("/users/", json={
                        "companyId": self.company_id, "firstName": f"W{n}", "lastName": f"N{i}",
                        "email": f"w{n}-{i}@crash.test", "password": "pw-123456", "type": "account",
                        "role": "user", "locationIds": [self.location_id]})
                except (httpx.HTTPError, OSError):
                    return  # the server died under us: this write was never acknowledged
                if response.status_code == 201:
                    with self._lock:
                        self.acknowledged.append(response.json()["id"])
