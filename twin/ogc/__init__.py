"""OGC API Features (Parts 1–3) and Tiles over the twin's collections."""
