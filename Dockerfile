# ghl-mock as a CI service: `docker compose up -d ghl-mock` (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml setup.py README.md ./
COPY mock_server ./mock_server
COPY fixtures ./fixtures
COPY contracts ./contracts
RUN pip install '.[postgres]' && useradd --create-home ghl
USER ghl

# Listen beyond loopback inside the container; the control plane then needs GHL_MOCK_ADMIN_TOKEN.
ENV GHL_MOCK_HOST=0.0.0.0 \
    GHL_MOCK_PORT=8765
EXPOSE 8765
CMD ["ghl-mock", "serve"]
