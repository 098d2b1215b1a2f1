"""The map around each port, for a basemap that works offline: land, water, coastline,
buildings and roads derived from open data (OpenStreetMap extracts), kept per port and
served as vector tiles under the facilities.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE TABLE basemap_feature (
  port_id uuid NOT NULL REFERENCES port (id),
  id uuid NOT NULL,
  layer text NOT NULL CHECK (layer IN ('land', 'water', 'coastline', 'building', 'road')),
  kind text,
  name text,
  geom geometry(Geometry, 4326) NOT NULL,
  source text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (port_id, id)
);
CREATE INDEX basemap_feature_geom ON basemap_feature USING gist (geom);
CREATE INDEX basemap_feature_source ON basemap_feature (port_id, source);
""")


def downgrade() -> None:
    op.execute("DROP TABLE basemap_feature")
