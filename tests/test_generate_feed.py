"""`quizgen generate --feed URL` against a local server: new stories read once, old ones
and those before `--since` left out, `--limit` newest first, the next run adds only new."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from cli_support import run_cli
from web_server import Route, serve

from quizgen.bank import load_bank
from quizgen.cli import main
from quizgen.generate.feeds import READ_RECORD, FeedItem, new_items
from quizgen.generate.read import read_article

DEVSET = Path(__file__).parent / "data" / "generate" / "devset"
STORIES = {  # path on the server -> (devset article, date the feed gives)
    "/news/election": ("01_politics_hong_kong_election.txt", "Fri, 09 Sep 2016 10:00:00 GMT"),
    "/news/iodine": ("03_health_iodine_deficiency.txt", "Thu, 23 Feb 2006 10:00:00 GMT"),
    "/news/asylum": ("04_disaster_asylum_boat_rescue.txt", "Mon, 18 May 2015 10:00:00 GMT"),
}


def page(article_file: str) -> bytes:
    """A small web page holding a devset article (without its dateline)."""
    article = read_article(DEVSET / article_file)
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    body = f"<article><h1>{escape(article.title)}</h1>{paragraphs}</article>"
    return f"<html><body>{body}</body></html>".encode()


def rss(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{path}</title><link>{base}{path}</link><guid>{path}</guid>"
        f"<pubDate>{STORIES[path][1]}</pubDate></item>"
        for path in paths
    )
    channel = f"<channel><title>News</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def test_a_second_run_adds_only_the_new_stories(tmp_path):
    bank = tmp_path / "bank"
    with serve() as site:
        routes = {path: Route(page(STORIES[path][0])) for path in STORIES}
        for path, route in routes.items():
            site.add(path, route)
        feed = site.add(
            "/feed.xml",
            Route(
                rss(site.base, ["/news/election", "/news/iodine"]),
                content_type="application/rss+xml",
            ),
        )
        # The iodine story (2006) is older than --since: left out, and not marked read.
        code, _, stderr = run_cli(
            "generate", "--feed", feed, "--since", "2010-01-01", "--out", str(bank)
        )
        assert code == 0, stderr
        assert f"{feed}: 1 new of 2 stories" in stderr
        assert [p.stem for p in bank.glob("*.yaml")] == ["election"]
        # The feed gains a story: the next run reads it, and not the election story again.
        site.routes["/feed.xml"].body = rss(
            site.base, ["/news/asylum", "/news/election", "/news/iodine"]
        )
        code, _, stderr = run_cli(
            "generate", "--feed", feed, "--since", "2010-01-01", "--out", str(bank)
        )
        assert code == 0, stderr
        assert f"{feed}: 1 new of 3 stories" in stderr
    assert sorted(p.stem for p in bank.glob("*.yaml")) == ["asylum", "election"]
    assert len(routes["/news/election"].hits) == 1
    assert len(routes["/news/asylum"].hits) == 1
    assert routes["/news/iodine"].hits == []
    record = json.loads((bank / READ_RECORD).read_text("utf-8"))
    assert record == {feed: ["/news/asylum", "/news/election"]}
    # The page has no date of its own: the feed's date is the article's.
    loaded, _ = load_bank([str(bank / "asylum.yaml")])
    assert loaded.files[0].source.date == "2015-05-18"


def test_not_a_feed_is_one_line_and_the_other_inputs_still_generate(tmp_path):
    with serve() as site:
        html = site.add("/page", Route(b"<html><body><p>Hello</p></body></html>"))
        code, _, stderr = run_cli(
            "generate",
            "--feed",
            html,
            str(DEVSET / STORIES["/news/iodine"][0]),
            "--out",
            str(tmp_path),
        )
    assert code == 1
    assert f"{html}: not an RSS or Atom feed quizgen can read (text/html)" in stderr
    assert [p.stem for p in tmp_path.glob("*.yaml")] == ["03_health_iodine_deficiency"]


def test_new_items_newest_first_within_the_limit_undated_last():
    items = [
        FeedItem("a", "https://x/a", date="2024-01-01"),
        FeedItem("b", "https://x/b"),
        FeedItem("c", "https://x/c", date="2024-03-01"),
        FeedItem("d", "https://x/d", date="2024-02-01"),
    ]
    assert [i.key for i in new_items(items, {"d"})] == ["c", "a", "b"]
    assert [i.key for i in new_items(items, set(), limit=2)] == ["c", "d"]
    assert [i.key for i in new_items(items, set(), since="2024-02-01")] == ["c", "d", "b"]


def test_feed_options_need_a_feed(capsys):
    assert main(["generate", "x.txt", "--limit", "3"]) == 2
    assert "give --feed URL too" in capsys.readouterr().err
    assert main(["generate", "--feed", "news/feed.xml"]) == 2
    assert (
        "--feed news/feed.xml: give the feed's address, starting http://" in capsys.readouterr().err
    )
