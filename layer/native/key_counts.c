/* logmr_native.KeyCounts: counts of byte keys (a counting job's words), held in C.

   KeyCounts() is empty. add(text) counts the keys of a bytes-like text, separated by ASCII
   whitespace (bytes.split()'s: space, \t, \n, \v, \f, \r), each occurrence once, and returns how
   many there were; add_counts({key: count}) adds counts of bytes keys (any bytes). len() is the
   distinct keys, nbytes the memory held, items() the (key, count) pairs, clear() empties it.

   partitions(n) returns each of n partitions' lines `"key"\tcount\n`, sorted, as one bytes object
   each, a key's partition the CRC-32 of its JSON ("key") modulo n: the bytes that logmr's
   count_lines.encoded_partitions writes for the same counts. None where a key is not plain (a byte
   up to `"`, 0x22, or a `\`: its JSON is not the key in quotes, or its line does not sort as it).

   ascii_words(texts) gives wordcount's words of a list of texts; merge_counts(segments, n) sums a
   reduce's shuffle lines (each described where it is defined). */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#include "table.h"

/* A text's keys are counted first in a small table that stays in a core's cache (a slot for each of
   the text's distinct keys, pointing into the text), then added to the whole table a distinct key
   at a time: most keys recur within a block, and the large table's slots are read from memory. */
typedef struct {
    uint64_t hash;
    const char *key;
    uint32_t len, count;
} Local;

#define LOCAL_SLOTS (1 << 16) /* (1.5 MiB) */

typedef struct {
    PyObject_HEAD
    Table t;
    Local *local; /* LOCAL_SLOTS, kept empty between calls; allocated on the first `add` */
    int busy;     /* (the table is counted into without the GIL: one call at a time) */
} KeyCounts;

static int busy(KeyCounts *self) {
    if (!self->busy) return 0;
    PyErr_SetString(PyExc_RuntimeError, "KeyCounts is in use by another thread");
    return 1;
}

static void clear_table(Table *t) {
    free(t->slots);
    free(t->keys.p);
    *t = (Table){0};
}

static void dealloc(PyObject *self) {
    PyTypeObject *type = Py_TYPE(self);
    clear_table(&((KeyCounts *)self)->t);
    free(((KeyCounts *)self)->local);
    ((freefunc)PyType_GetSlot(type, Py_tp_free))(self);
    Py_DECREF(type);
}

static const unsigned char SPACE[256] = {[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1};

#define BATCH 16 /* keys whose slots are fetched together: the slots' cache misses overlap */

/* The small table's keys added to the whole table, in batches, and the small table emptied. */
static int flush(Table *t, Local *local, size_t *used) {
    if (room(t, *used)) return -1;
    Local *batch[BATCH];
    int k = 0;
    for (size_t i = 0; i <= LOCAL_SLOTS; i++) {
        if (i < LOCAL_SLOTS && local[i].hash) {
            batch[k++] = &local[i];
            __builtin_prefetch(&t->slots[local[i].hash & (t->cap - 1)]);
        }
        if (k == BATCH || (i == LOCAL_SLOTS && k)) {
            for (int j = 0; j < k; j++) {
                Entry *e = entry_at(t, batch[j]->key, batch[j]->len, batch[j]->hash);
                if (!e) return -1;
                e->count += batch[j]->count;
                *batch[j] = (Local){0};
            }
            k = 0;
        }
    }
    *used = 0;
    return 0;
}

/* The keys of data counted; how many, or -1 where memory ran out. */
static Py_ssize_t add_keys(Table *t, Local *local, const unsigned char *data, size_t size) {
    Py_ssize_t keys = 0;
    size_t i = 0, used = 0;
    while (i < size) {
        while (i < size && SPACE[data[i]]) i++;
        size_t start = i;
        while (i < size && !SPACE[data[i]]) i++;
        if (i == start) break;
        const char *key = (const char *)data + start;
        size_t n = i - start;
        uint64_t h = hash(key, n);
        keys++;
        if (n > UINT32_MAX) { /* (a key past 4 GiB: straight to the whole table) */
            Entry *e = room(t, 1) ? NULL : entry_at(t, key, n, h);
            if (!e) return -1;
            e->count++;
            continue;
        }
        for (size_t j = h & (LOCAL_SLOTS - 1);; j = (j + 1) & (LOCAL_SLOTS - 1)) {
            Local *l = &local[j];
            if (!l->hash) {
                *l = (Local){h, key, (uint32_t)n, 1};
                if (++used == LOCAL_SLOTS / 2 && flush(t, local, &used)) return -1;
                break;
            }
            if (l->hash == h && l->len == n && memcmp(l->key, key, n) == 0) {
                if (++l->count == UINT32_MAX && flush(t, local, &used)) return -1;
                break;
            }
        }
    }
    return flush(t, local, &used) ? -1 : keys;
}

static PyObject *add(PyObject *op, PyObject *args) {
    KeyCounts *self = (KeyCounts *)op;
    Py_buffer text;
    if (busy(self) || !PyArg_ParseTuple(args, "y*", &text)) return NULL;
    if (!self->local && !(self->local = calloc(LOCAL_SLOTS, sizeof(Local)))) {
        PyBuffer_Release(&text);
        return PyErr_NoMemory();
    }
    Py_ssize_t keys;
    self->busy = 1;
    Py_BEGIN_ALLOW_THREADS
    keys = add_keys(&self->t, self->local, text.buf, (size_t)text.len);
    if (keys < 0) memset(self->local, 0, LOCAL_SLOTS * sizeof(Local)); /* (emptied for the next call) */
    Py_END_ALLOW_THREADS
    self->busy = 0;
    PyBuffer_Release(&text);
    return keys < 0 ? PyErr_NoMemory() : PyLong_FromSsize_t(keys);
}

/* The pairs' counts added; -1 with an exception set. (Python code may run meanwhile: a value's
   __index__, a collection's finalizers; the table is marked busy throughout.) */
static int add_pairs(Table *t, PyObject *pairs) {
    for (Py_ssize_t i = 0; i < PyList_Size(pairs); i++) {
        PyObject *pair = PyList_GetItem(pairs, i); /* (key, count): the list holds both */
        long long by = PyLong_AsLongLong(PyTuple_GetItem(pair, 1));
        if (by == -1 && PyErr_Occurred()) return -1;
        char *p;
        Py_ssize_t n;
        if (PyBytes_AsStringAndSize(PyTuple_GetItem(pair, 0), &p, &n)) return -1;
        Entry *e = entry(t, p, (size_t)n);
        if (!e) {
            PyErr_NoMemory();
            return -1;
        }
        long long sum;
        if (__builtin_add_overflow((long long)e->count, by, &sum) || sum != (Py_ssize_t)sum) {
            PyErr_SetString(PyExc_OverflowError, "a key's count is past 64 bits");
            return -1;
        }
        e->count = (Py_ssize_t)sum;
    }
    return 0;
}

static PyObject *add_counts(PyObject *op, PyObject *counts) {
    KeyCounts *self = (KeyCounts *)op;
    if (busy(self)) return NULL;
    if (!PyDict_Check(counts)) {
        PyErr_SetString(PyExc_TypeError, "add_counts takes a dict of bytes keys and int counts");
        return NULL;
    }
    PyObject *pairs = PyDict_Items(counts); /* (a copy: the dict may change while it is read) */
    if (!pairs) return NULL;
    self->busy = 1;
    int failed = add_pairs(&self->t, pairs);
    self->busy = 0;
    Py_DECREF(pairs);
    return failed ? NULL : Py_NewRef(Py_None);
}

static Py_ssize_t length(PyObject *op) { return (Py_ssize_t)((KeyCounts *)op)->t.used; }

static PyObject *nbytes(PyObject *op, void *closure) {
    const Table *t = &((KeyCounts *)op)->t;
    return PyLong_FromSize_t(t->cap * sizeof(Entry) + t->keys.cap);
}

static PyObject *items(PyObject *op, PyObject *unused) {
    KeyCounts *self = (KeyCounts *)op;
    const Table *t = &self->t;
    PyObject *list = busy(self) ? NULL : PyList_New(0);
    self->busy = list != NULL; /* (a collection's finalizers may run another thread meanwhile) */
    for (size_t i = 0; list && i < t->cap; i++) {
        const Entry *e = &t->slots[i];
        if (!e->hash) continue;
        PyObject *pair = Py_BuildValue("(y#n)", t->keys.p + e->at, (Py_ssize_t)e->len, e->count);
        if (!pair || PyList_Append(list, pair)) Py_CLEAR(list);
        Py_XDECREF(pair);
    }
    self->busy = 0;
    return list;
}

static PyObject *clear(PyObject *op, PyObject *unused) {
    KeyCounts *self = (KeyCounts *)op;
    if (busy(self)) return NULL;
    clear_table(&self->t);
    Py_RETURN_NONE;
}

/* --- partitions ------------------------------------------------------------------------------ */

/* zlib's CRC-32 (the reflected polynomial 0xEDB88320), eight bytes at a time: CRC[k][byte] is the
   CRC of the byte followed by k zero bytes (filled in by add_key_counts). Little-endian machines. */
static uint32_t CRC[8][256];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "crc32_update reads 4 bytes at a time as a little-endian number"
#endif

uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n) {
    crc = ~crc;
    for (; n >= 8; p += 8, n -= 8) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + 4, 4);
        a ^= crc;
        crc = CRC[7][a & 0xFF] ^ CRC[6][a >> 8 & 0xFF] ^ CRC[5][a >> 16 & 0xFF] ^ CRC[4][a >> 24] ^ CRC[3][b & 0xFF] ^
              CRC[2][b >> 8 & 0xFF] ^ CRC[1][b >> 16 & 0xFF] ^ CRC[0][b >> 24];
    }
    while (n--) crc = CRC[0][(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

typedef struct {
    uint64_t prefix; /* the key's first 8 bytes, big-endian, zeros past its end */
    uint32_t part;
    uint32_t slot; /* the key's entry */
} Item;

/* Items sorted by a stable LSD radix sort: by prefix a byte at a time, then by partition. -1: no memory. */
static int radix_sort(Item *items, size_t n, uint32_t partitions) {
    Item *spare = malloc((n ? n : 1) * sizeof(Item));
    size_t *counts = calloc(partitions > 256 ? partitions : 256, sizeof(size_t));
    for (int pass = 0; spare && counts && pass <= (partitions > 1 ? 8 : 7); pass++) {
        size_t buckets = pass < 8 ? 256 : partitions, sum = 0;
        memset(counts, 0, buckets * sizeof(size_t));
        for (size_t i = 0; i < n; i++) counts[pass < 8 ? items[i].prefix >> (8 * pass) & 0xFF : items[i].part]++;
        if (pass < 8 && n && counts[items[0].prefix >> (8 * pass) & 0xFF] == n) continue; /* (one byte value) */
        for (size_t d = 0; d < buckets; d++) {
            size_t c = counts[d];
            counts[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) spare[counts[pass < 8 ? items[i].prefix >> (8 * pass) & 0xFF : items[i].part]++] = items[i];
        memcpy(items, spare, n * sizeof(Item));
    }
    int failed = !spare || !counts;
    free(spare);
    free(counts);
    return failed;
}

typedef struct {
    const char *key;
    size_t len;
    Item item;
} Tie;

/* By the key's bytes, a key before those it begins (a plain key's line sorts so: its closing quote
   sorts before any byte of a plain key). */
static int by_key(const void *a, const void *b) {
    const Tie *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->key, y->key, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Runs of items alike in partition and first 8 bytes sorted by their whole keys. -1: no memory. */
static int sort_ties(const Table *t, Item *items, size_t n) {
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && items[j].prefix == items[i].prefix && items[j].part == items[i].part; j++) {
        }
        if (j - i < 2) continue;
        Tie *ties = malloc((j - i) * sizeof(Tie));
        if (!ties) return -1;
        for (size_t k = i; k < j; k++) {
            const Entry *e = &t->slots[items[k].slot];
            ties[k - i] = (Tie){t->keys.p + e->at, e->len, items[k]};
        }
        qsort(ties, j - i, sizeof(Tie), by_key);
        for (size_t k = i; k < j; k++) items[k] = ties[k - i].item;
        free(ties);
    }
    return 0;
}

/* How a row is written: before the key, between it and its count, after the count. */
typedef struct {
    const char *before, *between, *after;
} Layout;

static const Layout SHUFFLE = {"\"", "\"\t", "\n"}, ROWS = {"{\"key\":", ",\"value\":", "}\n"};

static int put_row(Buf *b, const Layout *layout, const char *key, size_t len, Py_ssize_t count) {
    char digits[24], *d = digits + sizeof digits;
    unsigned long long v = count < 0 ? 0 - (unsigned long long)count : (unsigned long long)count;
    do *--d = (char)('0' + v % 10);
    while (v /= 10);
    if (count < 0) *--d = '-';
    size_t nd = (size_t)(digits + sizeof digits - d);
    size_t nb = strlen(layout->before), nm = strlen(layout->between), na = strlen(layout->after);
    if (reserve(b, nb + len + nm + nd + na)) return -1;
    char *o = b->p + b->n;
    memcpy(o, layout->before, nb);
    memcpy(o += nb, key, len);
    memcpy(o += len, layout->between, nm);
    memcpy(o += nm, d, nd);
    memcpy(o += nd, layout->after, na);
    b->n = (size_t)(o + na - b->p);
    return 0;
}

/* The keys' shuffle lines sorted by key in their partitions (a key's the CRC-32 of its JSON where
   there are several), each partition's end in `ends`. -1: no memory. */
static int write_rows(const Table *t, uint32_t partitions, Buf *out, size_t *ends) {
    size_t n = 0;
    Item *items = t->cap <= UINT32_MAX ? malloc((t->used ? t->used : 1) * sizeof(Item)) : NULL;
    if (!items) return -1;
    uint32_t quote = crc32_update(0, (const unsigned char *)"\"", 1);
    for (size_t i = 0; i < t->cap; i++) {
        const Entry *e = &t->slots[i];
        if (!e->hash) continue;
        const unsigned char *key = (const unsigned char *)t->keys.p + e->at;
        unsigned char head[8] = {0};
        memcpy(head, key, e->len < 8 ? e->len : 8);
        uint64_t prefix = 0;
        for (int k = 0; k < 8; k++) prefix = prefix << 8 | head[k];
        uint32_t part = 0;
        if (partitions > 1) part = crc32_update(crc32_update(quote, key, e->len), (const unsigned char *)"\"", 1) % partitions;
        items[n++] = (Item){prefix, part, (uint32_t)i};
    }
    if (radix_sort(items, n, partitions) || sort_ties(t, items, n)) {
        free(items);
        return -1;
    }
    int failed = 0;
    for (size_t i = 0, part = 0; part < partitions; part++) {
        for (; i < n && items[i].part == part; i++) {
            const Entry *e = &t->slots[items[i].slot];
            failed |= put_row(out, &SHUFFLE, t->keys.p + e->at, e->len, e->count);
        }
        ends[part] = out->n;
    }
    free(items);
    return failed;
}

/* Each partition's lines as one bytes object (a list), or NULL. */
static PyObject *written(KeyCounts *self, uint32_t partitions) {
    Buf out = {0};
    size_t *ends = malloc(partitions * sizeof(size_t));
    int failed = !ends;
    if (!failed) {
        self->busy = 1;
        Py_BEGIN_ALLOW_THREADS
        failed = write_rows(&self->t, partitions, &out, ends);
        Py_END_ALLOW_THREADS
        self->busy = 0;
    }
    PyObject *list = failed ? PyErr_NoMemory() : PyList_New(partitions);
    for (Py_ssize_t part = 0, start = 0; list && part < partitions; start = (Py_ssize_t)ends[part++]) {
        PyObject *lines = PyBytes_FromStringAndSize(out.p + start, (Py_ssize_t)ends[part] - start);
        if (!lines) Py_CLEAR(list);
        else PyList_SetItem(list, part, lines);
    }
    free(ends);
    free(out.p);
    return list;
}

static PyObject *partitions(PyObject *op, PyObject *args) {
    KeyCounts *self = (KeyCounts *)op;
    const Table *t = &self->t;
    Py_ssize_t partitions;
    if (busy(self) || !PyArg_ParseTuple(args, "n", &partitions)) return NULL;
    if (partitions < 1 || partitions > 1 << 20) {
        PyErr_SetString(PyExc_ValueError, "partitions must be 1 to 2**20");
        return NULL;
    }
    for (size_t i = 0; i < t->keys.n; i++) {
        unsigned char c = (unsigned char)t->keys.p[i];
        if (c <= '"' || c == '\\') Py_RETURN_NONE;
    }
    return written(self, (uint32_t)partitions);
}

/* --- the type ---------------------------------------------------------------------------------- */

static PyMethodDef methods[] = {
    {"add", add, METH_VARARGS, "add(text) -> int: count the keys of text, separated by ASCII whitespace."},
    {"add_counts", add_counts, METH_O, "add_counts({key: count}): add counts of bytes keys."},
    {"items", items, METH_NOARGS, "items() -> [(key, count), ...]"},
    {"partitions", partitions, METH_VARARGS,
     "partitions(n) -> [lines, ...] | None: each partition's sorted \"key\"\\tcount\\n lines (see the source)."},
    {"clear", clear, METH_NOARGS, "clear(): no keys."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef getset[] = {
    {"nbytes", nbytes, NULL, "the bytes the table holds", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot slots[] = {
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, dealloc},
    {Py_tp_methods, methods},
    {Py_tp_getset, getset},
    {Py_mp_length, length},
    {Py_tp_doc, "KeyCounts(): counts of byte keys held in C (see key_counts.c)."},
    {0, NULL},
};

static PyType_Spec spec = {"logmr_native.KeyCounts", sizeof(KeyCounts), 0, Py_TPFLAGS_DEFAULT, slots};

/* --- words ------------------------------------------------------------------------------------ */

/* ascii_words(texts) -> (words, others): the ASCII texts of a list of str, each byte of a \w+ word
   (Python's \w on ASCII: A-Z, a-z, 0-9, _) lowercased and every other byte a blank, a blank after
   each text, as one bytes object; and the texts that are not ASCII, as a list (for the caller's
   own regex: \w is Unicode's there). What wordcount hands the engine to count (`EncodedKeys`). */
static unsigned char WORDS[256];

static PyObject *ascii_words(PyObject *module, PyObject *texts) {
    if (!PyList_Check(texts)) {
        PyErr_SetString(PyExc_TypeError, "ascii_words takes a list of str");
        return NULL;
    }
    Py_ssize_t count = PyList_Size(texts);
    PyObject *others = PyList_New(0);
    Buf out = {0};
    for (Py_ssize_t i = 0; others && i < count; i++) {
        PyObject *text = PyList_GetItem(texts, i);
        Py_ssize_t n;
        const char *utf8 = PyUnicode_Check(text) ? PyUnicode_AsUTF8AndSize(text, &n) : NULL;
        if (!utf8 && PyUnicode_Check(text) && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
            PyErr_Clear(); /* (a lone surrogate: not ASCII) */
        } else if (!utf8) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "ascii_words takes a list of str");
            Py_CLEAR(others);
            break;
        }
        unsigned char high = 0;
        for (Py_ssize_t k = 0; utf8 && k < n; k++) high |= (unsigned char)utf8[k];
        if (!utf8 || high >= 0x80) {
            if (PyList_Append(others, text)) Py_CLEAR(others);
            continue;
        }
        if (reserve(&out, (size_t)n + 1)) {
            PyErr_NoMemory();
            Py_CLEAR(others);
            break;
        }
        unsigned char *o = (unsigned char *)out.p + out.n;
        for (Py_ssize_t k = 0; k < n; k++) o[k] = WORDS[(unsigned char)utf8[k]];
        o[n] = ' ';
        out.n += (size_t)n + 1;
    }
    PyObject *result = others ? Py_BuildValue("(y#N)", out.p ? out.p : "", (Py_ssize_t)out.n, others) : NULL;
    free(out.p);
    return result;
}

typedef struct { /* a row, for the top rows */
    const char *key;
    size_t len;
    Py_ssize_t count;
} Ranked;

/* --- a reduce's shuffle lines merged -------------------------------------------------------- */

/* merge_counts(segments, n) -> (rows, keys, total, top) | None: the `KEY\tVALUE\n` lines of each
   bytes-like segment (a map's lines of one partition, sorted by KEY's bytes, as logmr's combiners
   write them) merged: each KEY's values summed, written as `{"key":KEY,"value":SUM}\n` rows in KEY's
   order (as count_lines.summed_partition and rows.LinesPart write them); how many keys, the sums'
   total, and the n rows first by (-SUM, KEY) as [(KEY, SUM), ...] (n at most 2**20). None where a
   line is not so, a segment's keys are out of order, a value is not a JSON integer of at most 18
   digits or a sum (a key's, or the total so far) is past 64 bits: the caller sums the lines its
   own way. */

typedef struct {
    const char *at, *end; /* the lines not read yet */
    const char *key;      /* the line read: its key, length and value */
    size_t len;
    long long value;
} Run;

static int compare(const char *a, size_t na, const char *b, size_t nb) {
    int c = memcmp(a, b, na < nb ? na : nb);
    return c ? c : (na > nb) - (na < nb);
}

/* The run's next line read: 1; 0 at its end; -1 where it cannot be (see merge_counts). */
static int next_line(Run *r) {
    if (r->at >= r->end) return 0;
    const char *nl = memchr(r->at, '\n', (size_t)(r->end - r->at)), *tab = nl ? memchr(r->at, '\t', (size_t)(nl - r->at)) : NULL;
    if (!tab) return -1;
    const char *v = tab + 1;
    int negative = v < nl && *v == '-';
    v += negative;
    size_t digits = (size_t)(nl - v);
    if (!digits || digits > 18 || (*v == '0' && digits > 1)) return -1;
    long long value = 0;
    for (; v < nl; v++) {
        if (*v < '0' || *v > '9') return -1;
        value = value * 10 + (*v - '0');
    }
    size_t len = (size_t)(tab - r->at);
    if (r->key && compare(r->key, r->len, r->at, len) > 0) return -1;
    r->key = r->at;
    r->len = len;
    r->value = negative ? -value : value;
    r->at = nl + 1;
    return 1;
}

static void sift(Run **heap, size_t n, size_t i) { /* (a min-heap of runs by their line's key) */
    for (size_t c; (c = 2 * i + 1) < n; i = c) {
        if (c + 1 < n && compare(heap[c + 1]->key, heap[c + 1]->len, heap[c]->key, heap[c]->len) < 0) c++;
        if (compare(heap[i]->key, heap[i]->len, heap[c]->key, heap[c]->len) <= 0) return;
        Run *s = heap[i];
        heap[i] = heap[c];
        heap[c] = s;
    }
}

/* Whether a ranks after b by (-count, key): the worse of two rows. */
static int worse(const Ranked *a, const Ranked *b) {
    if (a->count != b->count) return a->count < b->count;
    return compare(a->key, a->len, b->key, b->len) > 0;
}

static void sift_worst(Ranked *top, size_t n, size_t i) { /* (a heap whose root is the worst row) */
    for (size_t c; (c = 2 * i + 1) < n; i = c) {
        if (c + 1 < n && worse(&top[c + 1], &top[c])) c++;
        if (!worse(&top[c], &top[i])) return;
        Ranked s = top[i];
        top[i] = top[c];
        top[c] = s;
    }
}

static void offer(Ranked *top, size_t n, size_t *kept, Ranked row) {
    if (*kept < n) {
        size_t i = (*kept)++;
        top[i] = row;
        while (i && worse(&top[i], &top[(i - 1) / 2])) { /* (up: a worse row nearer the root) */
            Ranked s = top[i];
            top[i] = top[(i - 1) / 2];
            top[i = (i - 1) / 2] = s;
        }
    } else if (n && worse(&top[0], &row)) {
        top[0] = row;
        sift_worst(top, n, 0);
    }
}

enum { MERGED, NOT_MERGED, NO_ROOM };

static int merge_runs(Run *runs, Run **heap, size_t count, Buf *out, size_t *keys, long long *total, Ranked *top,
                      size_t n, size_t *kept) {
    size_t live = 0;
    for (size_t i = 0; i < count; i++) {
        int read = next_line(&runs[i]);
        if (read < 0) return NOT_MERGED;
        if (read) heap[live++] = &runs[i];
    }
    for (size_t i = live / 2; i-- > 0;) sift(heap, live, i);
    while (live) {
        Run *first = heap[0];
        const char *key = first->key;
        size_t len = first->len;
        long long sum = 0;
        while (live && compare(heap[0]->key, heap[0]->len, key, len) == 0) {
            Run *r = heap[0];
            if (__builtin_add_overflow(sum, r->value, &sum)) return NOT_MERGED;
            int read = next_line(r);
            if (read < 0) return NOT_MERGED;
            if (!read) heap[0] = heap[--live];
            sift(heap, live, 0);
        }
        if (__builtin_add_overflow(*total, sum, total) || sum != (Py_ssize_t)sum) return NOT_MERGED;
        if (put_row(out, &ROWS, key, len, (Py_ssize_t)sum)) return NO_ROOM;
        (*keys)++;
        offer(top, n, kept, (Ranked){key, len, (Py_ssize_t)sum});
    }
    return MERGED;
}

static int by_rank_sort(const void *a, const void *b) { return worse(a, b) ? 1 : worse(b, a) ? -1 : 0; }

static PyObject *merge_counts(PyObject *module, PyObject *args) {
    PyObject *list;
    Py_ssize_t want;
    if (!PyArg_ParseTuple(args, "On", &list, &want)) return NULL;
    if (!PyList_Check(list) || !(list = PyList_AsTuple(list))) { /* (a copy: the list may change meanwhile) */
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "merge_counts takes a list of bytes-like segments");
        return NULL;
    }
    size_t count = (size_t)PyTuple_Size(list), n = want < 0 ? 0 : (size_t)want, keys = 0, kept = 0, got = 0;
    if (n > 1 << 20) n = 1 << 20; /* (a top that long is no summary) */
    Py_buffer *views = calloc(count ? count : 1, sizeof(Py_buffer));
    Run *runs = calloc(count ? count : 1, sizeof(Run));
    Run **heap = calloc(count ? count : 1, sizeof(Run *));
    Ranked *top = calloc(n ? n : 1, sizeof(Ranked));
    PyObject *result = NULL;
    int status = NO_ROOM;
    if (views && runs && heap && top) {
        for (; got < count; got++) {
            if (PyObject_GetBuffer(PyTuple_GetItem(list, (Py_ssize_t)got), &views[got], PyBUF_SIMPLE)) break;
            runs[got] = (Run){views[got].buf, (const char *)views[got].buf + views[got].len, NULL, 0, 0};
        }
    } else {
        PyErr_NoMemory();
    }
    Buf out = {0};
    long long total = 0;
    if (got == count && views && runs && heap && top) {
        Py_BEGIN_ALLOW_THREADS
        status = merge_runs(runs, heap, count, &out, &keys, &total, top, n, &kept);
        if (status == MERGED) qsort(top, kept, sizeof(Ranked), by_rank_sort);
        Py_END_ALLOW_THREADS
        if (status == NO_ROOM) PyErr_NoMemory();
    }
    if (status == NOT_MERGED) {
        result = Py_NewRef(Py_None);
    } else if (status == MERGED) {
        PyObject *ranked = PyList_New((Py_ssize_t)kept);
        for (size_t i = 0; ranked && i < kept; i++) {
            PyObject *row = Py_BuildValue("(y#n)", top[i].key, (Py_ssize_t)top[i].len, top[i].count);
            if (!row) Py_CLEAR(ranked);
            else PyList_SetItem(ranked, (Py_ssize_t)i, row);
        }
        if (ranked) result = Py_BuildValue("(y#nLN)", out.p ? out.p : "", (Py_ssize_t)out.n, (Py_ssize_t)keys, total, ranked);
    }
    for (size_t i = 0; i < got; i++) PyBuffer_Release(&views[i]);
    Py_DECREF(list);
    free(out.p);
    free(views);
    free(runs);
    free(heap);
    free(top);
    return result;
}

/* --- count_rows ------------------------------------------------------------------------------ */

#define MAX_COLUMNS 16

typedef struct {
    Py_buffer validity, offsets, data;
    int has_validity, wide;
    Py_ssize_t offset;
} Column;

static int by_at(const void *a, const void *b) {
    size_t x = (*(const Entry *const *)a)->at, y = (*(const Entry *const *)b)->at;
    return (x > y) - (x < y);
}

/* A row's key: each column's value as a byte 0 (null), or 1, its length (4 bytes) and its bytes;
   -1 where an offset is out of bounds (with ValueError), -2 where memory runs out. */
static int row_key(const Column *columns, Py_ssize_t k, Py_ssize_t row, Buf *key) {
    key->n = 0;
    for (Py_ssize_t c = 0; c < k; c++) {
        const Column *col = &columns[c];
        const Py_ssize_t at = col->offset + row;
        if (col->has_validity && !(((const uint8_t *)col->validity.buf)[at >> 3] >> (at & 7) & 1)) {
            if (put(key, "\0", 1)) return -2;
            continue;
        }
        int64_t start, end;
        if (col->wide) {
            memcpy(&start, (const char *)col->offsets.buf + at * 8, 8);
            memcpy(&end, (const char *)col->offsets.buf + at * 8 + 8, 8);
        } else {
            int32_t s32, e32;
            memcpy(&s32, (const char *)col->offsets.buf + at * 4, 4);
            memcpy(&e32, (const char *)col->offsets.buf + at * 4 + 4, 4);
            start = s32, end = e32;
        }
        if (start < 0 || start > end || end > col->data.len || end - start > UINT32_MAX) {
            PyErr_SetString(PyExc_ValueError, "count_rows: a value's offsets out of bounds");
            return -1;
        }
        const uint32_t length = (uint32_t)(end - start);
        if (put(key, "\1", 1) || put(key, (const char *)&length, 4) || put(key, (const char *)col->data.buf + start, length))
            return -2;
    }
    return 0;
}

/* The row of a key, as a tuple of str (decoded strictly) and None. */
static PyObject *key_row(const char *p, Py_ssize_t k) {
    PyObject *row = PyTuple_New(k);
    for (Py_ssize_t c = 0; row && c < k; c++) {
        PyObject *value;
        if (*p++ == 0) {
            value = Py_NewRef(Py_None);
        } else {
            uint32_t length;
            memcpy(&length, p, 4);
            value = PyUnicode_DecodeUTF8(p + 4, (Py_ssize_t)length, "strict");
            p += 4 + length;
        }
        if (!value) Py_CLEAR(row);
        else PyTuple_SetItem(row, c, value);
    }
    return row;
}

PyObject *table_rows(const Table *t, Py_ssize_t k) {
    Entry **entries = malloc((t->used + 1) * sizeof *entries);
    if (!entries) return PyErr_NoMemory();
    size_t found = 0;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].hash) entries[found++] = &t->slots[i];
    qsort(entries, found, sizeof *entries, by_at); /* (the order first found) */
    PyObject *result = PyList_New((Py_ssize_t)found);
    for (size_t i = 0; result && i < found; i++) {
        PyObject *row = key_row(t->keys.p + entries[i]->at, k);
        PyObject *pair = row ? Py_BuildValue("(Nn)", row, entries[i]->count) : NULL;
        if (!pair) Py_CLEAR(result);
        else PyList_SetItem(result, (Py_ssize_t)i, pair);
    }
    free(entries);
    if (!result && PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
        PyErr_Clear();
        result = Py_NewRef(Py_None);
    }
    return result;
}

/* count_rows(n, columns) -> [(row, count), ...] | None: the distinct rows of `n` values of equally
   long Arrow string columns, each (offset, validity or None, offsets, data, wide: int64 offsets),
   each row once with how many times it is found, in the order first found (columnar.group_counts'
   rows and counts); None where a value is not UTF-8 (the caller's Arrow path then reads them). */
static PyObject *count_rows(PyObject *module, PyObject *args) {
    (void)module;
    Py_ssize_t n;
    PyObject *given;
    if (!PyArg_ParseTuple(args, "nO!", &n, &PyList_Type, &given)) return NULL;
    const Py_ssize_t k = PyList_Size(given);
    if (n < 0 || k < 1 || k > MAX_COLUMNS) {
        PyErr_SetString(PyExc_ValueError, "count_rows: 1 to 16 columns, n >= 0");
        return NULL;
    }
    Column columns[MAX_COLUMNS];
    memset(columns, 0, sizeof columns);
    PyObject *result = NULL;
    Table t = {0};
    Buf key = {0};
    Py_ssize_t held = 0; /* (the columns whose offsets and data are held) */
    for (; held < k; held++) {
        Column *col = &columns[held];
        PyObject *validity;
        if (!PyArg_ParseTuple(PyList_GetItem(given, held), "nOy*y*p", &col->offset, &validity, &col->offsets, &col->data,
                              &col->wide))
            goto done;
        if (validity != Py_None) {
            if (PyObject_GetBuffer(validity, &col->validity, PyBUF_SIMPLE)) {
                held++;
                goto done;
            }
            col->has_validity = 1;
        }
        const Py_ssize_t width = col->wide ? 8 : 4;
        if (col->offset < 0 || col->offsets.len / width < col->offset + n + 1 ||
            (col->has_validity && col->validity.len * 8 < col->offset + n)) {
            held++;
            PyErr_SetString(PyExc_ValueError, "count_rows: a column shorter than its offset and n");
            goto done;
        }
    }
    for (Py_ssize_t row = 0; row < n; row++) {
        const int failed = row_key(columns, k, row, &key);
        if (failed == -2 || (!failed && count(&t, key.p ? key.p : "", key.n))) {
            PyErr_NoMemory();
            goto done;
        }
        if (failed) goto done;
    }
    result = table_rows(&t, k);
done:
    for (Py_ssize_t c = 0; c < held; c++) {
        PyBuffer_Release(&columns[c].offsets);
        PyBuffer_Release(&columns[c].data);
        if (columns[c].has_validity) PyBuffer_Release(&columns[c].validity);
    }
    free(key.p);
    free(t.slots);
    free(t.keys.p);
    return result;
}

static PyMethodDef functions[] = {
    {"ascii_words", ascii_words, METH_O, "ascii_words(texts) -> (words, others): see key_counts.c."},
    {"count_rows", count_rows, METH_VARARGS, "count_rows(n, columns) -> [(row, count), ...] | None: see key_counts.c."},
    {"merge_counts", merge_counts, METH_VARARGS, "merge_counts(segments, n) -> (rows, keys, total, top) | None: see key_counts.c."},
    {NULL, NULL, 0, NULL},
};

int add_key_counts(PyObject *module) {
    for (uint32_t byte = 0; byte < 256; byte++) {
        uint32_t crc = byte;
        for (int k = 0; k < 8; k++) crc = crc & 1 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        CRC[0][byte] = crc;
        WORDS[byte] = (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte == '_' ? byte
                      : byte >= 'A' && byte <= 'Z'                                                 ? byte + 32
                                                                                                    : ' ';
    }
    for (int k = 1; k < 8; k++) {
        for (uint32_t byte = 0; byte < 256; byte++) CRC[k][byte] = CRC[k - 1][byte] >> 8 ^ CRC[0][CRC[k - 1][byte] & 0xFF];
    }
    if (PyModule_AddFunctions(module, functions)) return -1;
    PyObject *type = PyType_FromSpec(&spec);
    if (!type) return -1;
    int failed = PyModule_AddObjectRef(module, "KeyCounts", type);
    Py_DECREF(type);
    return failed;
}
