"""Package discovery only; everything else is in pyproject.toml.

fixtures/ and contracts/ sit at the top of the repository but install as mock_server.fixtures and
mock_server.contracts, so we never put a generic top-level "fixtures" package into site-packages.
"""
from setuptools import find_packages, setup

MAPPED = {"fixtures": "mock_server.fixtures", "contracts": "mock_server.contracts"}

packages = find_packages(include=["mock_server", "mock_server.*"])
package_dir = {"mock_server": "mock_server"}
for folder, name in MAPPED.items():
    package_dir[name] = folder
    packages += [name + sub[len(folder):] for sub in find_packages(include=[folder, folder + ".*"])]

setup(packages=packages, package_dir=package_dir)
