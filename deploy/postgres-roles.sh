#!/bin/sh
# Run once by the postgis image when it creates its database (docker-entrypoint-initdb.d):
# the role the app connects with. It gets its rights from `porttwin migrate` (rows only).
set -eu
psql -v ON_ERROR_STOP=1 -v pw="$PORTTWIN_APP_PASSWORD" \
  --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE porttwin_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
SQL
