"""Small text utilities shared by the textstats programs."""
