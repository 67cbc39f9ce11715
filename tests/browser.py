"""A real headless Chromium driven over the DevTools protocol, for the browser tests.

The protocol runs over a pipe (`--remote-debugging-pipe`: commands in on fd 3, replies
out on fd 4, each a JSON message ended by a NUL byte), so no port, no network and no
extra package is needed. Locally the tests skip when Chromium is missing; in CI (CI set)
they fail, so a broken browser set-up never passes silently.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
#: Flags for a quiet, offline, throw-away browser.
QUIET_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # Containers often have a tiny /dev/shm; Chromium then crashes on big pages.
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def browser() -> str:
    """The Chromium binary; fail in CI, skip locally, when there is none."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    reason = "headless Chromium not found (install it with `make chromium`)"
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"{reason}; CI must run the browser tests")
    pytest.skip(reason)


#: Seconds of silence from Chromium after which a call gives up (a guard, not a measure).
SILENCE_LIMIT = 120


class BrowserError(AssertionError):
    """The browser answered a command with an error, or a page script threw."""


class Page:
    """One tab of a headless Chromium, driven over the DevTools protocol."""

    def __init__(self, width: int = 1000, height: int = 800) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="quizgen-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire_pipes() -> None:  # in the child: the protocol wants fds 3 and 4
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self._process = subprocess.Popen(
            [
                browser(),
                *QUIET_FLAGS,
                "--remote-debugging-pipe",
                f"--window-size={width},{height}",
                f"--user-data-dir={self._profile.name}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes,
            close_fds=False,
            # Its own process group: signals the browser sends its group never reach pytest.
            start_new_session=True,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        #: Events not yet waited for, and every event since the page was opened.
        self.events: list[dict[str, Any]] = []
        self.seen: list[dict[str, Any]] = []
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session = attached["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")

    def _send(self, message: dict[str, Any]) -> None:
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            # A browser that stops answering fails the test instead of hanging the suite.
            ready, _, _ = select.select([self._from_browser], [], [], SILENCE_LIMIT)
            if not ready:
                raise BrowserError(f"Chromium sent nothing for {SILENCE_LIMIT} s")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def _call(self, method: str, params: dict[str, Any] | None = None, **route: str) -> Any:
        self._next_id += 1
        self._send({"id": self._next_id, "method": method, "params": params or {}, **route})
        while True:
            message = self._receive()
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._event(message)

    def _event(self, message: dict[str, Any]) -> None:
        self.events.append(message)
        self.seen.append(message)

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        """One protocol command on this tab; its result."""
        return self._call(method, params, sessionId=self._session)

    def wait_for(self, event: str) -> dict[str, Any]:
        """The first `event` not seen yet (waits for it; the browser sends it in order)."""
        while True:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: index + 1]
                    return message.get("params", {})
            self._event(self._receive())

    def open(self, path: Path) -> None:
        """Load a local file and wait until it has loaded."""
        self.events.clear()
        self.seen.clear()
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_for("Page.loadEventFired")

    def run(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (exceptions fail the test)."""
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def press(self, key: str) -> None:
        """A real key press (down and up) sent to the focused element, as a keyboard does:
        "Enter", "Tab", " " (space), "ArrowDown"."""
        code, key_code, text = KEYS[key]
        params = {"key": key, "code": code, "windowsVirtualKeyCode": key_code}
        down = {"type": "keyDown", **params, **({"text": text} if text else {})}
        self.call("Input.dispatchKeyEvent", down)
        self.call("Input.dispatchKeyEvent", {"type": "keyUp", **params})

    def requests(self) -> list[str]:
        """The URL of every request the page made since it was opened (Network.enable first)."""
        return [
            e["params"]["request"]["url"]
            for e in self.seen
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def close(self) -> None:
        """Quit the browser and remove its profile."""
        try:
            self._call("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()


#: The keys tests press: key -> (code, Windows key code, text it types).
KEYS = {
    "Enter": ("Enter", 13, "\r"),
    "Tab": ("Tab", 9, ""),
    " ": ("Space", 32, " "),
    "ArrowDown": ("ArrowDown", 40, ""),
}


def print_pdf(html: Path, tmp: Path, *, browser_headers: bool = False) -> PdfReader:
    """Print `html` with headless Chromium (fresh profile, no network) and read the PDF;
    with `browser_headers`, as a teacher's print dialog does (date, title, URL on)."""
    pdf = html.with_suffix(".pdf")
    profile = tmp / f"profile-{html.stem}"
    command = [
        browser(),
        *QUIET_FLAGS,
        f"--user-data-dir={profile}",
        *([] if browser_headers else ["--no-pdf-header-footer"]),
        f"--print-to-pdf={pdf}",
        html.resolve().as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and pdf.exists(), f"chromium failed:\n{done.stderr[-2000:]}"
    return PdfReader(pdf)


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (PDF lines wrap anywhere)."""
    return re.sub(r"\s+", " ", text).strip()


def page_texts(reader: PdfReader) -> list[str]:
    return [flat(page.extract_text()) for page in reader.pages]
