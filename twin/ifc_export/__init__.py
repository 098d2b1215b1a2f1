"""IFC 4.3 export of a facility with its condition (service) and its download route."""
