import GRDB

/// The tables of an index and the migrations that build them, so a newer `briefing` opens an
/// older index and upgrades it in place.
///
/// Offsets stored anywhere are UTF-8 bytes of the owning article's text; days are
/// ``Day/ordinal``s. Lists of ids are JSON arrays of strings.
///
/// - `files`: one row per corpus file with its fingerprint (size, mtime in nanoseconds, content
///   hash), so an update re-reads only what changed.
/// - `articles`, `statements`, `claims`, `assessments`: what extraction found per article, kept
///   as extracted (`extracted_speaker`) and as unified across the corpus (`speaker`, `group_id`).
/// - `events`, `statement_groups`, `differences`, `timeline`, `timeline_sources`: the
///   cross-article analysis. Events and the timeline are replaced when the corpus changes; the
///   statement groups and differences of events no change touched are kept (their `position`
///   orders them within their event; read them in the order of their event's `position`).
/// - `event_summaries`: per event, its first timeline position, days and counts (the overview).
/// - `dates`: every date expression of each article, with its mention (``IndexCoding/mention(_:)``).
/// - `search_names`: the distinct speaker and outlet names, to resolve `speaker:` and `source:`.
/// - `search`: one contentless FTS5 table over statement text, claim text and article
///   headline + body, with the filter values as tags (``SearchTags``). Its rowid encodes the row it indexes: `rowid * 4 + kind`
///   (0 statement, 1 claim, 2 article).
public enum IndexSchema {
    /// `PRAGMA application_id`: "BRIF". A file with another id is not ours.
    public static let applicationID: Int32 = 0x4252_4946

    public static let tokenizer = "porter unicode61 remove_diacritics 2"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE files(
                    path TEXT PRIMARY KEY, display_path TEXT NOT NULL, relative_path TEXT NOT NULL, folder TEXT,
                    size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash TEXT NOT NULL, scan_order INTEGER NOT NULL);
                CREATE TABLE articles(
                    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, file TEXT NOT NULL, position INTEGER NOT NULL,
                    path TEXT NOT NULL, format TEXT NOT NULL, source TEXT, day INTEGER, headline TEXT, place TEXT, url TEXT,
                    author TEXT, text TEXT NOT NULL, body_hash INTEGER NOT NULL, name_variants TEXT NOT NULL,
                    has_diff INTEGER NOT NULL DEFAULT 0);
                CREATE UNIQUE INDEX articles_id ON articles(id);
                CREATE INDEX articles_file ON articles(file, position);
                CREATE INDEX articles_body_hash ON articles(body_hash);
                CREATE TABLE statements(
                    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, article TEXT NOT NULL, ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL, extracted_speaker TEXT, speaker TEXT, speaker_mention TEXT, speaker_start INTEGER,
                    speaker_end INTEGER, role TEXT, is_organisation INTEGER NOT NULL, cue TEXT, text TEXT NOT NULL,
                    spans TEXT NOT NULL, date_value TEXT, date_evidence TEXT, date_evidence_start INTEGER,
                    date_evidence_end INTEGER, date_basis TEXT NOT NULL, pronoun_mismatch INTEGER NOT NULL,
                    day INTEGER, source TEXT, entry TEXT, has_diff INTEGER NOT NULL DEFAULT 0);
                CREATE UNIQUE INDEX statements_id ON statements(id);
                CREATE INDEX statements_article ON statements(article, ordinal);
                CREATE TABLE claims(
                    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, article TEXT NOT NULL, ordinal INTEGER NOT NULL,
                    statement TEXT, extracted_speaker TEXT, speaker TEXT, claim_day INTEGER, day INTEGER, source TEXT,
                    text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
                    evidence_text TEXT, type TEXT NOT NULL, score REAL NOT NULL, reasons TEXT NOT NULL,
                    group_id TEXT NOT NULL DEFAULT '', statement_kind TEXT, has_diff INTEGER NOT NULL DEFAULT 0);
                CREATE UNIQUE INDEX claims_id ON claims(id);
                CREATE INDEX claims_article ON claims(article, ordinal);
                CREATE INDEX claims_statement ON claims(statement);
                CREATE INDEX claims_group ON claims(group_id);
                CREATE TABLE assessments(
                    rowid INTEGER PRIMARY KEY, article TEXT NOT NULL, ordinal INTEGER NOT NULL, claim TEXT, source TEXT,
                    label TEXT NOT NULL, cue TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL);
                CREATE INDEX assessments_article ON assessments(article, ordinal);
                CREATE INDEX assessments_claim ON assessments(claim);
                CREATE TABLE events(
                    id TEXT PRIMARY KEY, position INTEGER NOT NULL, day INTEGER, title TEXT NOT NULL, speakers TEXT NOT NULL,
                    articles TEXT NOT NULL, sources TEXT NOT NULL, transcript TEXT);
                CREATE TABLE statement_groups(
                    id TEXT PRIMARY KEY, position INTEGER NOT NULL, event TEXT NOT NULL, speaker TEXT, statements TEXT NOT NULL);
                CREATE TABLE differences(
                    id TEXT PRIMARY KEY, position INTEGER NOT NULL, event TEXT NOT NULL, kind TEXT NOT NULL,
                    summary TEXT NOT NULL, speaker TEXT, sources TEXT NOT NULL, items TEXT NOT NULL, edits TEXT,
                    minor INTEGER NOT NULL, group_id TEXT);
                CREATE INDEX differences_event ON differences(event, position);
                CREATE TABLE timeline(
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, day INTEGER, event TEXT, event_title TEXT,
                    speaker TEXT, text TEXT NOT NULL, statements TEXT NOT NULL, sources TEXT NOT NULL,
                    event_source_count INTEGER NOT NULL, difference_kinds TEXT NOT NULL, differences TEXT NOT NULL);
                CREATE INDEX timeline_speaker ON timeline(speaker, position);
                CREATE TABLE timeline_sources(source TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(source, position)) WITHOUT ROWID;
                CREATE INDEX statements_day ON statements(day);
                CREATE INDEX claims_day ON claims(day);
                CREATE INDEX articles_day ON articles(day);
                CREATE TABLE search_names(kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(kind, name)) WITHOUT ROWID;
                CREATE VIRTUAL TABLE search USING fts5(headline, body, tags, content='', tokenize='\(tokenizer)');
                """)
        }
        // Speaker filters in search and the timeline look speakers up by name.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "CREATE INDEX statements_speaker ON statements(speaker)")
            try db.execute(sql: "CREATE INDEX claims_speaker ON claims(speaker)")
        }
        // Date expressions, so `briefing dates` reads the index. An older index has none stored:
        // its files are marked changed, and the next update reads them again.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE dates(
                    rowid INTEGER PRIMARY KEY, article TEXT NOT NULL, ordinal INTEGER NOT NULL, token_start INTEGER NOT NULL,
                    token_end INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, mention TEXT NOT NULL,
                    value TEXT, reference INTEGER);
                CREATE INDEX dates_article ON dates(article, ordinal);
                UPDATE files SET mtime = -1, hash = '';
                """)
        }
        // Indexes no query reads (speaker filters are search tags and the timeline's own index;
        // bodies are compared in memory). A 100k build spent 10–16 s on indexes with them, 6.8 s
        // without; the file is 70 MB smaller.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS statements_speaker;
                DROP INDEX IF EXISTS claims_speaker;
                DROP INDEX IF EXISTS articles_body_hash;
                """)
        }
        // The rules each file's articles were made by (IndexVersions): an index made before they
        // were recorded was made by version 1 of both.
        migrator.registerMigration("v5") { db in
            try db.execute(sql: """
                ALTER TABLE files ADD COLUMN extraction_version TEXT NOT NULL DEFAULT '1';
                ALTER TABLE files ADD COLUMN claims_version TEXT NOT NULL DEFAULT '1';
                """)
        }
        // The events overview and folded events: each event's first timeline entry, its days and
        // counts, written with the timeline; an older index gets them from its stored rows.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: """
                CREATE TABLE event_summaries(
                    event TEXT PRIMARY KEY, first_entry INTEGER NOT NULL, first_day INTEGER, last_day INTEGER,
                    entries INTEGER NOT NULL, differences INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO event_summaries
                    SELECT event, min(position), min(day), max(day), count(*),
                        (SELECT count(*) FROM differences d WHERE d.event = t.event)
                    FROM timeline t WHERE event IS NOT NULL GROUP BY event;
                """)
        }
        // Folded events find their entries by event.
        migrator.registerMigration("v7") { db in
            try db.execute(sql: "CREATE INDEX timeline_event ON timeline(event)")
        }
        // The events overview pages events by position (newest first) without sorting them all.
        migrator.registerMigration("v8") { db in
            try db.execute(sql: "CREATE INDEX events_position ON events(position)")
        }
        return migrator
    }
}
