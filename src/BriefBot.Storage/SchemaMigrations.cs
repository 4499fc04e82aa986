namespace BriefBot.Storage;

/// <summary>
/// The schema, as ordered steps. Never edit a released step: add a new one. Text columns hold ISO-8601 UTC instants
/// ("O" format), local dates as yyyy-MM-dd and times of day as HH:mm.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "subscriptions and their topics", """
            CREATE TABLE subscriptions (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                platform       TEXT    NOT NULL,
                chat_id        TEXT    NOT NULL,
                time_of_day    TEXT    NOT NULL,
                time_zone      TEXT    NOT NULL,
                created_by     TEXT    NOT NULL,
                created_at     TEXT    NOT NULL,
                changed_by     TEXT    NOT NULL,
                changed_at     TEXT    NOT NULL,
                paused         INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
                paused_reason  TEXT,
                UNIQUE (platform, chat_id)
            );
            CREATE TABLE subscription_topics (
                subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
                position        INTEGER NOT NULL,
                entity_id       TEXT    NOT NULL,
                PRIMARY KEY (subscription_id, entity_id)
            );
            """),
        new(2, "delivery ledger keyed by subscription and local date", """
            CREATE TABLE deliveries (
                subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
                local_date      TEXT    NOT NULL,
                state           TEXT    NOT NULL CHECK (state IN ('attempted', 'sent', 'failed')),
                idempotency_key TEXT    NOT NULL,
                attempts        INTEGER NOT NULL,
                retryable       INTEGER NOT NULL DEFAULT 0 CHECK (retryable IN (0, 1)),
                attempted_at    TEXT    NOT NULL,
                finished_at     TEXT,
                detail          TEXT,
                PRIMARY KEY (subscription_id, local_date)
            );
            CREATE INDEX deliveries_in_doubt ON deliveries (state) WHERE state = 'attempted';
            """),
        new(3, "reading items each chat has received", """
            CREATE TABLE received_readings (
                platform    TEXT NOT NULL,
                chat_id     TEXT NOT NULL,
                reading_id  TEXT NOT NULL,
                received_at TEXT NOT NULL,
                PRIMARY KEY (platform, chat_id, reading_id)
            );
            """),
        // SQLite cannot change a CHECK constraint in place: the table is rebuilt with its rows.
        new(4, "delivery state 'unknown': sent, but no answer came", """
            CREATE TABLE deliveries_v4 (
                subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
                local_date      TEXT    NOT NULL,
                state           TEXT    NOT NULL CHECK (state IN ('attempted', 'sent', 'failed', 'unknown')),
                idempotency_key TEXT    NOT NULL,
                attempts        INTEGER NOT NULL,
                retryable       INTEGER NOT NULL DEFAULT 0 CHECK (retryable IN (0, 1)),
                attempted_at    TEXT    NOT NULL,
                finished_at     TEXT,
                detail          TEXT,
                PRIMARY KEY (subscription_id, local_date)
            );
            INSERT INTO deliveries_v4 SELECT subscription_id, local_date, state, idempotency_key, attempts, retryable,
                attempted_at, finished_at, detail FROM deliveries;
            DROP TABLE deliveries;
            ALTER TABLE deliveries_v4 RENAME TO deliveries;
            CREATE INDEX deliveries_in_doubt ON deliveries (state) WHERE state = 'attempted';
            """),
        new(5, "admins' corrections to what extraction learnt", """
            CREATE TABLE corrections (
                id       INTEGER PRIMARY KEY AUTOINCREMENT,
                kind     TEXT NOT NULL CHECK (kind IN ('hide', 'merge', 'rename', 'kind')),
                target   TEXT NOT NULL,
                value    TEXT,
                made_by  TEXT NOT NULL,
                made_at  TEXT NOT NULL
            );
            """),
        new(6, "feeds the content follows, and the items each poll saw", """
            CREATE TABLE feeds (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                url                 TEXT    NOT NULL,
                url_key             TEXT    NOT NULL UNIQUE,
                title               TEXT,
                added_by            TEXT    NOT NULL,
                added_at            TEXT    NOT NULL,
                notice_platform     TEXT    NOT NULL,
                notice_chat_id      TEXT    NOT NULL,
                etag                TEXT,
                last_modified       TEXT,
                last_poll_at        TEXT,
                last_success_at     TEXT,
                last_error          TEXT,
                failures            INTEGER NOT NULL DEFAULT 0,
                failing_notice_sent INTEGER NOT NULL DEFAULT 0 CHECK (failing_notice_sent IN (0, 1)),
                next_poll_at        TEXT    NOT NULL,
                items_added         INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE feed_items (
                feed_id      INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
                item_key     TEXT    NOT NULL,
                outcome      TEXT    NOT NULL CHECK (outcome IN ('added', 'duplicate', 'refused', 'skipped')),
                article_file TEXT,
                detail       TEXT,
                seen_at      TEXT    NOT NULL,
                PRIMARY KEY (feed_id, item_key)
            );
            """),
        new(7, "the last Telegram update id taken in, shared by restarts", """
            CREATE TABLE update_offsets (
                platform       TEXT    PRIMARY KEY,
                last_update_id INTEGER NOT NULL,
                saved_at       TEXT    NOT NULL
            );
            """),
    ];
}
