/* What logmr's kernels share: a growing buffer, and a hash table counting byte keys (open
   addressing, linear probing, at most half full; each distinct key's bytes kept in one buffer). */

#ifndef LOGMR_TABLE_H
#define LOGMR_TABLE_H

#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *p;
    size_t n, cap;
} Buf;

static inline int reserve(Buf *b, size_t more) {
    if (b->n + more <= b->cap && b->p) return 0; /* (allocated even for nothing: an empty key's bytes are not NULL) */
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + more) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

static inline int put(Buf *b, const char *s, size_t n) {
    if (reserve(b, n)) return -1;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return 0;
}

typedef struct {
    uint64_t hash;
    size_t at, len;
    Py_ssize_t count;
} Entry;

typedef struct {
    Entry *slots;
    size_t cap, used;
    Buf keys; /* every distinct key's bytes, one after another */
} Table;

static inline uint64_t hash(const char *p, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w = 0;
    for (; n >= 8; p += 8, n -= 8) {
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    if (n >= 4) { /* (the tail's first and last 4 bytes, overlapping: no byte-by-byte copy to stall on) */
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + n - 4, 4);
        w = a | (uint64_t)b << 32;
    } else {
        w = n ? (uint64_t)(unsigned char)p[0] | (uint64_t)(unsigned char)p[n / 2] << 8 |
                    (uint64_t)(unsigned char)p[n - 1] << 16
              : 0;
    }
    h ^= w; /* (then murmur3's finalizer: every bit of the tail reaches the low bits a slot takes) */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h ? h : 1; /* (0 marks an empty slot) */
}

static inline int grow(Table *t) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    Entry *slots = calloc(cap, sizeof(Entry));
    if (!slots) return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i].hash) continue;
        size_t j = t->slots[i].hash & (cap - 1);
        while (slots[j].hash) j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return 0;
}

/* The entry of a key whose hash is h, added with a count of 0 where it is new; NULL where memory
   runs out. The table must have room for it (`room`). */
static inline Entry *entry_at(Table *t, const char *key, size_t n, uint64_t h) {
    for (size_t j = h & (t->cap - 1);; j = (j + 1) & (t->cap - 1)) {
        Entry *e = &t->slots[j];
        if (!e->hash) {
            if (put(&t->keys, key, n)) return NULL;
            *e = (Entry){h, t->keys.n - n, n, 0};
            t->used++;
            return e;
        }
        if (e->hash == h && e->len == n && memcmp(t->keys.p + e->at, key, n) == 0) return e;
    }
}

/* Room for `more` new keys: -1 where memory runs out. */
static inline int room(Table *t, size_t more) {
    while ((t->used + more) * 2 > t->cap)
        if (grow(t)) return -1;
    return 0;
}

/* The entry of a key, added with a count of 0 where it is new; NULL where memory runs out. */
static inline Entry *entry(Table *t, const char *key, size_t n) {
    return room(t, 1) ? NULL : entry_at(t, key, n, hash(key, n));
}

static inline int count(Table *t, const char *key, size_t n) {
    Entry *e = entry(t, key, n);
    if (!e) return -1;
    e->count++;
    return 0;
}

/* The counting table type (key_counts.c), added to the module. */
int add_key_counts(PyObject *module);
int add_group_dfa(PyObject *module);
int add_json_text(PyObject *module);
int add_line_hits(PyObject *module);

/* The distinct keys of a table whose keys are rows of k values (count_rows' encoding: a byte 0 for
   None, or 1, a 4-byte length and the UTF-8 bytes), as [(row, count), ...] in the order first
   found, rows as tuples of str and None; None where a value is not UTF-8 (key_counts.c). */
PyObject *table_rows(const Table *t, Py_ssize_t k);
int add_dfa_count(PyObject *module);
int add_quote_cut(PyObject *module);

/* zlib's CRC-32 of n bytes after `crc` (key_counts.c; its table is filled by add_key_counts). */
uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n);

#endif
