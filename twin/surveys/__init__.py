"""Raster surveys of the twin: bathymetry, orthophotos, DEMs as Cloud-Optimised GeoTIFFs."""
