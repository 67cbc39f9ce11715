"""A local HTTP server for the fetching tests: routes of canned answers, no internet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    #: Redirect to this path (status 302).
    location: str = ""
    #: Answer only once this is set (a slow server; set when the test ends).
    wait: threading.Event | None = None
    #: Send this many bytes of filler without a Content-Length (a huge page).
    stream_bytes: int = 0
    hits: list[str] = field(default_factory=list)


class Site:
    """Routes by path, and the requests they got."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.base = ""

    def add(self, path: str, route: Route) -> str:
        """Serve `route` at `path`; its full URL."""
        self.routes[path] = route
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            route.hits.append(self.path)
            if route.wait is not None:
                route.wait.wait()
            if route.location:
                self.send_response(302)
                self.send_header("Location", route.location)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.stream_bytes:
                self.end_headers()
                filler = b"<p>" + b"x" * 8189 + b"</p>"
                try:
                    for _ in range(route.stream_bytes // len(filler)):
                        self.wfile.write(filler)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading, as it should
                return
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout, a size limit), as it may

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output clean

    return Handler


@contextmanager
def serve() -> Iterator[Site]:
    """A running server on a free local port; every slow route is released at the end."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    # A short poll: shutdown() waits up to one poll interval, in every test.
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        for route in site.routes.values():
            if route.wait is not None:
                route.wait.set()
        server.shutdown()
        server.server_close()
