-- Editor accounts: users, their personal API tokens and the web sessions.
-- Login throttling is kept in memory by the web server, not here.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE, -- ASCII only, so NOCASE folds all of it
    role          TEXT    NOT NULL CHECK (role IN ('editor', 'admin')),
    password_hash TEXT    NOT NULL, -- $argon2id$v=19$m=…,t=…,p=…$salt$hash
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- Personal API tokens: only the SHA-256 of the token is kept.
CREATE TABLE tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label        TEXT    NOT NULL DEFAULT '',
    sha256       TEXT    NOT NULL UNIQUE,
    created_at   TEXT    NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
CREATE INDEX tokens_user ON tokens (user_id);

-- Web sessions in the shape of an scs session store: token, opaque data,
-- expiry. expiry is UTC in a fixed-width format, so text order is time
-- order. user_id is set by the web server at login, so that a password
-- change or a disabled account can end that user's sessions. An ended
-- session (logout, revocation) keeps its row, data emptied, until it
-- expires, so that a late commit of a request in flight cannot revive it.
CREATE TABLE sessions (
    token    TEXT    PRIMARY KEY,
    data     BLOB    NOT NULL,
    expiry   TEXT    NOT NULL,
    user_id  INTEGER REFERENCES users (id) ON DELETE CASCADE,
    ended_at TEXT
);
CREATE INDEX sessions_expiry ON sessions (expiry);
CREATE INDEX sessions_user ON sessions (user_id);
