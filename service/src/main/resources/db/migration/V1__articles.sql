-- Articles as ingested: the contract's fields, the text, and the extraction stored as JSON (§2)
-- so GET never re-runs the engine. version: optimistic locking.
CREATE TABLE article (
    id           VARCHAR(200)  NOT NULL PRIMARY KEY,
    source       VARCHAR(500),
    title        VARCHAR(2000) NOT NULL,
    published    DATE,
    url          VARCHAR(2000),
    text         TEXT          NOT NULL,
    text_sha256  CHAR(64)      NOT NULL,
    extraction   TEXT          NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL
);
