"""The socket and its folder: where they are, that they are the user's alone, that a stale
socket is replaced, and what the second process does when the window does not answer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from httpcodes.instance import client
from httpcodes.instance.location import (
    UnsafeLocationError,
    check_private_folder,
    display_key,
    socket_folder,
    socket_path,
)
from httpcodes.instance.protocol import OK
from httpcodes.instance.server import Listener, Request, RequestReader, claim_socket
from tests.instance.sockets import accept_blocking

running_as_root = os.getuid() == 0


@pytest.mark.parametrize(
    ("environ", "key"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland-0"),
        ({"WAYLAND_DISPLAY": "/run/user/1000/wayland-1"}, "wayland-1"),
        ({"DISPLAY": ":0"}, "x11-0"),
        ({"DISPLAY": ":0.1"}, "x11-0"),
        ({"DISPLAY": "localhost:10.0"}, "x11-localhost-10"),
        ({"DISPLAY": "../../etc/passwd:0"}, "x11-_.._etc_passwd-0"),
        ({}, "nodisplay"),
    ],
)
def test_each_display_has_its_own_socket(environ: dict[str, str], key: str) -> None:
    assert display_key(environ) == key
    assert "/" not in display_key(environ)


def test_the_folder_is_in_the_runtime_folder_or_else_the_state_folder(tmp_path: Path) -> None:
    assert socket_folder({"XDG_RUNTIME_DIR": "/run/user/7"}) == "/run/user/7/httpcodes"
    state = {"HTTPCODES_STATE_DIR": str(tmp_path / "state")}
    assert socket_folder(state) == str(tmp_path / "state" / "run")
    assert socket_folder({**state, "XDG_RUNTIME_DIR": "relative/path"}) == str(
        tmp_path / "state" / "run"
    )
    assert socket_path({"HTTPCODES_RUNTIME_DIR": "/x", "DISPLAY": ":1"}) == "/x/x11-1.sock"


@pytest.fixture
def listener() -> Iterator[Listener]:
    claimed = claim_socket()
    assert claimed is not None
    yield claimed
    claimed.close()


def test_the_folder_and_socket_are_made_private(listener: Listener) -> None:
    folder = os.path.dirname(listener.path)
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert os.stat(listener.path).st_mode & 0o077 == 0
    check_private_folder(folder)


def test_a_second_window_does_not_take_the_socket(listener: Listener) -> None:
    assert claim_socket() is None
    assert os.path.exists(listener.path)


def test_closing_removes_the_socket_and_frees_it(listener: Listener) -> None:
    listener.close()
    assert not os.path.exists(listener.path)
    again = claim_socket()
    assert again is not None
    again.close()


def test_a_socket_left_by_a_crash_is_replaced() -> None:
    path = socket_path()
    crashed = (
        "import os, socket, sys\n"
        "from httpcodes.instance.server import claim_socket\n"
        "claimed = claim_socket()\n"
        "print(claimed.path, flush=True)\n"
        "os._exit(9)  # no clean-up, as in a crash\n"
    )
    done = subprocess.run([sys.executable, "-c", crashed], capture_output=True, text=True)
    assert done.stdout.strip() == path
    assert os.path.exists(path)  # left behind
    assert client.hand_over("show", ["503"]) is False  # refused: no window, no message
    replaced = claim_socket()
    assert replaced is not None
    replaced.close()


@pytest.mark.parametrize("kind", ["symlink", "open", "file"])
def test_an_unsafe_folder_is_never_used(tmp_path: Path, kind: str) -> None:
    folder = Path(socket_folder())
    if kind == "symlink":
        real = tmp_path / "elsewhere"
        real.mkdir(mode=0o700)
        folder.symlink_to(real)
    elif kind == "open":
        folder.mkdir()
        folder.chmod(0o777)
    else:
        folder.write_text("not a folder")
    with pytest.raises(UnsafeLocationError):
        claim_socket()
    with pytest.raises(UnsafeLocationError):
        check_private_folder(str(folder))


@pytest.mark.skipif(not running_as_root, reason="only root can give a folder to another user")
def test_a_folder_of_another_user_is_never_used() -> None:
    folder = Path(socket_folder())
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    with pytest.raises(UnsafeLocationError, match="another user"):
        claim_socket()


def test_a_file_that_is_not_a_socket_is_never_replaced() -> None:
    path = Path(socket_path())
    path.parent.mkdir(mode=0o700)
    path.write_text("someone's file")
    with pytest.raises(UnsafeLocationError, match="not a socket"):
        claim_socket()
    assert path.read_text() == "someone's file"


def test_the_client_never_connects_through_an_unsafe_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = Path(socket_folder())
    folder.mkdir(mode=0o755)
    assert client.hand_over("show", []) is False
    assert "open to other users" in capsys.readouterr().err


def serve_once(listener: Listener, reply: bytes | None, got: list[Request]) -> threading.Thread:
    """Answer one client with ``reply`` (or never, for None) in a thread."""

    def run() -> None:
        connection = accept_blocking(listener)
        reader = RequestReader()
        with connection:
            request = None
            while request is None:
                request = reader.feed(connection.recv(4096))
            got.append(request)
            if reply is None:
                connection.recv(1)  # until the client gives up and closes
            else:
                connection.sendall(reply)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_the_client_hands_over_with_the_activation_token(
    listener: Listener, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "token-42")
    got: list[Request] = []
    thread = serve_once(listener, OK, got)
    assert client.hand_over("show", ["503"]) is True
    thread.join()
    assert got == [Request("show", ("503",), "token-42")]
    assert capsys.readouterr().err == ""


def test_a_startup_id_serves_when_there_is_no_activation_token(
    listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    monkeypatch.setenv("DESKTOP_STARTUP_ID", "launcher-7_TIME1")
    got: list[Request] = []
    thread = serve_once(listener, OK, got)
    assert client.hand_over("summon", []) is True
    thread.join()
    assert got[0].activation_token == "launcher-7_TIME1"


def test_a_window_that_does_not_answer_is_given_up_with_one_line(
    listener: Listener, capsys: pytest.CaptureFixture[str]
) -> None:
    got: list[Request] = []
    thread = serve_once(listener, None, got)
    assert client.hand_over("show", ["503"], timeout=0.2) is False
    thread.join()
    assert capsys.readouterr().err == (
        "httpcodes: the running window did not answer within a second; opening a new one\n"
    )


def test_a_refusal_is_reported_in_one_line(
    listener: Listener, capsys: pytest.CaptureFixture[str]
) -> None:
    got: list[Request] = []
    thread = serve_once(listener, b"error busy\n", got)
    assert client.hand_over("show", ["503"]) is False
    thread.join()
    assert capsys.readouterr().err == (
        "httpcodes: the running window refused the request (error busy); opening a new one\n"
    )


def test_no_window_means_no_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert client.hand_over("show", ["503"]) is False
    assert capsys.readouterr().err == ""


def test_a_peer_of_this_user_is_recognised(listener: Listener) -> None:
    from httpcodes.instance.server import peer_is_this_user

    outside = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    outside.connect(listener.path)
    inside = accept_blocking(listener)
    with inside, outside:
        assert peer_is_this_user(inside)
