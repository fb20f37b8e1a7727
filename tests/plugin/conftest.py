"""The plugin is tested black-box: pytester writes a test file, runs pytest on it, and we read the outcome."""

pytest_plugins = ["pytester"]
