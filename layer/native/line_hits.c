/* logmr_native.LineHits and hit_samples: the patterns job's work per match done in C
   (analyses/hyperscan_patterns.py and analyses/patterns.py; each does the same in Python where
   this module is missing).

   LineHits() is the callable Hyperscan's scan calls at each match, hits(id, from, to, flags,
   context): it keeps the match's end and pattern. lines(data, past, patterns) then gives, for each
   of the `patterns` patterns, the indices of the lines of `data` (bytes, lines separated by single
   newlines) its matches end in, increasing, each once, leaving out the matches whose last byte is
   at `past` or after; and where each line of `data` begins and ends (two int64 arrays as bytes).

   hit_samples(data, begins, ends, hits, keys, limit, max_bytes) counts the items `hits` (item i is
   data[begins[i]:ends[i]], int64 buffers) by their keys (`keys`, one per hit; None: one key,
   None) and keeps each key's `limit` least distinct items by (CRC-32, bytes): base.sample_rank's
   order, the samples logmr keeps wherever a block is split. Returns {key: (count, [text, ...])},
   the texts decoded (surrogatepass), an item longer than `max_bytes` cut to its first `max_bytes`
   characters (as base.keep_samples cuts a text); or None where such an item is not well-formed UTF-8
   before the cut, or a text kept is not UTF-8 (the caller reads those). */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#include "table.h"

#define MAX_PATTERNS 65536
#define MAX_LIMIT 16

typedef struct {
    PyObject_HEAD
    uint64_t *ends; /* each match's end << 16 | its pattern */
    size_t n, cap;
} LineHits;

static PyObject *hits_call(PyObject *self_, PyObject *args, PyObject *kwargs) {
    LineHits *self = (LineHits *)self_;
    if ((kwargs && PyDict_Size(kwargs)) || PyTuple_Size(args) < 3) {
        PyErr_SetString(PyExc_TypeError, "LineHits is called as (id, from, to, flags, context)");
        return NULL;
    }
    unsigned long id = PyLong_AsUnsignedLong(PyTuple_GetItem(args, 0));
    if (id == (unsigned long)-1 && PyErr_Occurred()) return NULL;
    unsigned long long end = PyLong_AsUnsignedLongLong(PyTuple_GetItem(args, 2));
    if (end == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    if (id >= MAX_PATTERNS || end >> 47) {
        PyErr_SetString(PyExc_ValueError, "a pattern id past 65535 or an offset past 2**47");
        return NULL;
    }
    if (self->n == self->cap) {
        size_t cap = self->cap ? 2 * self->cap : 1024;
        uint64_t *ends = realloc(self->ends, cap * sizeof *ends);
        if (!ends) return PyErr_NoMemory();
        self->ends = ends, self->cap = cap;
    }
    self->ends[self->n++] = (uint64_t)end << 16 | id;
    Py_RETURN_NONE;
}

static int by_value(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static PyObject *int64_bytes(const int64_t *values, size_t n) {
    return PyBytes_FromStringAndSize((const char *)values, (Py_ssize_t)(n * sizeof *values));
}

/* lines(data, past, patterns) -> ([[line, ...], ...], begins, ends): see above. */
static PyObject *hits_lines(PyObject *self_, PyObject *args) {
    LineHits *self = (LineHits *)self_;
    const char *data;
    Py_ssize_t size, past, patterns;
    if (!PyArg_ParseTuple(args, "y#nn", &data, &size, &past, &patterns)) return NULL;
    if (patterns < 0 || patterns > MAX_PATTERNS) {
        PyErr_SetString(PyExc_ValueError, "patterns: 0 to 65536");
        return NULL;
    }
    Buf begins = {0}, ends = {0};
    int64_t *last = malloc(((size_t)patterns + 1) * sizeof *last);
    PyObject *result = NULL, *found = PyList_New(patterns);
    if (!last || !found) {
        if (!last) PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < patterns; k++) {
        last[k] = -1;
        PyObject *list = PyList_New(0);
        if (!list) goto done;
        PyList_SetItem(found, k, list);
    }
    /* where each line begins and ends */
    int64_t at = 0;
    for (const char *p = data, *stop = data + size;;) {
        const char *newline = memchr(p, '\n', (size_t)(stop - p));
        int64_t end = newline ? newline - data : size;
        if (put(&begins, (const char *)&at, sizeof at) || put(&ends, (const char *)&end, sizeof end)) {
            PyErr_NoMemory();
            goto done;
        }
        if (!newline) break;
        at = end + 1, p = newline + 1;
    }
    const int64_t *line_ends = (const int64_t *)ends.p;
    size_t lines = ends.n / sizeof(int64_t), line = 0;
    for (size_t i = 1; i < self->n; i++) {
        if (self->ends[i] < self->ends[i - 1]) { /* (Hyperscan reports roughly in order) */
            qsort(self->ends, self->n, sizeof *self->ends, by_value);
            break;
        }
    }
    for (size_t i = 0; i < self->n; i++) {
        uint64_t end = self->ends[i] >> 16, k = self->ends[i] & 0xFFFF;
        int64_t byte = (int64_t)end - 1; /* (the match's last byte; -1: a match of nothing at the start, line 0) */
        if (byte >= past) continue;
        if ((Py_ssize_t)k >= patterns) {
            PyErr_SetString(PyExc_ValueError, "a match of a pattern past `patterns`");
            goto done;
        }
        while (line + 1 < lines && line_ends[line] < byte) line++;
        if (last[k] == (int64_t)line) continue;
        last[k] = (int64_t)line;
        PyObject *index = PyLong_FromSize_t(line);
        if (!index || PyList_Append(PyList_GetItem(found, (Py_ssize_t)k), index)) {
            Py_XDECREF(index);
            goto done;
        }
        Py_DECREF(index);
    }
    PyObject *b = int64_bytes((const int64_t *)begins.p, lines), *e = b ? int64_bytes(line_ends, lines) : NULL;
    if (b && e) result = PyTuple_Pack(3, found, b, e);
    Py_XDECREF(b);
    Py_XDECREF(e);
done:
    Py_XDECREF(found);
    free(last);
    free(begins.p);
    free(ends.p);
    return result;
}

static void hits_dealloc(PyObject *self) {
    PyTypeObject *type = Py_TYPE(self);
    free(((LineHits *)self)->ends);
    ((freefunc)PyType_GetSlot(type, Py_tp_free))(self);
    Py_DECREF(type);
}

static PyMethodDef hits_methods[] = {
    {"lines", hits_lines, METH_VARARGS, "lines(data, past, patterns) -> ([[line, ...], ...], begins, ends): see line_hits.c."},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot hits_slots[] = {
    {Py_tp_call, hits_call},
    {Py_tp_dealloc, hits_dealloc},
    {Py_tp_methods, hits_methods},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_doc, "LineHits(): a Hyperscan scan's matches, kept in C (see line_hits.c)."},
    {0, NULL},
};

static PyType_Spec hits_spec = {"logmr_native.LineHits", sizeof(LineHits), 0, Py_TPFLAGS_DEFAULT, hits_slots};

/* --- hit_samples ----------------------------------------------------------------------------- */

typedef struct {
    uint32_t crc;
    const unsigned char *p;
    size_t n;
} Sample;

typedef struct {
    Py_ssize_t count;
    int kept;
    Sample best[MAX_LIMIT];
} Group;

/* Whether a ranks before b: base.sample_rank's (CRC-32, text), a text's order its UTF-8 bytes'. */
static int before(const Sample *a, const Sample *b) {
    if (a->crc != b->crc) return a->crc < b->crc;
    int order = memcmp(a->p, b->p, a->n < b->n ? a->n : b->n);
    return order ? order < 0 : a->n < b->n;
}

static int same(const Sample *a, const Sample *b) {
    return a->crc == b->crc && a->n == b->n && !memcmp(a->p, b->p, a->n);
}

static void keep(Group *g, Sample s, int limit) {
    g->count++;
    if (g->kept == limit && !before(&s, &g->best[limit - 1])) return;
    int at = g->kept;
    while (at > 0 && before(&s, &g->best[at - 1])) at--;
    if (at > 0 && same(&s, &g->best[at - 1])) return; /* (a text kept already) */
    int moved = g->kept == limit ? limit - 1 - at : g->kept - at;
    memmove(&g->best[at + 1], &g->best[at], (size_t)moved * sizeof(Sample));
    g->best[at] = s;
    if (g->kept < limit) g->kept++;
}

/* The bytes of the first `chars` characters of p[0..n) (all n where it holds no more), or -1 where
   one of them is not well-formed UTF-8 (a surrogate, an overlong form, a sequence cut short). */
static Py_ssize_t first_chars(const unsigned char *p, size_t n, size_t chars) {
    size_t at = 0;
    for (size_t k = 0; k < chars && at < n; k++) {
        unsigned char c = p[at];
        size_t length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!length || at + length > n) return -1;
        unsigned char low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        for (size_t j = 1; j < length; j++) {
            unsigned char next = p[at + j];
            if (next < (j == 1 ? low : 0x80) || next > (j == 1 ? high : 0xBF)) return -1;
        }
        at += length;
    }
    return (Py_ssize_t)at;
}

static PyObject *group_result(PyObject *keys_seen, Group *groups) {
    PyObject *result = PyDict_New(), *key, *value;
    Py_ssize_t pos = 0;
    while (result && PyDict_Next(keys_seen, &pos, &key, &value)) {
        Group *g = &groups[PyLong_AsSsize_t(value)];
        PyObject *texts = PyList_New(g->kept), *entry = NULL;
        for (int k = 0; texts && k < g->kept; k++) {
            PyObject *text = PyUnicode_DecodeUTF8((const char *)g->best[k].p, (Py_ssize_t)g->best[k].n, "surrogatepass");
            if (!text) Py_CLEAR(texts);
            else PyList_SetItem(texts, k, text);
        }
        if (texts) entry = Py_BuildValue("(nN)", g->count, texts);
        if (!entry || PyDict_SetItem(result, key, entry)) Py_CLEAR(result);
        Py_XDECREF(entry);
    }
    return result;
}

static PyObject *hit_samples(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer data, begins, ends;
    PyObject *hits_given, *keys_given, *result = NULL;
    int limit;
    Py_ssize_t max_bytes;
    if (!PyArg_ParseTuple(args, "y*y*y*OOin", &data, &begins, &ends, &hits_given, &keys_given, &limit, &max_bytes))
        return NULL;
    /* (tuples held here: a key's __hash__ or __eq__ may change the caller's lists) */
    PyObject *hits = PySequence_Tuple(hits_given), *keys = NULL, *keys_seen = NULL;
    Group *groups = NULL;
    Py_ssize_t n = hits ? PyTuple_Size(hits) : 0, items = begins.len / (Py_ssize_t)sizeof(int64_t), distinct = 0, room = 0;
    if (!hits || !(keys = keys_given == Py_None ? Py_NewRef(Py_None) : PySequence_Tuple(keys_given)) ||
        !(keys_seen = PyDict_New()))
        goto done;
    if (limit < 1 || limit > MAX_LIMIT || max_bytes < 0 || ends.len != begins.len || (keys != Py_None && PyTuple_Size(keys) != n)) {
        PyErr_SetString(PyExc_ValueError, "hit_samples(data, begins, ends, hits, keys, limit, max_bytes): see line_hits.c");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t item = PyLong_AsSsize_t(PyTuple_GetItem(hits, i));
        if (item == -1 && PyErr_Occurred()) goto done;
        int64_t begin = -1, end = -1; /* (read as bytes: a buffer need not be aligned) */
        if (item >= 0 && item < items) {
            memcpy(&begin, (const char *)begins.buf + item * (Py_ssize_t)sizeof begin, sizeof begin);
            memcpy(&end, (const char *)ends.buf + item * (Py_ssize_t)sizeof end, sizeof end);
        }
        if (begin < 0 || begin > end || end > data.len) {
            PyErr_SetString(PyExc_IndexError, "a hit past the items, or an item past the data");
            goto done;
        }
        Sample s = {0, (const unsigned char *)data.buf + begin, (size_t)(end - begin)};
        if (s.n > (size_t)max_bytes) {
            Py_ssize_t cut = first_chars(s.p, s.n, (size_t)max_bytes);
            if (cut < 0) { /* (not UTF-8 before the cut: cut by Python's decoding) */
                result = Py_NewRef(Py_None);
                goto done;
            }
            s.n = (size_t)cut;
        }
        s.crc = crc32_update(0, s.p, s.n);
        PyObject *key = keys == Py_None ? Py_None : PyTuple_GetItem(keys, i);
        PyObject *group = PyDict_GetItemWithError(keys_seen, key);
        if (group) {
            keep(&groups[PyLong_AsSsize_t(group)], s, limit);
            continue;
        }
        if (PyErr_Occurred()) goto done;
        if (distinct == room) { /* (a group for each distinct key, as they come) */
            Group *more = realloc(groups, (size_t)(room = room ? 2 * room : 16) * sizeof(Group));
            if (!more) {
                PyErr_NoMemory();
                goto done;
            }
            groups = more;
        }
        PyObject *number = PyLong_FromSsize_t(distinct);
        if (!number || PyDict_SetItem(keys_seen, key, number)) {
            Py_XDECREF(number);
            goto done;
        }
        Py_DECREF(number);
        groups[distinct] = (Group){0};
        keep(&groups[distinct++], s, limit);
    }
    result = group_result(keys_seen, groups);
    if (!result && PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) { /* (not UTF-8: the caller's) */
        PyErr_Clear();
        result = Py_NewRef(Py_None);
    }
done:
    Py_XDECREF(hits);
    Py_XDECREF(keys);
    Py_XDECREF(keys_seen);
    free(groups);
    PyBuffer_Release(&data);
    PyBuffer_Release(&begins);
    PyBuffer_Release(&ends);
    return result;
}

static PyMethodDef functions[] = {
    {"hit_samples", hit_samples, METH_VARARGS,
     "hit_samples(data, begins, ends, hits, keys, limit, max_bytes) -> {key: (count, [text, ...])} | None: see line_hits.c."},
    {NULL, NULL, 0, NULL},
};

int add_line_hits(PyObject *module) {
    if (PyModule_AddFunctions(module, functions)) return -1;
    PyObject *type = PyType_FromSpec(&hits_spec);
    if (!type) return -1;
    int failed = PyModule_AddObjectRef(module, "LineHits", type);
    Py_DECREF(type);
    return failed;
}
