from .sqlite import Closing, RunSummary, Store, as_store_error

__all__ = ["Closing", "Store", "RunSummary", "as_store_error"]
