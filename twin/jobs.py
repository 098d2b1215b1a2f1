"""Every kind of background job the app runs: importing a module registers its handlers
(kernel.jobs.job_handler). The worker process and the app import this one module."""

from __future__ import annotations

import assets.bim.importing
import assets.importers.files  # noqa: F401 (import.vector, import.osm, import.plateau)
import inspections.packages  # noqa: F401 (field-package)
import twin.surveys.service  # noqa: F401 (survey)
