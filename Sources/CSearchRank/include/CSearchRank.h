#ifndef BRIEFING_SEARCH_RANK_H
#define BRIEFING_SEARCH_RANK_H

/// Registers the FTS5 ranking function `briefing_rank` on a connection (`db` is a `sqlite3 *`).
/// Returns 0 (SQLITE_OK) on success, another SQLite result code when FTS5 is unavailable.
int briefing_register_rank(void *db);

/// The most matches counted for a phrase's document frequency (see rank.c).
int briefing_rank_document_frequency_cap(void);

#endif
