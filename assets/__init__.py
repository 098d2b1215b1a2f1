"""The registry: authorities, ports, facilities, components, code lists and their history."""
