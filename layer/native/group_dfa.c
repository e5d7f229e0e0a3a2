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

#include "dfa.h"
#include "table.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define DEAD 0x1FFFFFFFu
#define BAIL 0x1FFFFFFEu
#define HAS_CHAIN 0x20000000u /* (set here: the next row starts a chain) */
#define HAS_RUN 0x40000000u   /* (set here: the next row has a run) */
#define CAN_STOP 0x80000000u

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

int64_t dfa_walk(const Dfa *d, const uint8_t *line, int64_t len, int64_t *best) {
    int64_t bounds[2 * DFA_MAX_GROUPS];
    const size_t stop_at = d->width - 1, nbounds = 2 * d->groups;
    for (size_t k = 0; k < nbounds; k++) bounds[k] = -1;
    uint32_t row = 0, flags = (d->runs[0] ? HAS_RUN : 0) | (d->chains[0] ? HAS_CHAIN : 0);
    int64_t stopped = -1; /* (where the last stop was: `best` then, with `last` set there) */
    uint64_t last = 0, stop = d->table[stop_at];
    int moved = 1; /* (bounds set since `best` was copied) */
    for (int64_t at = 0;; at++) {
        if (stop & 1 || (stop & 4 && at == len)) { /* (the last stop is the match where the line fails further on) */
            if (moved) memcpy(best, bounds, nbounds * sizeof(int64_t));
            stopped = at, last = stop >> 32, moved = 0;
            if (stop & 2 || !d->groups) break; /* (with no group, the first stop tells that it matches) */
        }
        if (at == len) break;
        if (flags & HAS_CHAIN) { /* (a chain of rows with one way on each: its bytes checked at once) */
            const DfaChain *chain = d->chains[row];
            if (len - at >= chain->length) {
                uint32_t differ = 0;
                for (uint32_t k = 0; k < chain->length; k++) differ |= d->classes[line[at + k]] ^ chain->classes[k];
                if (!differ) {
                    at += chain->length - 1; /* (the loop's at++: then the stop at the chain's end) */
                    flags = (uint32_t)d->table[chain->last], row = flags & ~(CAN_STOP | HAS_RUN | HAS_CHAIN);
                    stop = flags & CAN_STOP ? d->table[row + stop_at] : 0;
                    continue;
                }
            } /* (else byte by byte: the line fails where a byte differs, or ends) */
        }
        if (flags & HAS_RUN) { /* (a run of bytes that come back to this row, setting nothing) */
            const uint8_t *stay = d->runs[row];
            const int64_t from = at;
            for (const int64_t first = at + 8 < len ? at + 8 : len; at < first && stay[line[at]];) at++;
            const uint8_t *exits = d->exits + (size_t)(stay - d->stays) / 256 * 8;
            if (at == from + 8 && exits[0] != NO_EXITS) at = skip_run(line, at, len, exits); /* (a long run) */
            while (at < len && stay[line[at]]) at++;
            if (at != from) {
                at--; /* (the loop's at++: then the stop at the run's end, as one byte at a time would) */
                continue;
            }
        }
        const uint64_t way = d->table[row + d->classes[line[at]]];
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
        stop = flags & CAN_STOP ? d->table[row + stop_at] : 0;
    }
    if (stopped >= 0) set_bounds(best, last, stopped);
    return stopped;
}

/* The entry of the one way on of the row at `row` where it has one, at an ASCII class (its class
   in `at`), setting nothing, to another row, and the row neither stops nor takes a character past
   ASCII; else 0 (no row's way is the start row's first entry). */
static size_t single_way(const Dfa *d, const uint64_t *table, size_t row, uint8_t *at) {
    size_t found = 0;
    for (size_t c = 0; c + 1 < d->width; c++) {
        const uint32_t next = (uint32_t)table[row + c] & ~CAN_STOP;
        if (next == DEAD) continue;
        if (found || c + 2 == d->width || table[row + c] >> 32 || next == BAIL || next == row || !(row + c)) return 0;
        found = row + c, *at = (uint8_t)c;
    }
    return table[row + d->width - 1] ? 0 : found;
}

/* d->table: `table` with HAS_RUN set on the ways into rows with a run, and each such row's bytes
   that stay in it (256 a row, in `stays`); HAS_CHAIN on the ways into rows that start a chain of 3
   rows or more, each chain in `chains` (a row each). */
static void mark_runs(Dfa *d, const uint64_t *table, size_t entries) {
    const size_t width = d->width;
    for (size_t row = 0; row < entries; row += width) {
        uint8_t *stays = d->stays + row / width * 256;
        for (size_t b = 0; b < 128; b++) { /* (bytes past ASCII go through the table: a character whole) */
            const uint64_t way = table[row + d->classes[b]];
            stays[b] = ((uint32_t)way & ~CAN_STOP) == row && !(way >> 32);
            if (stays[b]) d->runs[row] = stays;
        }
        run_exits(stays, d->exits + row / width * 8);
        DfaChain *chain = &d->chain_rows[row / width];
        size_t entry;
        for (size_t at = row; chain->length < DFA_MAX_CHAIN && (entry = single_way(d, table, at, &chain->classes[chain->length]));) {
            chain->length++, chain->last = entry;
            at = (uint32_t)table[entry] & ~CAN_STOP;
        }
        if (chain->length >= 3) d->chains[row] = chain;
    }
    for (size_t i = 0; i < entries; i++) {
        const uint32_t next = (uint32_t)table[i] & ~CAN_STOP;
        const int way = i % width != width - 1 && next != DEAD && next != BAIL;
        d->table[i] = table[i] | (way && d->runs[next] ? HAS_RUN : 0) | (way && d->chains[next] ? HAS_CHAIN : 0);
    }
}

void dfa_free(Dfa *d) {
    free(d->table);
    free(d->runs);
    free(d->stays);
    free(d->exits);
    free(d->chains);
    free(d->chain_rows);
    memset(d, 0, sizeof *d);
}

int dfa_load(Dfa *d, const void *classes, Py_ssize_t classes_len, const void *table, Py_ssize_t table_len,
             Py_ssize_t width, Py_ssize_t groups) {
    memset(d, 0, sizeof *d);
    const size_t entries = table_len > 0 ? (size_t)table_len / sizeof(uint64_t) : 0;
    if (classes_len != 256 || width < 2 || groups < 0 || groups > DFA_MAX_GROUPS || table_len % sizeof(uint64_t)) {
        PyErr_SetString(PyExc_ValueError, "a DFA table out of bounds: 256 classes, width >= 2, 0 to 16 groups, uint64 entries");
        return -1;
    }
    d->width = (size_t)width, d->groups = (size_t)groups;
    memcpy(d->classes, classes, 256);
    /* (a copy: aligned, and not changed by another thread while a walk runs without the GIL) */
    uint64_t *copy = malloc(entries ? entries * sizeof(uint64_t) : 1);
    if (!copy) {
        PyErr_NoMemory();
        return -1;
    }
    memcpy(copy, table, entries * sizeof(uint64_t));
    if (!valid_table(copy, entries, d->width, d->classes)) {
        free(copy);
        PyErr_SetString(PyExc_ValueError, "a DFA table out of bounds: a way leads out of it");
        return -1;
    }
    const size_t rows = entries / d->width;
    d->table = malloc(entries * sizeof(uint64_t));
    d->stays = calloc(rows, 256), d->exits = calloc(rows, 8);
    d->runs = calloc(entries, sizeof *d->runs), d->chains = calloc(entries, sizeof *d->chains);
    d->chain_rows = calloc(rows, sizeof(DfaChain));
    if (!d->table || !d->stays || !d->exits || !d->runs || !d->chains || !d->chain_rows) {
        free(copy);
        dfa_free(d);
        PyErr_NoMemory();
        return -1;
    }
    mark_runs(d, copy, entries);
    free(copy);
    return 0;
}

/* 0 done, -1 out of memory. */
static int walk(const Dfa *d, const int64_t *offsets, const uint8_t *data, size_t n, Buf *texts, Buf *ends,
                uint8_t *validity, uint8_t **bails, size_t *nulls) {
    int64_t best[2 * DFA_MAX_GROUPS];
    for (size_t i = 0; i < n; i++) {
        const uint8_t *line = data + offsets[i];
        const int64_t stopped = dfa_walk(d, line, offsets[i + 1] - offsets[i], best);
        if (stopped < 0) {
            validity[i / 8] &= (uint8_t)~(1u << (i % 8));
            ++*nulls;
        }
        if (stopped == -2) {
            if (!*bails && !(*bails = calloc(n / 8 + 1, 1))) return -1;
            (*bails)[i / 8] |= (uint8_t)(1u << (i % 8));
        }
        for (size_t k = 0; k < d->groups; k++) {
            const int64_t start = best[2 * k], end = best[2 * k + 1];
            if (stopped >= 0 && start >= 0 && end >= start && put(&texts[k], (const char *)line + start, (size_t)(end - start)))
                return -1;
            int64_t total = (int64_t)texts[k].n;
            if (put(&ends[k], (const char *)&total, sizeof total)) return -1;
        }
    }
    return 0;
}

static PyObject *results(size_t n, size_t groups, Buf *texts, Buf *ends, const uint8_t *validity, const uint8_t *bails,
                         size_t nulls) {
    PyObject *read = PyList_New((Py_ssize_t)groups);
    for (size_t k = 0; read && k < groups; k++) {
        PyObject *pair = Py_BuildValue("(y#y#)", ends[k].p, (Py_ssize_t)ends[k].n, texts[k].p ? texts[k].p : "", (Py_ssize_t)texts[k].n);
        if (!pair || PyList_SetItem(read, (Py_ssize_t)k, pair)) Py_CLEAR(read);
    }
    const Py_ssize_t bytes = (Py_ssize_t)((n + 7) / 8);
    PyObject *bailed = bails ? PyBytes_FromStringAndSize((const char *)bails, bytes) : Py_NewRef(Py_None);
    return read && bailed ? Py_BuildValue("(y#nNN)", (const char *)validity, bytes, (Py_ssize_t)nulls, read, bailed)
                          : (Py_XDECREF(read), Py_XDECREF(bailed), NULL);
}

static PyObject *dfa_extract(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, classes, table;
    Py_ssize_t first, n, width, groups;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*y*nny*y*nn", &offsets, &data, &first, &n, &classes, &table, &width, &groups)) return NULL;
    PyObject *result = NULL;
    Dfa d = {0};
    int64_t *ends = NULL;
    int ok = first >= 0 && n >= 0 && (size_t)offsets.len / sizeof(int64_t) > (size_t)first + (size_t)n;
    if (ok && dfa_load(&d, classes.buf, classes.len, table.buf, table.len, width, groups)) goto done;
    /* (a copy: aligned, and not changed by another thread while the walk runs without the GIL) */
    ends = ok ? malloc(((size_t)n + 1) * sizeof(int64_t)) : NULL;
    if (ends) memcpy(ends, (const char *)offsets.buf + first * (Py_ssize_t)sizeof(int64_t), ((size_t)n + 1) * sizeof(int64_t));
    for (Py_ssize_t i = 0; ok && ends && i < n; i++) ok = ends[i] >= 0 && ends[i] <= ends[i + 1] && ends[i + 1] <= data.len;
    if (!ok || !ends) {
        if (ok) PyErr_NoMemory();
        else
            PyErr_SetString(PyExc_ValueError, "dfa_extract: lines' offsets out of bounds");
        goto done;
    }
    uint8_t *validity = malloc((size_t)n / 8 + 1), *bails = NULL;
    Buf bufs[2 * DFA_MAX_GROUPS] = {{0}};
    size_t nulls = 0;
    int failed = -1;
    if (validity) {
        memset(validity, 0xFF, (size_t)n / 8 + 1);
        int64_t zero = 0;
        failed = 0;
        for (size_t k = 0; k < d.groups && !failed; k++) failed = put(&bufs[DFA_MAX_GROUPS + k], (const char *)&zero, sizeof zero);
        if (!failed) {
            Py_BEGIN_ALLOW_THREADS
            failed = walk(&d, ends, data.buf, (size_t)n, bufs, bufs + DFA_MAX_GROUPS, validity, &bails, &nulls);
            Py_END_ALLOW_THREADS
        }
    }
    result = failed ? PyErr_NoMemory() : results((size_t)n, d.groups, bufs, bufs + DFA_MAX_GROUPS, validity, bails, nulls);
    for (size_t k = 0; k < 2 * DFA_MAX_GROUPS; k++) free(bufs[k].p);
    free(bails);
    free(validity);
done:
    free(ends);
    dfa_free(&d);
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
