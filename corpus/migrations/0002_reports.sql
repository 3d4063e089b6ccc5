-- Error reports from readers, for the editors.
CREATE TABLE reports (
    id         INTEGER PRIMARY KEY,
    page       TEXT NOT NULL,
    message    TEXT NOT NULL,
    contact    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'open'
);
