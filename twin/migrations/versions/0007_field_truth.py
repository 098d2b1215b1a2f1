"""What a record must say to be acted on: inspection coverage (spans not inspected, with the
reason; complete or partial), when each finding was seen, where a photo's time came from and
how far it was taken from its facility, each port's time zone, predicted vs observed series.

Submitted records are not rewritten: the new columns are empty on them (coverage unknown,
counted as complete, as they were when submitted) and they keep hash version 1.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
ALTER TABLE inspection ADD COLUMN complete boolean;
ALTER TABLE inspection ADD COLUMN coverage jsonb;
ALTER TABLE inspection ADD COLUMN hash_version smallint NOT NULL DEFAULT 1
  CHECK (hash_version IN (1, 2));
ALTER TABLE inspection ALTER COLUMN hash_version SET DEFAULT 2;

ALTER TABLE finding ALTER COLUMN grade DROP NOT NULL;
ALTER TABLE finding ADD COLUMN not_inspected varchar(20);
ALTER TABLE finding ADD COLUMN carried_grade char(1) CHECK (carried_grade IN ('a','b','c','d'));
ALTER TABLE finding ADD COLUMN carried_from uuid;
ALTER TABLE finding ADD COLUMN observed_at timestamptz;
ALTER TABLE finding ADD CONSTRAINT finding_graded_or_excused
  CHECK ((grade IS NULL) <> (not_inspected IS NULL));

ALTER TABLE attachment ADD COLUMN taken_at_source varchar(12)
  CHECK (taken_at_source IN ('exif_offset', 'gps', 'port_zone'));
ALTER TABLE attachment ADD COLUMN distance_m double precision;

ALTER TABLE facility_condition ADD COLUMN coverage jsonb;
ALTER TABLE facility_condition ADD COLUMN worsened_by uuid;

ALTER TABLE datastream ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'observed'
  CHECK (kind IN ('observed', 'predicted'));
ALTER TABLE datastream ADD COLUMN datum text;

ALTER TABLE port ADD COLUMN time_zone text;
""")
    # Each port's zone from its country (and position, for countries of several zones). Not a
    # registry change: the history and touch triggers stay out of it.
    from geodata.timezones import zone_for

    bind = op.get_bind()
    op.execute("ALTER TABLE port DISABLE TRIGGER port_touch, DISABLE TRIGGER port_history")
    rows = bind.execute(
        sa.text(
            "SELECT id, country, ST_X(ST_Centroid(boundary)), ST_Y(ST_Centroid(boundary)) FROM port"
        )
    ).all()
    for port_id, country, lon, lat in rows:
        zone = zone_for(country or "", lon, lat) or "UTC"
        bind.execute(
            sa.text("UPDATE port SET time_zone = :zone WHERE id = :id"),
            {"zone": zone, "id": port_id},
        )
    op.execute("ALTER TABLE port ENABLE TRIGGER port_touch, ENABLE TRIGGER port_history")
    op.execute("ALTER TABLE port ALTER COLUMN time_zone SET NOT NULL")


def downgrade() -> None:
    op.execute("""
ALTER TABLE port DROP COLUMN time_zone;
ALTER TABLE datastream DROP COLUMN datum, DROP COLUMN kind;
ALTER TABLE facility_condition DROP COLUMN worsened_by, DROP COLUMN coverage;
ALTER TABLE attachment DROP COLUMN distance_m, DROP COLUMN taken_at_source;
ALTER TABLE finding DROP CONSTRAINT finding_graded_or_excused;
ALTER TABLE finding DROP COLUMN observed_at, DROP COLUMN carried_from,
  DROP COLUMN carried_grade, DROP COLUMN not_inspected;
ALTER TABLE finding ALTER COLUMN grade SET NOT NULL;
ALTER TABLE inspection DROP COLUMN hash_version, DROP COLUMN coverage, DROP COLUMN complete;
""")
