"""Where a model's GLB has its origin: models placed in projected coordinates lie millions of
metres from their engineering origin, which float32 glTF vertices cannot resolve, so their
GLB is written about a point near the elements ([x, y] in engineering metres; null: the
engineering origin itself).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE bim_model ADD COLUMN glb_origin jsonb")


def downgrade() -> None:
    op.execute("ALTER TABLE bim_model DROP COLUMN glb_origin")
