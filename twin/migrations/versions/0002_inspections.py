"""Inspections: events, inspections, findings, attachments, overrides, facility condition.

Submitted records are immutable: a trigger refuses any change to a submitted or approved
inspection (except its approval) and to the findings and attachments of one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = """
CREATE TABLE inspection_event (
  id uuid PRIMARY KEY,
  kind varchar(20) NOT NULL CHECK (kind IN ('earthquake','tsunami','typhoon','collision','other')),
  name text NOT NULL,
  occurred_at timestamptz NOT NULL,
  area geometry(Geometry, 4326) NOT NULL,
  epicentre geometry(Point, 4326),
  radius_km double precision,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_event_area_gix ON inspection_event USING gist (area);

CREATE TABLE inspection (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  facility_id uuid NOT NULL,
  inspection_type varchar(30) NOT NULL CHECK (inspection_type IN
    ('initial','routine','general_periodic','detailed_periodic','extraordinary')),
  status varchar(12) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','approved')),
  started_on date NOT NULL,
  ended_on date,
  inspectors jsonb NOT NULL DEFAULT '[]',
  organisation text,
  methods jsonb NOT NULL DEFAULT '[]',
  conditions jsonb NOT NULL DEFAULT '{}',
  catalog_id varchar(40),
  event_id uuid REFERENCES inspection_event (id),
  package_id uuid,
  revises_id uuid,
  remarks text,
  computed_grade char(1) CHECK (computed_grade IN ('A','B','C','D')),
  synthetic boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  submitted_by text,
  submitted_at timestamptz,
  approved_by text,
  approved_at timestamptz,
  chain_seq integer,
  prev_hash char(64),
  record_hash char(64),
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id),
  FOREIGN KEY (port_id, revises_id) REFERENCES inspection (port_id, id),
  CHECK (ended_on IS NULL OR ended_on >= started_on),
  CHECK (status = 'draft' OR (record_hash IS NOT NULL AND submitted_at IS NOT NULL))
);
CREATE UNIQUE INDEX inspection_id_key ON inspection (id);
CREATE INDEX inspection_facility_idx ON inspection (port_id, facility_id, started_on);
CREATE UNIQUE INDEX inspection_chain_key ON inspection (port_id, facility_id, chain_seq)
  WHERE chain_seq IS NOT NULL;
CREATE UNIQUE INDEX inspection_package_key ON inspection (port_id, facility_id, package_id)
  WHERE package_id IS NOT NULL;
CREATE UNIQUE INDEX inspection_event_key ON inspection (port_id, facility_id, event_id)
  WHERE event_id IS NOT NULL;

CREATE TABLE finding (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  component_id uuid,
  component_type text NOT NULL REFERENCES code_component_type (code),
  span varchar(40) NOT NULL DEFAULT '-',
  item_code varchar(60) NOT NULL,
  item_class varchar(3) NOT NULL CHECK (item_class IN ('I','II','III')),
  grade char(1) NOT NULL CHECK (grade IN ('a','b','c','d')),
  measurements jsonb NOT NULL DEFAULT '{}',
  location geometry(Point, 4326),
  chainage_m double precision,
  remarks text,
  observed_on date,
  external_key varchar(80),
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, inspection_id) REFERENCES inspection (port_id, id),
  FOREIGN KEY (port_id, component_id) REFERENCES component (port_id, id)
);
CREATE INDEX finding_inspection_idx ON finding (port_id, inspection_id);
CREATE INDEX finding_location_gix ON finding USING gist (location);
CREATE UNIQUE INDEX finding_external_key ON finding (port_id, inspection_id, external_key)
  WHERE external_key IS NOT NULL;

CREATE TABLE attachment (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  finding_id uuid,
  sha256 char(64) NOT NULL,
  filename text NOT NULL,
  media_type text NOT NULL,
  size_bytes bigint NOT NULL,
  width integer,
  height integer,
  taken_at timestamptz,
  location geometry(Point, 4326),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, inspection_id) REFERENCES inspection (port_id, id),
  FOREIGN KEY (port_id, finding_id) REFERENCES finding (port_id, id)
);
CREATE UNIQUE INDEX attachment_content_key ON attachment (port_id, inspection_id, sha256);

CREATE TABLE grade_override (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  grade char(1) NOT NULL CHECK (grade IN ('A','B','C','D')),
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, inspection_id) REFERENCES inspection (port_id, id)
);

CREATE TABLE facility_condition (
  port_id uuid NOT NULL,
  facility_id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  inspection_type varchar(30) NOT NULL,
  inspected_on date NOT NULL,
  computed_grade char(1),
  final_grade char(1),
  override_reason text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, facility_id),
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id),
  FOREIGN KEY (port_id, inspection_id) REFERENCES inspection (port_id, id)
);
"""

GUARD = """
CREATE FUNCTION inspection_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  approval_only boolean;
BEGIN
  IF OLD.status = 'draft' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    approval_only := OLD.status = 'submitted' AND NEW.status = 'approved'
      AND (to_jsonb(NEW) - 'status' - 'approved_by' - 'approved_at')
        = (to_jsonb(OLD) - 'status' - 'approved_by' - 'approved_at');
    IF approval_only THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'inspection % is %: submitted records cannot change; make a revision',
    OLD.id, OLD.status USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE FUNCTION inspection_child_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_status text;
  row_json jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
  SELECT status INTO parent_status FROM inspection
   WHERE port_id = (row_json ->> 'port_id')::uuid AND id = (row_json ->> 'inspection_id')::uuid;
  IF TG_OP <> 'INSERT' AND parent_status = 'draft' THEN
    SELECT status INTO parent_status FROM inspection
     WHERE port_id = OLD.port_id AND id = OLD.inspection_id;
  END IF;
  IF parent_status IS DISTINCT FROM 'draft' THEN
    RAISE EXCEPTION '% of a % inspection cannot change; make a revision', TG_TABLE_NAME,
      coalesce(parent_status, 'missing') USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER inspection_immutable BEFORE UPDATE OR DELETE ON inspection
  FOR EACH ROW EXECUTE FUNCTION inspection_guard();
CREATE TRIGGER finding_immutable BEFORE INSERT OR UPDATE OR DELETE ON finding
  FOR EACH ROW EXECUTE FUNCTION inspection_child_guard();
CREATE TRIGGER attachment_immutable BEFORE INSERT OR UPDATE OR DELETE ON attachment
  FOR EACH ROW EXECUTE FUNCTION inspection_child_guard();
"""


def upgrade() -> None:
    op.execute(TABLES)
    op.execute(GUARD)


def downgrade() -> None:
    op.execute(
        "DROP TABLE facility_condition, grade_override, attachment, finding, inspection, "
        "inspection_event"
    )
    op.execute("DROP FUNCTION inspection_child_guard(), inspection_guard()")
