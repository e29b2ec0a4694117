"""Runners: the same pipeline on one process, several processes, or a cluster."""
