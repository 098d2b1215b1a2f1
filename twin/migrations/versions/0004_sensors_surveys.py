"""Sensors (SensorThings-shaped datastreams, time-partitioned observations, alerts, rejected
readings) and raster surveys.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE TABLE datastream (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  facility_id uuid NOT NULL,
  component_id uuid,
  ifc_global_id varchar(22),
  ext_id varchar(120),
  name text NOT NULL,
  observed_property text NOT NULL,
  unit text NOT NULL,
  sensor text,
  location geometry(Point, 4326),
  warning_low double precision, warning_high double precision,
  alarm_low double precision, alarm_high double precision,
  attributes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id),
  FOREIGN KEY (port_id, component_id) REFERENCES component (port_id, id)
);
CREATE UNIQUE INDEX datastream_id_key ON datastream (id);
CREATE UNIQUE INDEX datastream_ext_key ON datastream (port_id, ext_id) WHERE ext_id IS NOT NULL;

-- append-only readings, one partition per year (created on demand) plus a default
CREATE TABLE observation (
  port_id uuid NOT NULL,
  datastream_id uuid NOT NULL,
  observed_at timestamptz NOT NULL,
  value double precision NOT NULL,
  quality smallint NOT NULL DEFAULT 0,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, datastream_id, observed_at)
) PARTITION BY RANGE (observed_at);
CREATE TABLE observation_default PARTITION OF observation DEFAULT;

CREATE FUNCTION observation_partition(year integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text := format('observation_y%s', year);
BEGIN
  IF to_regclass(name) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF observation FOR VALUES FROM (%L) TO (%L)',
                   name, make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC'),
                   make_timestamptz(year + 1, 1, 1, 0, 0, 0, 'UTC'));
  END IF;
END $$;

CREATE TABLE rejected_reading (
  id bigserial PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now(),
  source varchar(20) NOT NULL,
  payload text NOT NULL,
  reason text NOT NULL
);

CREATE TABLE sensor_alert (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  datastream_id uuid NOT NULL,
  level varchar(10) NOT NULL CHECK (level IN ('warning', 'alarm')),
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  peak double precision NOT NULL,
  acknowledged_by text,
  acknowledged_at timestamptz,
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, datastream_id) REFERENCES datastream (port_id, id)
);
CREATE INDEX sensor_alert_stream_idx ON sensor_alert (port_id, datastream_id, started_at);

CREATE TABLE raster_survey (
  port_id uuid NOT NULL REFERENCES port (id),
  id uuid NOT NULL,
  kind varchar(20) NOT NULL CHECK (kind IN ('bathymetry', 'orthophoto', 'dem', 'other')),
  surveyed_on date NOT NULL,
  vertical_datum text REFERENCES code_vertical_datum (code),
  source text,
  sha256 char(64) NOT NULL,
  filename text NOT NULL,
  epsg integer,
  width integer NOT NULL,
  height integer NOT NULL,
  footprint geometry(Polygon, 4326) NOT NULL,
  stac jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id)
);
CREATE UNIQUE INDEX raster_survey_id_key ON raster_survey (id);
CREATE INDEX raster_survey_footprint_gix ON raster_survey USING gist (footprint);
""")


def downgrade() -> None:
    op.execute("DROP TABLE raster_survey, sensor_alert, rejected_reading, observation, datastream")
    op.execute("DROP FUNCTION observation_partition(integer)")
