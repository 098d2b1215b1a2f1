"""Sensors and readings: SensorThings-shaped datastreams bound to facilities, components and
IFC elements; append-only readings in a time-partitioned table; alerts; MQTT and bulk
ingest; a read-only SensorThings API."""
