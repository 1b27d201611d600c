"""One window per user and display: a second ``httpcodes`` hands its request to the running
window over a Unix socket and exits, without importing Qt. Nothing here imports Qt; the
window's side of the socket is ``httpcodes.gui.single_instance``.

Where: ``$XDG_RUNTIME_DIR/httpcodes/<display>.sock``, or ``<state folder>/run/<display>.sock``
when ``XDG_RUNTIME_DIR`` is unset (``HTTPCODES_RUNTIME_DIR`` overrides both). ``<display>``
names the display, as ``wayland-0`` or ``x11-0``, so that windows on two displays of one user
stay apart. The folder must be a real folder (not a symbolic link) owned by the user with no
access for anyone else, and the socket a socket owned by the user: both are checked with
``lstat`` on every use, by both sides. The window holds ``<display>.lock`` (``flock``) for as
long as it serves the socket, so a socket whose lock is free was left by a crash and is
replaced; a window that finds the lock taken (``--new-window``) waits on it and takes the
socket over when the serving window goes. An ``httpcodes`` that finds no window listening
holds ``<display>.starting`` from then until its own window listens: another started
meanwhile (a double click on the launcher) waits for that lock, at most ``STARTING_WAIT``
seconds, and then hands over to the new window.

The message (protocol version 1): one line of JSON, UTF-8, at most ``MAX_REQUEST_BYTES``
bytes with its newline::

    {"v": 1, "action": "show", "args": ["503"], "activation_token": "..."}

- ``action``: ``show`` (``args``: a code or words, as ``httpcodes gui`` takes them; none just
  raises the window), ``search`` (``args``: the words of a search), ``summon`` (no ``args``:
  raise with the search box focused and selected, or hide the window if it is the active one)
  or ``view`` (``args``: a view's name, then its arguments).
- ``activation_token``: the ``XDG_ACTIVATION_TOKEN`` or ``DESKTOP_STARTUP_ID`` the second
  process was started with (or ``""``), at most ``MAX_TOKEN_CHARS`` printable ASCII characters.

The window answers one line, ``ok`` or ``error <reason>``, and closes the connection. The
second process waits at most ``CLIENT_TIMEOUT`` seconds in all, then opens a window of its own.
"""
