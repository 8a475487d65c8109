# The graphkit API image (used by docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graphkit ./graphkit
COPY ingest ./ingest
COPY api ./api
COPY cypher ./cypher
RUN pip install . && useradd --create-home graphkit
USER graphkit
EXPOSE 8000
CMD ["graphkit", "serve", "--host", "0.0.0.0", "--port", "8000"]
