"""The desktop window: thin Qt adapters over ``viewer.core``."""
