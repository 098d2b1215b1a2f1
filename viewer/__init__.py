"""The web viewer: static pages (``static/``) served by the app at ``/``.

It holds no Python logic and talks to the public API only.
"""
