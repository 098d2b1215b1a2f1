"""Which deterioration model a component type uses: the one a scenario names, else the port's
latest fitted Markov model, else the project's defaults (flagged in every output)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kernel.errors import Invalid
from twin.planning.deterioration import transition
from twin.planning.lcc import DATA
from twin.planning.models import DeteriorationModel


@lru_cache
def defaults() -> dict[str, Any]:
    return dict(yaml.safe_load((DATA / "defaults.yaml").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class ModelChoice:
    theta: tuple[float, ...]
    shape: float
    source: str  # "fitted v3 (212 pairs)", "published: …" or "default"
    is_default: bool
    method: str = "markov"
    model_id: str | None = None

    def matrix(self, age: float = 0.0) -> np.ndarray:
        """The yearly transition matrix at ``age`` (any age for a Markov model)."""
        return _matrix(self.theta, self.shape, round(age) if self.shape != 1.0 else 0)

    def matrices(self, age: float, years: int) -> np.ndarray:
        """(years, 4, 4) yearly matrices from ``age`` on."""
        return np.stack([self.matrix(age + t) for t in range(years)])

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "method": self.method,
            "theta": list(self.theta),
            "shape": self.shape,
            "is_default": self.is_default,
            "model_id": self.model_id,
        }


@lru_cache(maxsize=4096)
def _matrix(theta: tuple[float, ...], shape: float, age: int) -> np.ndarray:
    return transition(np.asarray(theta), 1.0, shape, float(age))


def _from_row(row: DeteriorationModel) -> ModelChoice:
    shape = float(row.params.get("shape") or 1.0)
    label = row.source if row.source.startswith("published") else "fitted"
    return ModelChoice(
        tuple(row.params["theta"]),
        shape,
        f"{label} {row.method} v{row.version} ({row.n_pairs} pairs)",
        False,
        row.method,
        str(row.id),
    )


def model_for(
    session: Session,
    port_id: uuid.UUID,
    component_type: str,
    chosen: uuid.UUID | None = None,
) -> ModelChoice:
    if chosen is not None:
        row = session.scalar(
            select(DeteriorationModel).where(
                DeteriorationModel.port_id == port_id, DeteriorationModel.id == chosen
            )
        )
        if row is None:
            raise Invalid(
                f"no deterioration model {chosen} in this port", field=f"models.{component_type}"
            )
        return _from_row(row)
    row = session.scalar(
        select(DeteriorationModel)
        .where(
            DeteriorationModel.port_id == port_id,
            DeteriorationModel.component_type == component_type,
            DeteriorationModel.method == "markov",
            ~DeteriorationModel.source.startswith("published"),
        )
        .order_by(DeteriorationModel.version.desc())
        .limit(1)
    )
    if row is not None:
        return _from_row(row)
    table = defaults()
    theta = table["by_component_type"].get(component_type, table["default"])["theta"]
    return ModelChoice(tuple(theta), 1.0, "default", True)


def next_version(session: Session, port_id: uuid.UUID, component_type: str) -> int:
    """The version a new fit (of either method) of the component type gets in the port."""
    latest = session.scalar(
        select(func.max(DeteriorationModel.version)).where(
            DeteriorationModel.port_id == port_id,
            DeteriorationModel.component_type == component_type,
        )
    )
    return (latest or 0) + 1
