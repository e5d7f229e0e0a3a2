/* A regex's DFA table as formats/group_dfa.py compiles it, made ready to walk lines with
   (group_dfa.c says the table's layout, and defines these): dfa_extract and dfa_count walk it. */

#ifndef LOGMR_DFA_H
#define LOGMR_DFA_H

#include <Python.h>
#include <stdint.h>

#define DFA_MAX_GROUPS 16
#define DFA_MAX_CHAIN 32

typedef struct {
    uint32_t length;
    uint8_t classes[DFA_MAX_CHAIN];
    size_t last; /* (the entry of the chain's last way on: where it leads) */
} DfaChain;

typedef struct {
    uint8_t classes[256];
    uint64_t *table;       /* (a copy, with HAS_RUN and HAS_CHAIN marked on the ways into rows that have them) */
    const uint8_t **runs;  /* for each entry starting a row with a run, its 256 bytes of `stays` (else NULL) */
    uint8_t *stays, *exits; /* (exits: for each row's stays, its ASCII bytes that end the run) */
    DfaChain **chains;     /* for each entry starting a row that starts a chain, the chain (else NULL) */
    DfaChain *chain_rows;
    size_t width, groups;
} Dfa;

/* The table `table` (uint64 rows of `width` entries) with the byte classes `classes` (256 bytes),
   walked for `groups` groups (0: a line's first stop ends its walk); 0, or -1 with an exception
   set (a table that could send a walk out of it: ValueError). dfa_free releases it (also one
   that failed, or was never loaded: zeroed). */
int dfa_load(Dfa *d, const void *classes, Py_ssize_t classes_len, const void *table, Py_ssize_t table_len,
             Py_ssize_t width, Py_ssize_t groups);
void dfa_free(Dfa *d);

/* Where the line stops (its groups' bounds in `best`, 2 * groups of them: -1 where a group took no
   part), -1 where it does not match, -2 where RE2 reads it. Needs no GIL. */
int64_t dfa_walk(const Dfa *d, const uint8_t *line, int64_t len, int64_t *best);

#endif
