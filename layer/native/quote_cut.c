/* Byte scans of a block. logmr_native.quoted_columns: an access log block's lines cut at their
   quotes (formats/access_kernel.py's `_by_block`, which Arrow did with a split of the whole block at
   its quotes, list elements and slices). logmr_native.doubled(text, byte): whether two `byte`s
   follow each other anywhere in the text (plain_messages.may_hold_context's double blank: `re`
   and `in` take 4-5 ms a 4 MiB block where it has none), 16 bytes at a time with SSE2.

   quoted_columns(block) takes a block of ASCII lines separated by single newlines (the last one
   perhaps ending with one too, no CR) each holding exactly six quotes: a combined log line whose
   request, referer and agent hold none (the caller has matched the block's shape). Returns four
   columns as (offsets, data): each line's request (between its first two quotes), status and bytes
   (the text between its second and third quotes, ` STATUS BYTES `, cut as Arrow's
   utf8_slice_codeunits(1, 4) and (5, -1) cut it), and its extra text (after its sixth quote); or
   None where a line has not six quotes. */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#include "table.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define COLUMNS 4

/* text[from:to] as Python's slice of a text of n characters cuts it (negative: from the end). */
static int put_slice(Buf *data, Buf *ends, const char *text, int64_t n, int64_t from, int64_t to) {
    from = from < 0 ? (from + n < 0 ? 0 : from + n) : (from > n ? n : from);
    to = to < 0 ? (to + n < 0 ? 0 : to + n) : (to > n ? n : to);
    if (to > from && put(data, text + from, (size_t)(to - from))) return -1;
    const int64_t end = (int64_t)data->n;
    return put(ends, (const char *)&end, sizeof end);
}

/* 0, 1 (a line without six quotes) or -1 (memory). */
static int cut(const char *p, int64_t n, Buf *data, Buf *ends) {
    for (int64_t at = 0; at < n;) {
        const char *line = p + at, *nl = memchr(line, '\n', (size_t)(n - at));
        const int64_t len = nl ? nl - line : n - at;
        int64_t quotes[7], found = 0;
        for (const char *q = line; found < 7 && (q = memchr(q, '"', (size_t)(line + len - q)));) quotes[found++] = q++ - line;
        if (found != 6) return 1;
        const char *between = line + quotes[1] + 1;
        const int64_t span = quotes[2] - quotes[1] - 1;
        if (put_slice(&data[0], &ends[0], line, len, quotes[0] + 1, quotes[1]) || put_slice(&data[1], &ends[1], between, span, 1, 4) ||
            put_slice(&data[2], &ends[2], between, span, 5, -1) || put_slice(&data[3], &ends[3], line, len, quotes[5] + 1, len))
            return -1;
        at += len + 1;
    }
    return 0;
}

static PyObject *quoted_columns(PyObject *module, PyObject *arg) {
    (void)module;
    Py_buffer block;
    if (PyObject_GetBuffer(arg, &block, PyBUF_SIMPLE)) return NULL;
    Buf data[COLUMNS] = {{0}}, ends[COLUMNS] = {{0}};
    int failed = 0;
    const int64_t zero = 0;
    for (int c = 0; c < COLUMNS && !failed; c++) failed = put(&ends[c], (const char *)&zero, sizeof zero);
    if (!failed) {
        Py_BEGIN_ALLOW_THREADS
        failed = cut(block.buf, block.len, data, ends);
        Py_END_ALLOW_THREADS
    }
    PyObject *result = NULL;
    if (failed < 0) {
        PyErr_NoMemory();
    } else if (failed) {
        result = Py_NewRef(Py_None);
    } else {
        result = PyList_New(COLUMNS);
        for (int c = 0; result && c < COLUMNS; c++) {
            PyObject *pair = Py_BuildValue("(y#y#)", ends[c].p, (Py_ssize_t)ends[c].n, data[c].p ? data[c].p : "", (Py_ssize_t)data[c].n);
            if (!pair || PyList_SetItem(result, c, pair)) Py_CLEAR(result);
        }
    }
    for (int c = 0; c < COLUMNS; c++) {
        free(data[c].p);
        free(ends[c].p);
    }
    PyBuffer_Release(&block);
    return result;
}

static int has_doubled(const uint8_t *p, size_t n, uint8_t byte) {
    size_t i = 0;
#ifdef __SSE2__
    const __m128i v = _mm_set1_epi8((char)byte);
    unsigned carry = 0; /* (the last byte of the 16 before was `byte`) */
    for (; i + 16 <= n; i += 16) {
        const unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), v));
        if ((m & (m >> 1)) || (carry && (m & 1))) return 1;
        carry = m >> 15;
    }
    if (carry && i < n && p[i] == byte) return 1;
#endif
    for (; i + 1 < n; i++)
        if (p[i] == byte && p[i + 1] == byte) return 1;
    return 0;
}

static PyObject *doubled(PyObject *module, PyObject *args) {
    (void)module;
    Py_buffer text;
    int byte;
    if (!PyArg_ParseTuple(args, "y*i", &text, &byte)) return NULL;
    int found = 0;
    if (byte >= 0 && byte < 256) {
        Py_BEGIN_ALLOW_THREADS
        found = has_doubled(text.buf, (size_t)text.len, (uint8_t)byte);
        Py_END_ALLOW_THREADS
    }
    PyBuffer_Release(&text);
    if (byte < 0 || byte > 255) {
        PyErr_SetString(PyExc_ValueError, "doubled: a byte, 0 to 255");
        return NULL;
    }
    return PyBool_FromLong(found);
}

static PyMethodDef functions[] = {
    {"doubled", doubled, METH_VARARGS, "doubled(text, byte) -> bool: see quote_cut.c."},
    {"quoted_columns", quoted_columns, METH_O, "quoted_columns(block) -> [(offsets, data)] * 4 | None: see quote_cut.c."},
    {NULL, NULL, 0, NULL},
};

int add_quote_cut(PyObject *module) { return PyModule_AddFunctions(module, functions); }
