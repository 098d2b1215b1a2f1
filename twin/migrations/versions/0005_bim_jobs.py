"""Background jobs, BIM models, their elements, placements and element links.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
-- work done outside the request (a worker process), with its progress for the API and CLI
CREATE TABLE job (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  handler text NOT NULL,  -- module:function the worker runs
  port_id uuid REFERENCES port (id),
  params jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'done', 'failed')),
  stage text,
  done integer NOT NULL DEFAULT 0,
  total integer,
  message text,
  result jsonb,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  worker_pid integer,
  worker_host text
);
CREATE INDEX job_port_idx ON job (port_id, created_at);

CREATE TABLE bim_model (
  port_id uuid NOT NULL REFERENCES port (id),
  id uuid NOT NULL,
  file_sha256 char(64) NOT NULL,
  file_name text NOT NULL,
  file_size bigint NOT NULL,
  declared_schema text,
  schema text,
  -- 'ready' once the import job is done; until then the job tells queued/running/failed
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'ready')),
  job_id uuid REFERENCES job (id),
  notes jsonb NOT NULL DEFAULT '[]',
  georef jsonb,
  glb_sha256 char(64),
  element_count integer,
  options jsonb NOT NULL DEFAULT '{}',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id),
  UNIQUE (port_id, file_sha256)
);
CREATE UNIQUE INDEX bim_model_id_key ON bim_model (id);

CREATE TABLE bim_element (
  port_id uuid NOT NULL,
  model_id uuid NOT NULL,
  global_id varchar(22) NOT NULL,
  id uuid NOT NULL,  -- the element's feature id in the OGC API
  ifc_class text NOT NULL,
  predefined_type text,
  object_type text,
  name text,
  tag text,
  parent_global_id varchar(22),
  psets jsonb NOT NULL DEFAULT '{}',
  footprint_local geometry(Geometry, 0),
  footprint geometry(Geometry, 4326),
  PRIMARY KEY (port_id, model_id, global_id),
  FOREIGN KEY (port_id, model_id) REFERENCES bim_model (port_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX bim_element_id_key ON bim_element (id);
CREATE INDEX bim_element_psets_idx ON bim_element USING gin (psets jsonb_path_ops);
CREATE INDEX bim_element_footprint_idx ON bim_element USING gist (footprint);
CREATE INDEX bim_element_gid_idx ON bim_element (port_id, global_id);

-- every placement given to a model by hand, kept; the model's georef is the latest
CREATE TABLE bim_placement (
  id bigserial PRIMARY KEY,
  port_id uuid NOT NULL,
  model_id uuid NOT NULL,
  placement jsonb NOT NULL,
  actor text NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (port_id, model_id) REFERENCES bim_model (port_id, id) ON DELETE CASCADE
);

-- one decision per element: linked to a facility/component, or (manual, no target) unlinked
CREATE TABLE bim_link (
  port_id uuid NOT NULL,
  model_id uuid NOT NULL,
  global_id varchar(22) NOT NULL,
  facility_id uuid,
  component_id uuid,
  method text NOT NULL
    CHECK (method IN ('external_id', 'ledger_no', 'name', 'overlap', 'type', 'created',
                      'manual')),
  confidence real NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  detail text,
  actor text NOT NULL,
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, model_id, global_id),
  FOREIGN KEY (port_id, model_id, global_id)
    REFERENCES bim_element (port_id, model_id, global_id) ON DELETE CASCADE,
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id),
  FOREIGN KEY (port_id, component_id) REFERENCES component (port_id, id),
  CHECK (facility_id IS NOT NULL OR component_id IS NULL),
  CHECK (facility_id IS NOT NULL OR method = 'manual')
);
CREATE INDEX bim_link_facility_idx ON bim_link (port_id, facility_id);
""")


def downgrade() -> None:
    op.execute("DROP TABLE bim_link, bim_placement, bim_element, bim_model, job")
