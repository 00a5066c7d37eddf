"""Actors: entities resolved to country and sector."""
