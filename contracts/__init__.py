"""The contract-testing kit (installed as mock_server.contracts)."""
