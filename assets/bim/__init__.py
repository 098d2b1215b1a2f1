"""BIM/IFC models in the registry: stored files, their elements, placements and links."""
