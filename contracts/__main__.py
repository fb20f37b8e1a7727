"""``python -m mock_server.contracts ...`` is ``ghl-mock contract ...``."""

from mock_server.contracts.cli import main

main()
