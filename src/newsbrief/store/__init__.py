from .sqlite import RunSummary, Store

__all__ = ["Store", "RunSummary"]
