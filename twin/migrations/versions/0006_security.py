"""Tokens that can be named, listed and revoked; race-free partitions of readings created on
behalf of the least-privileged app role; registry history written by its trigger alone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
ALTER TABLE api_token ADD COLUMN label text;
ALTER TABLE api_token ADD COLUMN revoked_at timestamptz;

-- A year's partition of readings, created at most once however many writers ask at the same
-- moment (the advisory lock makes the second wait and then find the table), and created as
-- the schema's owner (SECURITY DEFINER), so the app's role needs no right to create tables.
CREATE OR REPLACE FUNCTION observation_partition(year integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  name text := format('observation_y%s', year);
BEGIN
  IF year < 1800 OR year > 2200 THEN
    RAISE EXCEPTION 'no partition for year %: readings are dated 1800-2200', year
      USING ERRCODE = '22008';
  END IF;
  IF to_regclass(name) IS NOT NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('porttwin.observation_partition'), year);
  -- a query on pg_class, not to_regclass: it sees what the writer before us committed
  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = name
                 AND relnamespace = 'public'::regnamespace) THEN
    BEGIN
      EXECUTE format('CREATE TABLE %I PARTITION OF observation FOR VALUES FROM (%L) TO (%L)',
                     name, make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC'),
                     make_timestamptz(year + 1, 1, 1, 0, 0, 0, 'UTC'));
    EXCEPTION WHEN duplicate_table THEN
      NULL;  -- made meanwhile by a writer that did not take the lock (an older release)
    END;
  END IF;
END $$;
REVOKE ALL ON FUNCTION observation_partition(integer) FROM PUBLIC;

-- Registry history is written only by its trigger, which runs as the schema's owner: the
-- app's role may read history, never write or change it.
ALTER FUNCTION registry_record_history() SECURITY DEFINER SET search_path = public, pg_temp;
""")
    # the app's role is granted EXECUTE by `porttwin migrate` (twin.migrate.grant_app_role)


def downgrade() -> None:
    op.execute("""
ALTER FUNCTION registry_record_history() SECURITY INVOKER RESET search_path;
CREATE OR REPLACE FUNCTION observation_partition(year integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  name text := format('observation_y%s', year);
BEGIN
  IF to_regclass(name) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF observation FOR VALUES FROM (%L) TO (%L)',
                   name, make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC'),
                   make_timestamptz(year + 1, 1, 1, 0, 0, 0, 'UTC'));
  END IF;
END $$;
GRANT EXECUTE ON FUNCTION observation_partition(integer) TO PUBLIC;
ALTER TABLE api_token DROP COLUMN revoked_at;
ALTER TABLE api_token DROP COLUMN label;
""")
