/* logmr_native.dfa_count: a block's lines counted by the groups DFAs read from them, in one pass
   over the block's bytes (formats/line_counts.py and formats/plain_kernel.py call it where they
   would split the block into an Arrow array and read it with dfa_extract, filters and count_rows;
   the results are those, and the lines it hands back are the ones those paths read in Python).

   dfa_count(block, test, reads, check, decided, columns, fraction, caps, others) takes the block's
   lines as columnar.block_lines gives them (a byte order mark at its start left out, its last
   newline too, one CR before each LF and at its end dropped). Each DFA is (classes, table, width)
   as group_dfa.py compiles it (dfa.h), a read's with its number of groups after.

   - A line is ASCII, or widened: not ASCII but well-formed UTF-8 where `decided` (its table, with
     one group around the whole regex, then `ascii_after`) matches an ASCII prefix of it (and with
     `ascii_after`, the character after that prefix is there and ASCII): header_unicode.py's
     with_ascii_matches. The other lines are not read here.
   - A read line is a hit where `test` (no groups) matches it; with no `test`, where one of `reads`
     matches it. Its groups are those of the first of `reads` (one or two, with the same groups)
     that matches it: a hit none matches has a row of None.
   - `check`: a read line that is no hit and that it matches leaves the block (None).
   - Each hit's row is `columns`' values, a column the texts of its groups (indices) joined; with
     `fraction` (column, classes, table, width: two groups), that column's text, where the table
     matches it, is its two groups' texts joined (group_dfa.replace_regex, the time's fraction
     dropped). Rows are counted as count_rows counts them.
   - `caps` (max lines, max characters): the lines are records of several lines, a hit and the
     lines up to the next (multiline.records_within_caps, each line's length plus one): the block
     is left (None) unless its first line is a hit and every record, any line not read taken for a
     continuation line, is within them.
   - `others`: the lines handed back, joined by newlines: 0, those not read; 1, every line not a
     hit.

   Returns (rows, hits, lines, others, n_others), rows as count_rows gives them; or None where a
   line is not UTF-8, a walk reaches a line RE2 must read (-2), `check` matches, or `caps` do not
   hold (the caller's Arrow path then reads the block, as it would have). */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#include "dfa.h"
#include "table.h"

#define MAX_COLUMNS 16
#define MAX_READS 2
#define LEFT 1 /* (a walk's result: the block is left to the caller) */

typedef struct {
    const uint8_t *data;
    int64_t start, end;
    Dfa test, reads[MAX_READS], check, decided, fraction;
    int has_test, n_reads, has_check, has_decided, ascii_after, has_fraction, fraction_column;
    Py_ssize_t n_columns;
    int column_groups[MAX_COLUMNS][DFA_MAX_GROUPS + 1]; /* (each column's count of groups, then its groups) */
    int64_t max_lines, max_chars;
    int caps, others;
    Table t;
    Buf key, handed;
    Py_ssize_t hits, lines, n_handed;
} Count;

static int is_ascii(const uint8_t *p, int64_t n) {
    uint64_t any = 0, w;
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        any |= w;
    }
    for (; i < n; i++) any |= p[i];
    return !(any & 0x8080808080808080ULL);
}

/* Whether the n bytes at p are well-formed UTF-8 (RFC 3629). */
static int is_utf8(const uint8_t *p, int64_t n) {
    for (int64_t i = 0; i < n;) {
        const uint8_t c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        const int64_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!length || i + length > n) return 0;
        const uint8_t low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (p[i + 1] < low || p[i + 1] > high) return 0;
        for (int64_t k = 2; k < length; k++)
            if ((p[i + k] & 0xC0) != 0x80) return 0;
        i += length;
    }
    return 1;
}

/* Whether a line past ASCII is read with the ASCII ones (`decided`, the module's docstring). */
static int widened(const Count *c, const uint8_t *line, int64_t len) {
    int64_t best[2 * DFA_MAX_GROUPS];
    if (!c->has_decided || dfa_walk(&c->decided, line, len, best) < 0) return 0;
    const int64_t end = best[1];
    if (best[0] != 0 || end <= 0 || !is_ascii(line, end)) return 0;
    return !c->ascii_after || (end < len && line[end] < 0x80);
}

/* The hit's row added to the key (count_rows' encoding): 0, LEFT, or -1 (memory). */
static int put_row(Count *c, const uint8_t *line, const int64_t *best, int read) {
    char text[1 << 12];
    c->key.n = 0;
    for (Py_ssize_t k = 0; k < c->n_columns; k++) {
        if (!read) {
            if (put(&c->key, "\0", 1)) return -1;
            continue;
        }
        const int *groups = c->column_groups[k];
        const size_t at = c->key.n + 5;
        if (put(&c->key, "\1\0\0\0\0", 5)) return -1;
        for (int g = 1; g <= groups[0]; g++) {
            const int64_t from = best[2 * groups[g]], to = best[2 * groups[g] + 1];
            if (from >= 0 && to >= from && put(&c->key, (const char *)line + from, (size_t)(to - from))) return -1;
        }
        uint32_t length = (uint32_t)(c->key.n - at);
        if (c->has_fraction && c->fraction_column == k && length <= sizeof text) {
            int64_t parts[2 * DFA_MAX_GROUPS];
            memcpy(text, c->key.p + at, length);
            const int64_t stopped = dfa_walk(&c->fraction, (const uint8_t *)text, length, parts);
            if (stopped == -2) return LEFT;
            if (stopped >= 0) {
                c->key.n = at;
                for (int g = 0; g < 2; g++)
                    if (parts[2 * g] >= 0 && parts[2 * g + 1] >= parts[2 * g] &&
                        put(&c->key, text + parts[2 * g], (size_t)(parts[2 * g + 1] - parts[2 * g])))
                        return -1;
                length = (uint32_t)(c->key.n - at);
            }
        } else if (c->has_fraction && c->fraction_column == k) {
            return LEFT; /* (a time longer than any: read by the caller) */
        }
        memcpy(c->key.p + at - 4, &length, 4);
    }
    return count(&c->t, c->key.p ? c->key.p : "", c->key.n) ? -1 : 0;
}

static int hand_back(Count *c, const uint8_t *line, int64_t len) {
    c->n_handed++;
    return (c->handed.n && put(&c->handed, "\n", 1)) || put(&c->handed, (const char *)line, (size_t)len) ? -1 : 0;
}

/* One line: 0, LEFT, or -1 (memory). `record`: the current record's lines and characters. */
static int count_line(Count *c, const uint8_t *line, int64_t len, int64_t *record) {
    int64_t best[2 * DFA_MAX_GROUPS];
    const int first = c->lines == 0;
    c->lines++;
    int read = is_ascii(line, len);
    if (!read && !is_utf8(line, len)) return LEFT;
    read = read || widened(c, line, len);
    int hit = 0, found = 0;
    if (read) {
        for (int r = 0; r < c->n_reads && !found; r++) {
            if (r == 0 && c->has_test) {
                const int64_t matched = dfa_walk(&c->test, line, len, best);
                if (matched == -2) return LEFT;
                if (matched < 0) break;
                hit = 1;
            }
            const int64_t stopped = dfa_walk(&c->reads[r], line, len, best);
            if (stopped == -2) return LEFT;
            found = stopped >= 0;
        }
        hit = hit || found;
    }
    if (!hit && read && c->has_check) {
        const int64_t matched = dfa_walk(&c->check, line, len, best);
        if (matched != -1) return LEFT;
    }
    if (c->caps) {
        if (first && !hit) return LEFT;
        if (hit) record[0] = record[1] = 0;
        record[0]++, record[1] += len + 1;
        if (record[0] > c->max_lines || record[1] > c->max_chars) return LEFT;
    }
    if (!hit) return (!read || c->others) ? hand_back(c, line, len) : 0;
    c->hits++;
    return put_row(c, line, best, found);
}

/* The block's lines, each counted: 0, LEFT, or -1 (memory). */
static int count_lines(Count *c) {
    if (c->start >= c->end) return 0;
    int64_t record[2] = {0, 0};
    for (int64_t at = c->start;;) {
        const uint8_t *line = c->data + at, *nl = memchr(line, '\n', (size_t)(c->end - at));
        int64_t len = nl ? nl - line : c->end - at;
        const int64_t next = at + len + 1;
        if (len && line[len - 1] == '\r') len--;
        const int failed = count_line(c, line, len, record);
        if (failed) return failed;
        if (!nl) return 0;
        at = next;
    }
}

/* A DFA from (classes, table, width[, groups]): 1 loaded, 0 None, -1 error. */
static int load(PyObject *given, Dfa *d, Py_ssize_t groups, int *flag) {
    if (given == Py_None) return 0;
    Py_buffer classes, table;
    Py_ssize_t width, n = groups;
    int ok = groups < 0 ? PyArg_ParseTuple(given, "y*y*nn", &classes, &table, &width, &n)
                        : flag ? PyArg_ParseTuple(given, "y*y*np", &classes, &table, &width, flag)
                               : PyArg_ParseTuple(given, "y*y*n", &classes, &table, &width);
    if (!ok) return -1;
    const int failed = dfa_load(d, classes.buf, classes.len, table.buf, table.len, width, n);
    PyBuffer_Release(&classes);
    PyBuffer_Release(&table);
    return failed ? -1 : 1;
}

static int parse_columns(Count *c, PyObject *columns, Py_ssize_t groups) {
    c->n_columns = PyTuple_Check(columns) ? PyTuple_Size(columns) : -1;
    if (c->n_columns < 1 || c->n_columns > MAX_COLUMNS) return -1;
    for (Py_ssize_t k = 0; k < c->n_columns; k++) {
        PyObject *column = PyTuple_GetItem(columns, k);
        const Py_ssize_t n = PyTuple_Check(column) ? PyTuple_Size(column) : -1;
        if (n < 1 || n > DFA_MAX_GROUPS) return -1;
        c->column_groups[k][0] = (int)n;
        for (Py_ssize_t g = 0; g < n; g++) {
            const long group = PyLong_AsLong(PyTuple_GetItem(column, g));
            if (group < 0 || group >= groups) return -1;
            c->column_groups[k][g + 1] = (int)group;
        }
    }
    return 0;
}

static int parse(Count *c, PyObject *test, PyObject *reads, PyObject *check, PyObject *decided, PyObject *columns,
                 PyObject *fraction, PyObject *caps) {
    const Py_ssize_t n_reads = PyList_Check(reads) ? PyList_Size(reads) : -1;
    int failed = n_reads < 1 || n_reads > MAX_READS;
    if (failed) PyErr_SetString(PyExc_ValueError, "dfa_count: one or two reads");
    for (Py_ssize_t r = 0; !failed && r < n_reads; r++) {
        failed = load(PyList_GetItem(reads, r), &c->reads[r], -1, NULL) != 1;
        c->n_reads += !failed;
        failed = failed || c->reads[r].groups != c->reads[0].groups;
    }
    if (failed && !PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "dfa_count: reads with the same groups");
    if (failed || (c->has_test = load(test, &c->test, 0, NULL)) < 0 || (c->has_check = load(check, &c->check, 0, NULL)) < 0 ||
        (c->has_decided = load(decided, &c->decided, 1, &c->ascii_after)) < 0)
        return -1;
    if (parse_columns(c, columns, (Py_ssize_t)c->reads[0].groups)) {
        PyErr_SetString(PyExc_ValueError, "dfa_count: columns, 1 to 16 tuples of the reads' group indices");
        return -1;
    }
    if (fraction != Py_None) {
        PyObject *table;
        if (!PyArg_ParseTuple(fraction, "iO", &c->fraction_column, &table) || (c->has_fraction = load(table, &c->fraction, 2, NULL)) < 0)
            return -1;
        if (c->fraction_column < 0 || c->fraction_column >= c->n_columns) {
            PyErr_SetString(PyExc_ValueError, "dfa_count: the fraction's column out of range");
            return -1;
        }
    }
    if (caps != Py_None) {
        if (!PyArg_ParseTuple(caps, "LL", &c->max_lines, &c->max_chars)) return -1;
        c->caps = 1;
    }
    return 0;
}

static PyObject *dfa_count(PyObject *module, PyObject *args) {
    (void)module;
    Py_buffer block;
    PyObject *test, *reads, *check, *decided, *columns, *fraction, *caps, *result = NULL;
    Count c = {0};
    if (!PyArg_ParseTuple(args, "y*OOOOOOOi", &block, &test, &reads, &check, &decided, &columns, &fraction, &caps, &c.others))
        return NULL;
    if (parse(&c, test, reads, check, decided, columns, fraction, caps)) goto done;
    c.data = block.buf, c.end = block.len;
    c.start = block.len >= 3 && memcmp(block.buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (c.end > c.start && c.data[c.end - 1] == '\n') c.end--;
    int failed;
    Py_BEGIN_ALLOW_THREADS
    failed = count_lines(&c);
    Py_END_ALLOW_THREADS
    if (failed < 0) {
        PyErr_NoMemory();
    } else if (failed == LEFT) {
        result = Py_NewRef(Py_None);
    } else {
        PyObject *rows = table_rows(&c.t, c.n_columns);
        PyObject *handed = rows ? PyBytes_FromStringAndSize(c.handed.p ? c.handed.p : "", (Py_ssize_t)c.handed.n) : NULL;
        result = rows == Py_None ? Py_NewRef(Py_None)
                 : handed       ? Py_BuildValue("(OnnOn)", rows, c.hits, c.lines, handed, c.n_handed)
                                : NULL;
        Py_XDECREF(rows);
        Py_XDECREF(handed);
    }
done:
    dfa_free(&c.test);
    for (int r = 0; r < MAX_READS; r++) dfa_free(&c.reads[r]);
    dfa_free(&c.check);
    dfa_free(&c.decided);
    dfa_free(&c.fraction);
    free(c.t.slots);
    free(c.t.keys.p);
    free(c.key.p);
    free(c.handed.p);
    PyBuffer_Release(&block);
    return result;
}

static PyMethodDef functions[] = {
    {"dfa_count", dfa_count, METH_VARARGS,
     "dfa_count(block, test, reads, check, decided, columns, fraction, caps, others) -> (rows, hits, lines, others, n_others) | None: "
     "see dfa_count.c."},
    {NULL, NULL, 0, NULL},
};

int add_dfa_count(PyObject *module) { return PyModule_AddFunctions(module, functions); }
