"""Fixtures for the tests that run the real window on a real X server (marker ``xvfb``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from tests.e2e.xvfb import RunningApp, XServer, missing_tools


@pytest.fixture(scope="session")
def x_server() -> Iterator[XServer]:
    """One Xvfb for the session's xvfb tests; skipped, saying why, where it cannot run."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: xvfb xdotool x11-utils)")
    server = XServer()
    yield server
    server.stop()


@pytest.fixture
def start_app(x_server: XServer) -> Iterator[Callable[..., RunningApp]]:
    """Starts ``httpcodes ARGS`` on the X server with the test's own folders (see
    tests/conftest.py); every app started is stopped at the end of the test."""
    started: list[RunningApp] = []

    def start(*args: str) -> RunningApp:
        app = RunningApp(x_server, os.environ, *args)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()
