"""Users, roles, port scopes and API tokens."""
