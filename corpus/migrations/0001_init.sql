-- The archive: originals as they arrived, the records read from them, and
-- the change log the index follows.

CREATE TABLE originals (
    id           INTEGER PRIMARY KEY,
    url          TEXT    NOT NULL,
    fetched_at   TEXT    NOT NULL,
    status       INTEGER NOT NULL DEFAULT 0,
    headers      TEXT    NOT NULL DEFAULT '{}',
    content_type TEXT    NOT NULL DEFAULT '',
    sha256       TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    body         BLOB    NOT NULL, -- gzip of the bytes as they arrived
    UNIQUE (url, sha256)
);
CREATE INDEX originals_sha256 ON originals (sha256);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL DEFAULT '',
    key        TEXT NOT NULL DEFAULT '', -- folded name, for matching reports of one event
    date       TEXT NOT NULL DEFAULT '',
    venue      TEXT NOT NULL DEFAULT '',
    city       TEXT NOT NULL DEFAULT '',
    organizer  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_key ON events (key);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    key        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX people_key ON people (key);

CREATE TABLE organizations (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT NOT NULL UNIQUE
);

CREATE TABLE organization_aliases (
    key             TEXT PRIMARY KEY,
    alias           TEXT NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE topics (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT NOT NULL UNIQUE
);

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    url         TEXT    NOT NULL UNIQUE,
    source      TEXT    NOT NULL DEFAULT '',
    title       TEXT    NOT NULL DEFAULT '',
    title_key   TEXT    NOT NULL DEFAULT '',
    published   TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL DEFAULT 'news',
    body        TEXT    NOT NULL DEFAULT '',
    captions    TEXT    NOT NULL DEFAULT '[]',
    warnings    TEXT    NOT NULL DEFAULT '[]',
    event_id    INTEGER REFERENCES events (id),
    original_id INTEGER REFERENCES originals (id),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX articles_title_key ON articles (title_key, published);
CREATE INDEX articles_event ON articles (event_id);

-- Every URL an article was seen under (its own and old or other ones).
CREATE TABLE article_urls (
    url        TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_urls_article ON article_urls (article_id);

CREATE TABLE article_people (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    name       TEXT    NOT NULL,
    rank       TEXT    NOT NULL DEFAULT '',
    titles     TEXT    NOT NULL DEFAULT '[]',
    positions  TEXT    NOT NULL DEFAULT '[]',
    role       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_people_person ON article_people (person_id);

-- How a person was printed in one article: rank, titles and position change
-- over the years.
CREATE TABLE person_variants (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    rank       TEXT    NOT NULL DEFAULT '',
    titles     TEXT    NOT NULL DEFAULT '[]',
    position   TEXT    NOT NULL DEFAULT '',
    date       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX person_variants_person ON person_variants (person_id);
CREATE INDEX person_variants_article ON person_variants (article_id);

CREATE TABLE contributions (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER REFERENCES events (id),
    kind            TEXT    NOT NULL DEFAULT 'paper',
    person_id       INTEGER REFERENCES people (id),
    speaker_name    TEXT    NOT NULL DEFAULT '',
    rank            TEXT    NOT NULL DEFAULT '',
    titles          TEXT    NOT NULL DEFAULT '[]',
    position        TEXT    NOT NULL DEFAULT '',
    affiliation     TEXT    NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organizations (id),
    academy         TEXT    NOT NULL DEFAULT '',
    title           TEXT    NOT NULL DEFAULT '',
    summary         TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX contributions_event ON contributions (event_id);
CREATE INDEX contributions_person ON contributions (person_id);

-- Each article that reports a contribution, in its order there.
CREATE TABLE contribution_reports (
    contribution_id INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    summary         TEXT    NOT NULL DEFAULT '',
    evidence        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (contribution_id, article_id)
);
CREATE INDEX contribution_reports_article ON contribution_reports (article_id, ord);

CREATE TABLE contribution_topics (
    contribution_id INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    topic_id        INTEGER NOT NULL REFERENCES topics (id),
    ord             INTEGER NOT NULL,
    PRIMARY KEY (contribution_id, topic_id)
);

-- The change log: every write appends here in the same transaction.
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT    NOT NULL,
    at        TEXT    NOT NULL
);
