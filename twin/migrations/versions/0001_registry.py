"""Registry: code lists, authorities, ports, facilities, components, history, users, tokens.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from alembic import op

from assets.codelists import read_codelists, sync_codelists, table_name

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

VERSIONED = "version integer NOT NULL DEFAULT 1, created_at timestamptz NOT NULL DEFAULT now(), "
VERSIONED += "updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz"

HISTORY_FUNCTIONS = """
CREATE FUNCTION registry_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  RETURN NEW;
END $$;

-- Copies every new version of a registry row into registry_history and closes the previous one,
-- so the registry can be read "as of" any time. The actor is whoever the app named with
-- set_config('porttwin.actor', ...) in the transaction, else the database user.
CREATE FUNCTION registry_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ts timestamptz := clock_timestamp();
  row_json jsonb := to_jsonb(NEW);
  change text := lower(TG_OP);
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN
    change := 'delete';
  END IF;
  UPDATE registry_history SET valid_to = ts
   WHERE entity = TG_TABLE_NAME AND entity_id = NEW.id AND valid_to IS NULL;
  INSERT INTO registry_history (port_id, entity, entity_id, version, op, valid_from, actor, data)
  VALUES (
    CASE WHEN TG_TABLE_NAME = 'port' THEN NEW.id ELSE (row_json ->> 'port_id')::uuid END,
    TG_TABLE_NAME, NEW.id, NEW.version, change, ts,
    coalesce(nullif(current_setting('porttwin.actor', true), ''), session_user),
    row_json);
  RETURN NEW;
END $$;
"""

TABLES = f"""
CREATE TABLE authority (
  id uuid PRIMARY KEY,
  code varchar(40) NOT NULL UNIQUE,
  name_ja text, name_en text,
  country char(2) NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{{}}',
  {VERSIONED},
  CHECK (name_ja IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE port (
  id uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authority (id),
  code varchar(20) NOT NULL UNIQUE,
  unlocode char(5),
  jp_port_code varchar(10),
  name_ja text, name_en text,
  port_class text REFERENCES code_port_class (code),
  country char(2) NOT NULL,
  metric_epsg integer NOT NULL,
  boundary geometry(MultiPolygon, 4326),
  attributes jsonb NOT NULL DEFAULT '{{}}',
  {VERSIONED},
  CHECK (name_ja IS NOT NULL OR name_en IS NOT NULL),
  CHECK (boundary IS NULL OR ST_IsValid(boundary))
);
CREATE INDEX port_boundary_gix ON port USING gist (boundary);

CREATE TABLE port_datum (
  port_id uuid NOT NULL REFERENCES port (id),
  datum text NOT NULL REFERENCES code_vertical_datum (code),
  valid_from date NOT NULL,
  valid_to date,
  reference text NOT NULL REFERENCES code_vertical_datum (code),
  offset_m double precision NOT NULL,
  source text,
  PRIMARY KEY (port_id, datum, valid_from),
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE facility (
  port_id uuid NOT NULL REFERENCES port (id),
  id uuid NOT NULL,
  ledger_no varchar(60),
  name_ja text, name_en text,
  category text NOT NULL REFERENCES code_facility_category (code),
  kind text NOT NULL REFERENCES code_facility_kind (code),
  structure_type text REFERENCES code_structure_type (code),
  status text NOT NULL DEFAULT 'in_service' REFERENCES code_facility_status (code),
  geom geometry(Geometry, 4326) NOT NULL,
  length_m double precision CHECK (length_m >= 0),
  width_m double precision CHECK (width_m >= 0),
  design_depth_m double precision,
  design_depth_datum text REFERENCES code_vertical_datum (code),
  crown_height_m double precision,
  crown_height_datum text REFERENCES code_vertical_datum (code),
  design_vessel text,
  construction_year integer CHECK (construction_year BETWEEN 1600 AND 2200),
  design_life_years integer CHECK (design_life_years > 0),
  owner text, manager text,
  important boolean NOT NULL DEFAULT false,
  attributes jsonb NOT NULL DEFAULT '{{}}',
  synthetic jsonb NOT NULL DEFAULT '[]',
  {VERSIONED},
  PRIMARY KEY (port_id, id),
  CHECK (ST_IsValid(geom)),
  CHECK ((design_depth_m IS NULL) = (design_depth_datum IS NULL)),
  CHECK ((crown_height_m IS NULL) = (crown_height_datum IS NULL))
);
CREATE UNIQUE INDEX facility_id_key ON facility (id);
CREATE UNIQUE INDEX facility_ledger_no_key ON facility (port_id, ledger_no)
  WHERE deleted_at IS NULL AND ledger_no IS NOT NULL;
CREATE INDEX facility_geom_gix ON facility USING gist (geom);
CREATE INDEX facility_kind_idx ON facility (port_id, kind);

CREATE TABLE component (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  facility_id uuid NOT NULL,
  component_type text NOT NULL REFERENCES code_component_type (code),
  name text,
  span varchar(40),
  chainage_from_m double precision,
  chainage_to_m double precision,
  exposure text REFERENCES code_exposure (code),
  geom geometry(Geometry, 4326),
  attributes jsonb NOT NULL DEFAULT '{{}}',
  synthetic jsonb NOT NULL DEFAULT '[]',
  {VERSIONED},
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id),
  CHECK (geom IS NULL OR ST_IsValid(geom)),
  CHECK (chainage_to_m IS NULL OR chainage_from_m IS NULL OR chainage_to_m >= chainage_from_m)
);
CREATE UNIQUE INDEX component_id_key ON component (id);
CREATE INDEX component_facility_idx ON component (port_id, facility_id);
CREATE INDEX component_geom_gix ON component USING gist (geom);

CREATE TABLE facility_external_id (
  port_id uuid NOT NULL,
  source varchar(40) NOT NULL,
  ext_id varchar(200) NOT NULL,
  facility_id uuid NOT NULL,
  PRIMARY KEY (port_id, source, ext_id),
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id)
);

CREATE TABLE registry_history (
  hist_id bigserial PRIMARY KEY,
  port_id uuid,
  entity varchar(40) NOT NULL,
  entity_id uuid NOT NULL,
  version integer NOT NULL,
  op varchar(10) NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_to timestamptz,
  actor text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX registry_history_entity_idx ON registry_history (entity, entity_id, valid_from);
CREATE INDEX registry_history_port_idx ON registry_history (entity, port_id, valid_from);

CREATE TABLE app_user (
  id uuid PRIMARY KEY,
  name varchar(120) NOT NULL UNIQUE,
  role varchar(20) NOT NULL CHECK (role IN ('admin','engineer','inspector','planner','viewer')),
  all_ports boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE app_user_port (
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  port_id uuid NOT NULL REFERENCES port (id),
  PRIMARY KEY (user_id, port_id)
);
CREATE TABLE api_token (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  token_sha256 char(64) NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
"""

TRACKED = ("authority", "port", "facility", "component")


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    sync_codelists(op.get_bind())
    op.execute(HISTORY_FUNCTIONS)
    op.execute(TABLES)
    for table in TRACKED:
        op.execute(
            f"CREATE TRIGGER {table}_touch BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION registry_touch()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_history AFTER INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION registry_record_history()"
        )


def downgrade() -> None:
    op.execute(
        "DROP TABLE api_token, app_user_port, app_user, registry_history, facility_external_id, "
        "component, facility, port_datum, port, authority"
    )
    op.execute("DROP FUNCTION registry_record_history(), registry_touch()")
    for name in read_codelists():
        op.execute(f"DROP TABLE {table_name(name)}")
