"""The ``httpcodes`` terminal command. Never imports Qt unless the window is asked for."""
