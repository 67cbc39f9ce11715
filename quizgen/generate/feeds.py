"""RSS and Atom feeds: which stories are new, and a record of the ones already read.

A feed lists stories, newest first as a rule; a run reads the stories it has not read
before (by the item's id, else its link), published on or after `since` when given, at
most `limit` of them, newest first. The record of what was read is a small JSON file in
the bank folder, so that the next run over the same feed adds only new stories.
"""

from __future__ import annotations

import datetime
import json
import time
from dataclasses import dataclass
from pathlib import Path

from quizgen.bank.atomic import atomic_write_text
from quizgen.generate.fetch import FetchError, is_url

#: The record of the stories read, per feed, in the bank folder (hidden: not a bank file).
READ_RECORD = ".quizgen-feeds.json"


@dataclass(frozen=True)
class FeedItem:
    """One story a feed lists."""

    #: What identifies the story across runs: the item's id, else its link.
    key: str
    link: str
    title: str = ""
    #: The publication date the feed gives, ISO; "" when it gives none.
    date: str = ""


def feed_items(url: str, data: bytes) -> list[FeedItem]:
    """The stories the feed in `data` lists, in its order; FetchError (`URL: ...`) when
    it is not a feed."""
    import feedparser  # imported here: only feed runs need it

    parsed = feedparser.parse(data)
    if not parsed.version and not parsed.entries:
        raise FetchError(f"{url}: not an RSS or Atom feed; give the feed's address")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "")
        if not is_url(link):
            continue  # an item with no page to read
        key = str(entry.get("id") or link)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(FeedItem(key, link, str(entry.get("title") or ""), _iso(stamp)))
    return items


def new_items(
    items: list[FeedItem], read: set[str], since: str = "", limit: int | None = None
) -> list[FeedItem]:
    """The stories of `items` not in `read`, dated `since` or later (undated ones kept:
    they cannot be told to be old), newest first, at most `limit`."""
    fresh = [i for i in items if i.key not in read and not (since and i.date and i.date < since)]
    # Stable: undated stories keep their place after the dated ones, in the feed's order.
    fresh.sort(key=lambda i: i.date, reverse=True)
    return fresh[:limit] if limit is not None else fresh


def read_keys(bank_dir: Path, feed_url: str) -> set[str]:
    """The keys of the stories of `feed_url` read by earlier runs into `bank_dir`."""
    return set(_load(bank_dir).get(feed_url, []))


def record_read(bank_dir: Path, feed_url: str, keys: list[str]) -> None:
    """Add `keys` to what has been read of `feed_url` (atomically)."""
    if not keys:
        return
    record = _load(bank_dir)
    record[feed_url] = sorted(set(record.get(feed_url, [])) | set(keys))
    bank_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(bank_dir / READ_RECORD, json.dumps(record, indent=1, sort_keys=True) + "\n")


def _load(bank_dir: Path) -> dict[str, list[str]]:
    path = bank_dir / READ_RECORD
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        # A damaged record costs only re-reading old stories, which merging keeps harmless.
        return {}
    return record if isinstance(record, dict) else {}


def _iso(stamp: time.struct_time | None) -> str:
    if stamp is None:
        return ""
    return datetime.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
