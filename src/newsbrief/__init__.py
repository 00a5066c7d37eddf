"""newsbrief: news in, sourced and dated records of who did what to whom out."""

__version__ = "0.1.0"

__all__ = ["__version__"]
