-- The editor's desk: article states, articles corrected by hand, the
-- history of every change, merged people and editors' names for
-- organisations.

-- draft, published, unpublished or deleted (a tombstone: the records stay,
-- the public sees nothing of them). state_before_delete is what restore
-- goes back to.
ALTER TABLE articles ADD COLUMN state TEXT NOT NULL DEFAULT 'published';
ALTER TABLE articles ADD COLUMN edited INTEGER NOT NULL DEFAULT 0; -- 1 once an editor corrected it by hand
ALTER TABLE articles ADD COLUMN deleted_at TEXT;
ALTER TABLE articles ADD COLUMN state_before_delete TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_state ON articles (state, updated_at);

-- Every version of an article: snapshot is the article as Store.Article
-- returned it after the change (JSON), diff what changed, one line each.
CREATE TABLE article_revisions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    at         TEXT    NOT NULL,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL, -- NULL: the system (extraction)
    user_name  TEXT    NOT NULL DEFAULT '',                      -- as it was at the time
    action     TEXT    NOT NULL, -- extracted, edit, publish, unpublish, delete, restore, revert
    note       TEXT    NOT NULL DEFAULT '',
    snapshot   TEXT    NOT NULL,
    diff       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, id);
CREATE INDEX article_revisions_action ON article_revisions (action, id);

-- A person merged into another: /speaker/{from_id} goes on to to_id.
CREATE TABLE person_redirects (
    from_id INTEGER PRIMARY KEY,
    to_id   INTEGER NOT NULL
);

-- Other names a person is known by (the folded name of a person merged into
-- them), so that a refetch printing the old name finds the merged person.
CREATE TABLE person_aliases (
    key       TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE
);
CREATE INDEX person_aliases_person ON person_aliases (person_id);

-- 1 for a name an editor gave an organisation: saving then files an academy
-- or affiliation written that way under it.
ALTER TABLE organization_aliases ADD COLUMN editor INTEGER NOT NULL DEFAULT 0;
