-- The crawler: what an original is (a page to read, or a listing, feed,
-- sitemap or error page kept only as evidence), the runs, and the durable
-- frontier of URLs with what the last visit found.

-- page: read by the extractor and always kept (imports, editors);
-- crawled: read by the extractor and kept only when on topic;
-- listing, feed, sitemap, robots, error: archived, never extracted.
ALTER TABLE originals ADD COLUMN kind TEXT NOT NULL DEFAULT 'page';

CREATE TABLE crawl_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    stats       TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE crawl_urls (
    url           TEXT PRIMARY KEY,                -- canonical form
    site          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,                -- listing, feed, sitemap, article, page
    depth         INTEGER NOT NULL DEFAULT 0,
    queued_run    INTEGER NOT NULL DEFAULT 0,      -- the run that last asked for a visit
    visited_run   INTEGER NOT NULL DEFAULT 0,      -- the run that last visited
    outcome       TEXT    NOT NULL DEFAULT '',     -- new, changed, unchanged, duplicate, offtopic, old, robots, failed, redirect, listing
    status        INTEGER NOT NULL DEFAULT 0,
    etag          TEXT    NOT NULL DEFAULT '',
    last_modified TEXT    NOT NULL DEFAULT '',
    sha256        TEXT    NOT NULL DEFAULT '',
    error         TEXT    NOT NULL DEFAULT '',
    final_url     TEXT    NOT NULL DEFAULT '',     -- where redirects ended
    original_id   INTEGER REFERENCES originals (id),
    article_id    INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    first_seen    TEXT    NOT NULL,
    last_visit    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX crawl_urls_pending ON crawl_urls (site, queued_run, visited_run);
CREATE INDEX crawl_urls_outcome ON crawl_urls (outcome);
