"""dmtracker: a private desktop diary for adults with dermatomyositis."""

__version__ = "0.1.0"
APP_ID = "org.dmtracker.DMTracker"
APP_NAME = "dmtracker"
