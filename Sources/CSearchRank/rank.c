// briefing_rank(search, phrases, weight0, weight1, ...): Okapi BM25 like FTS5's bm25(), higher
// is better, for ranking a bounded window of matches.
//
// Why not bm25(): on the first row of a query it counts, for every phrase of the MATCH pattern,
// every row of the whole index that contains it. Filter tags ("isstatement", a speaker) and
// common words are phrases in hundreds of thousands or millions of rows, so ranking 500 rows
// cost 30 to 250 ms at 100,000 articles. Here
//   - only the first `phrases` phrases count (the words; the filter tags come after them), and
//   - a phrase's document frequency is counted up to DOCUMENT_FREQUENCY_CAP rows: a phrase at
//     least that common gets the inverse document frequency of the cap. Rarer words keep their
//     exact weight; among very common words relative weights are lost, a small loss for
//     ranking, since each of them says little about relevance.
// The remaining arguments weight the columns (missing ones weigh 1), as for bm25().
#include <sqlite3.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "CSearchRank.h"

#define DOCUMENT_FREQUENCY_CAP 20000
#define K1 1.2
#define B 0.75

int briefing_rank_document_frequency_cap(void) { return DOCUMENT_FREQUENCY_CAP; }

typedef struct {
    int phraseCount;
    double *idf;           // per counted phrase
    double averageLength;  // tokens per row, all columns
    double *frequency;     // scratch: weighted hits per phrase in the current row
} RankData;

static int countRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    (void)api; (void)fts;
    sqlite3_int64 *count = (sqlite3_int64 *)user;
    if (++*count >= DOCUMENT_FREQUENCY_CAP) return SQLITE_DONE;
    return SQLITE_OK;
}

static void freeRankData(void *pointer) {
    RankData *data = (RankData *)pointer;
    if (!data) return;
    free(data->idf);
    free(data->frequency);
    free(data);
}

static RankData *rankData(const Fts5ExtensionApi *api, Fts5Context *fts, int phrases, int *rc) {
    RankData *data = (RankData *)api->xGetAuxdata(fts, 0);
    if (data) return data;
    int total = api->xPhraseCount(fts);
    if (phrases > total || phrases < 0) phrases = total;
    data = (RankData *)calloc(1, sizeof(RankData));
    if (!data) { *rc = SQLITE_NOMEM; return 0; }
    data->phraseCount = phrases;
    data->idf = (double *)calloc((size_t)(phrases > 0 ? phrases : 1), sizeof(double));
    data->frequency = (double *)calloc((size_t)(phrases > 0 ? phrases : 1), sizeof(double));
    if (!data->idf || !data->frequency) { freeRankData(data); *rc = SQLITE_NOMEM; return 0; }
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &tokens);
    data->averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;
    for (int i = 0; *rc == SQLITE_OK && i < phrases; i++) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countRow);
        double idf = log(((double)rows - (double)hits + 0.5) / ((double)hits + 0.5));
        data->idf[i] = idf > 1e-6 ? idf : 1e-6;
    }
    if (*rc == SQLITE_OK) *rc = api->xSetAuxdata(fts, data, freeRankData);
    if (*rc != SQLITE_OK) { freeRankData(data); return 0; }
    return data;
}

static void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv) {
    int rc = SQLITE_OK;
    int phrases = argc > 0 ? sqlite3_value_int(argv[0]) : api->xPhraseCount(fts);
    RankData *data = rankData(api, fts, phrases, &rc);
    if (!data) { sqlite3_result_error_code(context, rc); return; }
    memset(data->frequency, 0, sizeof(double) * (size_t)(data->phraseCount > 0 ? data->phraseCount : 1));
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; i++) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc != SQLITE_OK || phrase >= data->phraseCount) continue;
        double weight = column + 1 < argc ? sqlite3_value_double(argv[column + 1]) : 1.0;
        data->frequency[phrase] += weight;
    }
    int length = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
    double normalised = K1 * (1 - B + B * (double)length / data->averageLength);
    double score = 0;
    for (int i = 0; i < data->phraseCount; i++) {
        double f = data->frequency[i];
        if (f > 0) score += data->idf[i] * (f * (K1 + 1)) / (f + normalised);
    }
    sqlite3_result_double(context, score);
}

int briefing_register_rank(void *db) {
    fts5_api *fts5 = 0;
    sqlite3_stmt *statement = 0;
    int rc = sqlite3_prepare_v2((sqlite3 *)db, "SELECT fts5(?1)", -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(statement, 1, (void *)&fts5, "fts5_api_ptr", 0);
    sqlite3_step(statement);
    rc = sqlite3_finalize(statement);
    if (rc != SQLITE_OK) return rc;
    if (!fts5 || fts5->iVersion < 2) return SQLITE_ERROR;
    return fts5->xCreateFunction(fts5, "briefing_rank", 0, rankFunction, 0);
}
