"""Inspections recorded by other systems (a PLATEAU bridge's periodic inspection judgement):
kept beside our own, with their source and their own scale, outside the integrity chain and
never rolled up into our grades.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE TABLE external_inspection (
  port_id uuid NOT NULL,
  id uuid NOT NULL,
  facility_id uuid NOT NULL,
  source text NOT NULL,
  source_ref text NOT NULL,
  survey_year integer CHECK (survey_year BETWEEN 1800 AND 2200),
  surveyed_on date,
  judgement text,
  judgement_label text,
  scale text NOT NULL,
  reference_date date,
  attributes jsonb NOT NULL DEFAULT '{}',
  imported_from text NOT NULL,
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id),
  FOREIGN KEY (port_id, facility_id) REFERENCES facility (port_id, id),
  UNIQUE (port_id, facility_id, source, source_ref)
);
CREATE INDEX external_inspection_facility ON external_inspection (facility_id);
""")


def downgrade() -> None:
    op.execute("DROP TABLE external_inspection")
