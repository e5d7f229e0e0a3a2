/* logmr_native.json_unescape: JSON lines' text as a person reading them sees it, their string
   escapes resolved in one pass over a block's bytes (formats/json_text.py says what each becomes,
   and resolves them the same way in Python where this module is missing).

   json_unescape(data, crlf=False) takes bytes and returns bytes (`data` itself where it holds no
   backslash, nor with `crlf` a CR). With `crlf`, the CR before each LF is dropped first (CRLF line
   ends, as split_block cuts them). Then `\"` `\\` `\/` become a quote, backslash, slash; `\t` `\b`
   `\f` a tab, backspace, form feed; `\n` `\r` a space (the text stays one line); `\uXXXX` its
   character in UTF-8 (a line break a space, a surrogate pair one character, a lone surrogate
   U+FFFD). A backslash before anything else (the end, a line's end, `u` without four hex digits,
   another byte) is kept as written: a malformed line loses nothing. No escape's text is longer than
   the escape. */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"

static const unsigned char SIMPLE[256] = {
    ['"'] = '"', ['\\'] = '\\', ['/'] = '/', ['t'] = '\t', ['b'] = '\b', ['f'] = '\f', ['n'] = ' ', ['r'] = ' ',
};

/* The value of four hex digits at p, or -1. */
static int hex4(const unsigned char *p) {
    int value = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char c = p[k];
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) return -1;
        value = value << 4 | digit;
    }
    return value;
}

static size_t utf8(unsigned char *out, uint32_t code) {
    if (code < 0x80) return out[0] = (unsigned char)code, 1;
    if (code < 0x800) return out[0] = 0xC0 | code >> 6, out[1] = 0x80 | (code & 0x3F), 2;
    if (code < 0x10000) return out[0] = 0xE0 | code >> 12, out[1] = 0x80 | (code >> 6 & 0x3F), out[2] = 0x80 | (code & 0x3F), 3;
    out[0] = 0xF0 | code >> 18, out[1] = 0x80 | (code >> 12 & 0x3F), out[2] = 0x80 | (code >> 6 & 0x3F);
    out[3] = 0x80 | (code & 0x3F);
    return 4;
}

/* Copies `in` up to the first `byte` (or `end`) to *o, which it moves on; returns where it stopped. */
static const unsigned char *copy_until(const unsigned char *in, const unsigned char *end, unsigned char **o, int byte) {
    const unsigned char *at = memchr(in, byte, (size_t)(end - in));
    if (!at) at = end;
    memmove(*o, in, (size_t)(at - in));
    *o += at - in;
    return at;
}

/* The escapes of in[0..n) resolved into out (room for n bytes; `out` may be `in`: no escape's text is
   longer than the escape, so nothing is written past what was read); returns the bytes written. */
static size_t unescape(const unsigned char *in, size_t n, unsigned char *out) {
    const unsigned char *end = in + n;
    unsigned char *o = out;
    while (in < end) {
        const unsigned char *at = copy_until(in, end, &o, '\\');
        if (at == end) break;
        in = at + 1;
        if (in == end) {
            *o++ = '\\';
            break;
        }
        unsigned char simple = SIMPLE[*in];
        int code;
        if (simple) {
            *o++ = simple;
            in++;
        } else if (*in == 'u' && end - in >= 5 && (code = hex4(in + 1)) >= 0) {
            in += 5;
            int low;
            if (code >= 0xD800 && code <= 0xDBFF && end - in >= 6 && in[0] == '\\' && in[1] == 'u' &&
                (low = hex4(in + 2)) >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                in += 6;
            } else if (code >= 0xD800 && code <= 0xDFFF) {
                code = 0xFFFD;
            } else if (code == '\n' || code == '\r') {
                code = ' ';
            }
            o += utf8(o, (uint32_t)code);
        } else {
            *o++ = '\\'; /* (not an escape: kept, and the byte after it read as any other) */
        }
    }
    return (size_t)(o - out);
}

/* in[0..n) without the CR before each LF, into out (room for n bytes); returns the bytes written. */
static size_t without_crs(const unsigned char *in, size_t n, unsigned char *out) {
    const unsigned char *end = in + n;
    unsigned char *o = out;
    while (in < end) {
        const unsigned char *at = copy_until(in, end, &o, '\r');
        if (at == end) break;
        if (at + 1 == end || at[1] != '\n') *o++ = '\r';
        in = at + 1;
    }
    return (size_t)(o - out);
}

static PyObject *json_unescape(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)self;
    static char *names[] = {"data", "crlf", NULL};
    PyObject *arg;
    int crlf = 0;
    char *data;
    Py_ssize_t n;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|p", names, &arg, &crlf)) return NULL;
    if (!PyBytes_CheckExact(arg)) {
        PyErr_SetString(PyExc_TypeError, "json_unescape takes bytes");
        return NULL;
    }
    if (PyBytes_AsStringAndSize(arg, &data, &n) < 0) return NULL;
    int escapes = memchr(data, '\\', (size_t)n) != NULL, crs = crlf && memchr(data, '\r', (size_t)n);
    if (!escapes && !crs) {
        Py_INCREF(arg);
        return arg;
    }
    unsigned char *out = malloc((size_t)n + 1);
    if (!out) return PyErr_NoMemory();
    size_t written = (size_t)n;
    Py_BEGIN_ALLOW_THREADS /* (bytes do not change: `arg` is held by the caller) */
    if (crs) written = without_crs((const unsigned char *)data, written, out);
    if (escapes) written = unescape(crs ? out : (const unsigned char *)data, written, out);
    Py_END_ALLOW_THREADS
    PyObject *result = PyBytes_FromStringAndSize((const char *)out, (Py_ssize_t)written);
    free(out);
    return result;
}

static PyMethodDef functions[] = {
    {"json_unescape", (PyCFunction)(void (*)(void))json_unescape, METH_VARARGS | METH_KEYWORDS,
     "json_unescape(data: bytes, crlf=False) -> bytes: see json_text.c."},
    {NULL, NULL, 0, NULL},
};

int add_json_text(PyObject *module) { return PyModule_AddFunctions(module, functions); }
