"""Where data lives: enumerate items and stream their text with locations.

Knows nothing of what is personal.
"""
