/* logmr_native.dfa_extract: a regex's groups read from each line of an Arrow LargeStringArray by
   a DFA, as pyarrow.compute.extract_regex reads them with RE2 (formats/group_dfa.py compiles the
   regex into the table this walks, and says why the results are RE2's).

   dfa_extract(offsets, data, first, n, classes, table, width, groups) reads lines first to
   first+n-1 of the array whose int64 offsets and bytes are the buffers `offsets` and `data`. `classes` (256 bytes) gives each byte's class, every byte past ASCII the last (width - 2:
   a UTF-8 character, whole). `table` holds uint64 rows of `width` entries, row 0 the start: entry
   c < width - 1 is the way on at a byte of class c (bits 0-28: the next row's first entry, DEAD or
   BAIL; bits 29-30: 0, used here; bit 31: that row can stop; bits 32-63: the group bounds set to the
   byte's offset), entry width - 1 the row's stop (bit 0: can stop, bit 1: stopping wins over going
   on, bit 2: can stop at the line's end only; bits 32-63: the bounds set at the stop). Bound 2k is
   group k's start, 2k+1 its end. The ASCII bytes whose way comes back to the row setting nothing
   are skipped as a run without the table (a logger's name, a bracket's text; 16 bytes at a time where
   the bytes that end the run are three ranges or fewer, SSE2's compares), and a chain of rows
   each with one way on, at one ASCII class, setting nothing (a date's digits and marks) is checked
   byte by byte against its classes at once. With no group, a line's first stop ends its walk (it
   matches).

   Returns (validity, nulls, [(offsets, data), ...], bails): the struct's validity bitmap (a bit per
   line, set where the regex matched) and its count of unset bits, each group's int64 offsets and
   bytes (a line not matched, or a group that took no part: ""), and a bitmap of the lines left to
   RE2 (null here), or None where there is none: a line that reaches BAIL (a character past ASCII
   where a class holds only some of them) or a malformed UTF-8 sequence where a way would take it. */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#include "table.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define DEAD 0x1FFFFFFFu
#define BAIL 0x1FFFFFFEu
#define HAS_CHAIN 0x20000000u /* (set here: the next row starts a chain) */
#define HAS_RUN 0x40000000u   /* (set here: the next row has a run) */
#define MAX_CHAIN 32

typedef struct {
    uint32_t length;
    uint8_t classes[MAX_CHAIN];
    size_t last; /* (the entry of the chain's last way on: where it leads) */
} Chain;
#define CAN_STOP 0x80000000u
#define MAX_GROUPS 16

typedef struct {
    const int64_t *offsets;
    const uint8_t *data;
    uint8_t classes[256];
    const uint8_t **runs; /* for each entry starting a row with a run, its 256 bytes of `stays` (else NULL) */
    const uint8_t *stays, *exits; /* (exits: for each row's stays, its ASCII bytes that end the run, run_exits) */
    Chain **chains;       /* for each entry starting a row that starts a chain, the chain (else NULL) */
    const uint64_t *table;
    size_t n, width, groups;
    Buf *texts, *ends;
    uint8_t *validity, *bails; /* (bails: the lines RE2 reads, allocated at the first) */
    size_t nulls;
} Walk;

/* Whether every way on of the table leads to a row inside it (a table not made by group_dfa.py
   could send the walk anywhere). */
static int valid_table(const uint64_t *table, size_t entries, size_t width, const uint8_t *classes) {
    if (width < 2 || entries == 0 || entries % width) return 0;
    for (size_t i = 0; i < 256; i++)
        if (classes[i] >= width - 1) return 0;
    for (size_t i = 0; i < entries; i++) {
        if (i % width == width - 1) continue;
        uint32_t next = (uint32_t)table[i] & ~CAN_STOP; /* (HAS_RUN or HAS_CHAIN set: past any row) */
        if (next != DEAD && next != BAIL && (next % width || next >= entries)) return 0;
    }
    return 1;
}

static inline void set_bounds(int64_t *bounds, uint64_t mask, int64_t at) {
    for (; mask; mask &= mask - 1) bounds[__builtin_ctzll(mask)] = at;
}

/* The length of the well-formed UTF-8 character at `s` (RFC 3629's table), or 0. */
static inline int64_t utf8_length(const uint8_t *s, int64_t left) {
    const uint8_t c = s[0];
    int64_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!length || length > left) return 0;
    const uint8_t low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (s[1] < low || s[1] > high) return 0;
    for (int64_t k = 2; k < length; k++)
        if ((s[k] & 0xC0) != 0x80) return 0;
    return length;
}

/* A run's ASCII bytes that end it, where they are a few ranges: 8 bytes a row, the first the ranges'
   count (or NO_EXITS), then each range's first byte and its span (padded with 0x80 and 0: a byte past
   ASCII, which ends any run anyway). `\S`'s: \t to \r and the space; `[^"]`'s, `.`'s: one byte. */
#define MAX_RANGES 3
#define NO_EXITS 0xFF

/* Where a run that `exits` ends, from `at`, 16 bytes at a time (SSE2): the first byte of the line's
   in one of its exits' ranges or past ASCII, or where fewer than 16 bytes are left. */
static inline int64_t skip_run(const uint8_t *line, int64_t at, int64_t len, const uint8_t *exits) {
#ifdef __SSE2__
    const __m128i l0 = _mm_set1_epi8((char)exits[1]), s0 = _mm_set1_epi8((char)exits[2]), l1 = _mm_set1_epi8((char)exits[3]),
                  s1 = _mm_set1_epi8((char)exits[4]), l2 = _mm_set1_epi8((char)exits[5]), s2 = _mm_set1_epi8((char)exits[6]);
    for (; len - at >= 16; at += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(line + at));
        const __m128i t0 = _mm_sub_epi8(v, l0), t1 = _mm_sub_epi8(v, l1), t2 = _mm_sub_epi8(v, l2); /* (in range: t <= span) */
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(t0, s0), t0), _mm_cmpeq_epi8(_mm_min_epu8(t1, s1), t1)),
                                         _mm_cmpeq_epi8(_mm_min_epu8(t2, s2), t2));
        const unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(hit, v)); /* (v's high bits: past ASCII) */
        if (mask) return at + __builtin_ctz(mask);
    }
#else
    (void)line, (void)len, (void)exits;
#endif
    return at;
}

/* The ranges of ASCII bytes that end the run of a row whose bytes that stay in it are `stay`. */
static void run_exits(const uint8_t *stay, uint8_t *exit) {
    exit[0] = 0;
    for (int k = 0; k < MAX_RANGES; k++) exit[1 + 2 * k] = 0x80, exit[2 + 2 * k] = 0;
    for (int b = 0; b < 128; b++) {
        if (stay[b]) continue;
        if (b && !stay[b - 1] && exit[0]) { /* (the range before goes on) */
            exit[2 * exit[0]]++;
            continue;
        }
        if (exit[0] == MAX_RANGES) {
            exit[0] = NO_EXITS;
            return;
        }
        exit[1 + 2 * exit[0]] = (uint8_t)b, exit[2 + 2 * exit[0]] = 0, exit[0]++;
    }
}

/* Where line `i` stops (its bounds in `best`), -1 where it does not match, -2 where RE2 reads it. */
static int64_t walk_line(const Walk *w, size_t i, int64_t *best) {
    int64_t bounds[2 * MAX_GROUPS];
    const size_t stop_at = w->width - 1, nbounds = 2 * w->groups;
    const uint8_t *line = w->data + w->offsets[i];
    const int64_t len = w->offsets[i + 1] - w->offsets[i];
    for (size_t k = 0; k < nbounds; k++) bounds[k] = -1;
    uint32_t row = 0, flags = (w->runs[0] ? HAS_RUN : 0) | (w->chains[0] ? HAS_CHAIN : 0);
    int64_t stopped = -1; /* (where the last stop was: `best` then, with `last` set there) */
    uint64_t last = 0, stop = w->table[stop_at];
    int moved = 1; /* (bounds set since `best` was copied) */
    for (int64_t at = 0;; at++) {
        if (stop & 1 || (stop & 4 && at == len)) { /* (the last stop is the match where the line fails further on) */
            if (moved) memcpy(best, bounds, nbounds * sizeof(int64_t));
            stopped = at, last = stop >> 32, moved = 0;
            if (stop & 2 || !w->groups) break; /* (with no group, the first stop tells that it matches) */
        }
        if (at == len) break;
        if (flags & HAS_CHAIN) { /* (a chain of rows with one way on each: its bytes checked at once) */
            const Chain *chain = w->chains[row];
            if (len - at >= chain->length) {
                uint32_t differ = 0;
                for (uint32_t k = 0; k < chain->length; k++) differ |= w->classes[line[at + k]] ^ chain->classes[k];
                if (!differ) {
                    at += chain->length - 1; /* (the loop's at++: then the stop at the chain's end) */
                    flags = (uint32_t)w->table[chain->last], row = flags & ~(CAN_STOP | HAS_RUN | HAS_CHAIN);
                    stop = flags & CAN_STOP ? w->table[row + stop_at] : 0;
                    continue;
                }
            } /* (else byte by byte: the line fails where a byte differs, or ends) */
        }
        if (flags & HAS_RUN) { /* (a run of bytes that come back to this row, setting nothing) */
            const uint8_t *stay = w->runs[row];
            const int64_t from = at;
            for (const int64_t first = at + 8 < len ? at + 8 : len; at < first && stay[line[at]];) at++;
            const uint8_t *exits = w->exits + (size_t)(stay - w->stays) / 256 * 8;
            if (at == from + 8 && exits[0] != NO_EXITS) at = skip_run(line, at, len, exits); /* (a long run) */
            while (at < len && stay[line[at]]) at++;
            if (at != from) {
                at--; /* (the loop's at++: then the stop at the run's end, as one byte at a time would) */
                continue;
            }
        }
        const uint64_t way = w->table[row + w->classes[line[at]]];
        const uint32_t next = (uint32_t)way & ~(CAN_STOP | HAS_RUN | HAS_CHAIN);
        if (next == DEAD) break;
        if (next == BAIL) return -2;
        if (way >> 32) {
            set_bounds(bounds, way >> 32, at);
            moved = 1;
        }
        if (line[at] >= 0x80) { /* (a character past ASCII: its bytes taken whole) */
            const int64_t length = utf8_length(line + at, len - at);
            if (!length) return -2;
            at += length - 1;
        }
        row = next, flags = (uint32_t)way;
        stop = flags & CAN_STOP ? w->table[row + stop_at] : 0;
    }
    if (stopped >= 0) set_bounds(best, last, stopped);
    return stopped;
}

/* 0 done, -1 out of memory. */
static int walk(Walk *w) {
    int64_t best[2 * MAX_GROUPS];
    for (size_t i = 0; i < w->n; i++) {
        const int64_t stopped = walk_line(w, i, best);
        if (stopped < 0) {
            w->validity[i / 8] &= (uint8_t)~(1u << (i % 8));
            w->nulls++;
        }
        if (stopped == -2) {
            if (!w->bails && !(w->bails = calloc(w->n / 8 + 1, 1))) return -1;
            w->bails[i / 8] |= (uint8_t)(1u << (i % 8));
        }
        const uint8_t *line = w->data + w->offsets[i];
        for (size_t k = 0; k < w->groups; k++) {
            const int64_t start = best[2 * k], end = best[2 * k + 1];
            if (stopped >= 0 && start >= 0 && end >= start && put(&w->texts[k], (const char *)line + start, (size_t)(end - start)))
                return -1;
            int64_t total = (int64_t)w->texts[k].n;
            if (put(&w->ends[k], (const char *)&total, sizeof total)) return -1;
        }
    }
    return 0;
}

static PyObject *results(Walk *w) {
    PyObject *groups = PyList_New((Py_ssize_t)w->groups);
    for (size_t k = 0; groups && k < w->groups; k++) {
        PyObject *pair = Py_BuildValue("(y#y#)", w->ends[k].p, (Py_ssize_t)w->ends[k].n, w->texts[k].p ? w->texts[k].p : "",
                                       (Py_ssize_t)w->texts[k].n);
        if (!pair || PyList_SetItem(groups, (Py_ssize_t)k, pair)) Py_CLEAR(groups);
    }
    const Py_ssize_t bytes = (Py_ssize_t)((w->n + 7) / 8);
    PyObject *bails = w->bails ? PyBytes_FromStringAndSize((const char *)w->bails, bytes) : Py_NewRef(Py_None);
    return groups && bails ? Py_BuildValue("(y#nNN)", (const char *)w->validity, bytes, (Py_ssize_t)w->nulls, groups, bails)
                           : (Py_XDECREF(groups), Py_XDECREF(bails), NULL);
}

/* The entry of the one way on of the row at `row` where it has one, at an ASCII class (its class
   in `at`), setting nothing, to another row, and the row neither stops nor takes a character past
   ASCII; else 0 (no row's way is the start row's first entry). */
static size_t single_way(const Walk *w, const uint64_t *table, size_t row, uint8_t *at) {
    size_t found = 0;
    for (size_t c = 0; c + 1 < w->width; c++) {
        const uint32_t next = (uint32_t)table[row + c] & ~CAN_STOP;
        if (next == DEAD) continue;
        if (found || c + 2 == w->width || table[row + c] >> 32 || next == BAIL || next == row || !(row + c)) return 0;
        found = row + c, *at = (uint8_t)c;
    }
    return table[row + w->width - 1] ? 0 : found;
}

/* The table with HAS_RUN set on the ways into rows with a run, and each such row's bytes that stay
   in it (256 a row, in `stays`); HAS_CHAIN on the ways into rows that start a chain of 3 rows or
   more, each chain in `chains` (a row each). */
static void mark_runs(Walk *w, const uint64_t *table, size_t entries, uint64_t *marked, uint8_t *stays, uint8_t *exits,
                      Chain *chains) {
    const size_t width = w->width;
    w->stays = stays, w->exits = exits;
    for (size_t row = 0; row < entries; row += width) {
        for (size_t b = 0; b < 128; b++) { /* (bytes past ASCII go through the table: a character whole) */
            const uint64_t way = table[row + w->classes[b]];
            stays[row / width * 256 + b] = ((uint32_t)way & ~CAN_STOP) == row && !(way >> 32);
            if (stays[row / width * 256 + b]) w->runs[row] = stays + row / width * 256;
        }
        run_exits(stays + row / width * 256, exits + row / width * 8);
        Chain *chain = &chains[row / width];
        size_t entry;
        for (size_t at = row; chain->length < MAX_CHAIN && (entry = single_way(w, table, at, &chain->classes[chain->length]));) {
            chain->length++, chain->last = entry;
            at = (uint32_t)table[entry] & ~CAN_STOP;
        }
        if (chain->length >= 3) w->chains[row] = chain;
    }
    for (size_t i = 0; i < entries; i++) {
        const uint32_t next = (uint32_t)table[i] & ~CAN_STOP;
        const int way = i % width != width - 1 && next != DEAD && next != BAIL;
        marked[i] = table[i] | (way && w->runs[next] ? HAS_RUN : 0) | (way && w->chains[next] ? HAS_CHAIN : 0);
    }
}

static PyObject *dfa_extract(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, classes, table;
    Py_ssize_t first, n, width, groups;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*y*nny*y*nn", &offsets, &data, &first, &n, &classes, &table, &width, &groups)) return NULL;
    PyObject *result = NULL;
    const size_t entries = (size_t)table.len / sizeof(uint64_t);
    int ok = first >= 0 && n >= 0 && width >= 2 && groups >= 0 && groups <= MAX_GROUPS && classes.len == 256 &&
             table.len % sizeof(uint64_t) == 0 && (size_t)offsets.len / sizeof(int64_t) > (size_t)first + (size_t)n;
    Walk w = {.n = (size_t)n, .width = (size_t)width, .groups = (size_t)groups};
    /* (copies: aligned, and not changed by another thread while the walk runs without the GIL) */
    uint64_t *table_ = ok ? malloc(entries * sizeof(uint64_t)) : NULL;
    int64_t *ends = ok ? malloc(((size_t)n + 1) * sizeof(int64_t)) : NULL;
    if (table_ && ends) {
        memcpy(table_, table.buf, entries * sizeof(uint64_t));
        memcpy(ends, (const char *)offsets.buf + first * (Py_ssize_t)sizeof(int64_t), ((size_t)n + 1) * sizeof(int64_t));
        memcpy(w.classes, classes.buf, 256);
        ok = valid_table(table_, entries, (size_t)width, w.classes);
    }
    for (Py_ssize_t i = 0; ok && table_ && ends && i < n; i++) ok = ends[i] >= 0 && ends[i] <= ends[i + 1] && ends[i + 1] <= data.len;
    if (!ok || !table_ || !ends) {
        if (ok) PyErr_NoMemory();
        else
            PyErr_SetString(PyExc_ValueError, "dfa_extract: lines' offsets or table out of bounds");
        free(table_);
        free(ends);
        goto done;
    }
    uint64_t *marked = malloc(entries * sizeof(uint64_t));
    uint8_t *stays = calloc(entries / (size_t)width, 256), *exits = calloc(entries / (size_t)width, 8);
    w.runs = calloc(entries, sizeof *w.runs);
    w.chains = calloc(entries, sizeof *w.chains);
    Chain *chains = calloc(entries / (size_t)width, sizeof(Chain));
    w.validity = malloc((size_t)n / 8 + 1);
    Buf bufs[2 * MAX_GROUPS] = {{0}};
    w.offsets = ends, w.data = data.buf, w.texts = bufs, w.ends = bufs + MAX_GROUPS, w.table = marked;
    int failed = -1;
    if (marked && stays && exits && w.runs && w.chains && chains && w.validity) {
        mark_runs(&w, table_, entries, marked, stays, exits, chains);
        memset(w.validity, 0xFF, (size_t)n / 8 + 1);
        int64_t zero = 0;
        failed = 0;
        for (size_t k = 0; k < w.groups && !failed; k++) failed = put(&w.ends[k], (const char *)&zero, sizeof zero);
        if (!failed) {
            Py_BEGIN_ALLOW_THREADS
            failed = walk(&w);
            Py_END_ALLOW_THREADS
        }
    }
    result = failed ? PyErr_NoMemory() : results(&w);
    for (size_t k = 0; k < 2 * MAX_GROUPS; k++) free(bufs[k].p);
    free(w.bails);
    free(w.validity);
    free(w.runs);
    free(w.chains);
    free(chains);
    free(stays);
    free(exits);
    free(marked);
    free(table_);
    free(ends);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&classes);
    PyBuffer_Release(&table);
    return result;
}

static PyMethodDef functions[] = {
    {"dfa_extract", dfa_extract, METH_VARARGS,
     "dfa_extract(offsets, data, first, n, classes, table, width, groups) -> (validity, nulls, [(offsets, data), ...], bails): "
     "see group_dfa.c."},
    {NULL, NULL, 0, NULL},
};

int add_group_dfa(PyObject *module) { return PyModule_AddFunctions(module, functions); }
