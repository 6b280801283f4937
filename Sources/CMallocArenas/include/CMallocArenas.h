#ifndef CMALLOC_ARENAS_H
#define CMALLOC_ARENAS_H

/// Sets glibc's M_ARENA_MAX (how many malloc arenas threads may use); returns 1 when set, 0
/// where the C library has no such setting. Swift sees neither mallopt nor M_ARENA_MAX.
int briefing_limit_malloc_arenas(int arenas);

#endif
