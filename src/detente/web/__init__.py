"""The web explorer: a static page (HTML, CSS, JS, hand-drawn SVG charts) over the HTTP API."""
