"""The version of reconcile, below every module that states it (the package, the cache, the
user agent of the fetcher)."""

__version__ = "0.1.0"
