# The viewer's browser dependencies (deck.gl) from npm
FROM node:20-slim AS viewer
WORKDIR /viewer
COPY viewer/package.json viewer/package-lock.json ./
RUN npm ci --legacy-peer-deps --ignore-scripts --no-audit --no-fund

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY kernel kernel
COPY geodata geodata
COPY assets assets
COPY inspections inspections
COPY twin twin
COPY viewer viewer
RUN pip install --no-cache-dir -c constraints.txt . && useradd --system porttwin
COPY --from=viewer /viewer/node_modules /app/viewer-vendor
ENV PORTTWIN_VIEWER_VENDOR_DIR=/app/viewer-vendor
USER porttwin
EXPOSE 8000
CMD ["porttwin", "serve", "--host", "0.0.0.0", "--port", "8000"]
