"""Yen estimates for a leak: the JNSA damage model and the practice of courts and apology money."""

from mamori.risk.compensation import CompensationEstimate
from mamori.risk.jnsa import JnsaEstimate, estimate, identifiability, sensitivity

__all__ = ["CompensationEstimate", "JnsaEstimate", "estimate", "identifiability", "sensitivity"]
