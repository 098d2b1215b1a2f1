"""The twin state of a facility (or a port) at a point in time: the registry version valid
then, the grade and last inspection before it, the next due inspections, each sensor's latest
reading and active alerts, the newest survey covering it with its depth check, its BIM
models. Without ``at``, now. This is what the viewer's panel and time slider read."""
