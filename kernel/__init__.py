"""The small kernel every domain needs: settings, database, auth and errors.

Nothing here imports a domain package; domains import from here.
"""
