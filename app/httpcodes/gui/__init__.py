"""The Qt window: a thin layer over the Qt-free catalogue and search engine."""
