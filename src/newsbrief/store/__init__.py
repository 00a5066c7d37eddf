from .sqlite import RunSummary, Store, as_store_error

__all__ = ["Store", "RunSummary", "as_store_error"]
