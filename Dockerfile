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
USER porttwin
EXPOSE 8000
CMD ["porttwin", "serve", "--host", "0.0.0.0", "--port", "8000"]
