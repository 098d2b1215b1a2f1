"""Planning: versioned deterioration models and saved scenario runs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE TABLE deterioration_model (
  id uuid PRIMARY KEY,
  port_id uuid REFERENCES port (id),
  component_type text NOT NULL REFERENCES code_component_type (code),
  exposure text,
  method varchar(10) NOT NULL CHECK (method IN ('markov', 'weibull')),
  version integer NOT NULL,
  params jsonb NOT NULL,
  n_pairs integer NOT NULL,
  source text NOT NULL,
  report jsonb NOT NULL DEFAULT '{}',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (port_id, component_type, exposure, method, version)
);
CREATE TABLE plan_scenario (
  port_id uuid NOT NULL REFERENCES port (id),
  id uuid NOT NULL,
  kind varchar(10) NOT NULL CHECK (kind IN ('lcc', 'budget')),
  name text,
  inputs jsonb NOT NULL,
  result jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id)
);
CREATE UNIQUE INDEX plan_scenario_id_key ON plan_scenario (id);
""")


def downgrade() -> None:
    op.execute("DROP TABLE plan_scenario, deterioration_model")
