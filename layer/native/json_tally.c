/* logmr_native: a block of JSON lines counted by the values of a few keys, in C.

   json_tally(block, spec) reads each line of `block` (a bytes-like object, lines ending in "\n", a
   UTF-8 byte order mark at its start skipped) as one JSON document with yyjson, strictly (RFC 8259,
   UTF-8 validated), and counts the lines by the values of the keys `spec` names: a tuple of
   (key: bytes, below: spec | None) pairs, `below` naming the keys read inside that key's value
   where it is an object. It returns (lines, {projection: count}), each projection the JSON text
   of an object holding the keys found (the last where a key repeats) and their values (a number
   as written, a text escaped again, an object with a `below` reduced to its keys, any other value
   whole), or None where a line is not one JSON object: the caller then reads the block its own
   way. Only the distinct projections reach Python, where the caller's own decoder reads them.

   json_tally(block, spec, times) counts by each line's second too: `times` names the keys of its
   timestamp, the first present and not null taken (keys the spec does not name). It returns
   (lines, {(second, projection): count}), the second a text ("" where the line has none): an ISO
   8601 time without its fraction, an epoch number cut to its second by its digits (up to 11
   seconds, 14 milliseconds, 17 micro-, 20 nanoseconds), another text whole. The same seconds as
   logmr's formats/seconds.py reads, in the same texts or in texts read at the same second. None
   where a timestamp is not a text, a null or a number without an exponent: the caller's way.

   json_tally(block, spec, times, suspects=True) passes over the lines that cannot be one object (a
   line not ending with `}`, before a CR: cut, text, blank) and returns their (start, end) in the
   block too, each end past its newline (a byte order mark with the first line): a third item.

   json_tally(block, spec, times, False, docker=True) reads Docker json-file lines around an app's
   JSON lines: each line's `log` text must be one whole line of the app's (`{` to its newline),
   beside a `stream`; the app's line is read and counted, at Docker's `time` (a text) where `times`
   is given (the app's own keys named there are not read): json_docker.app_logs's reading.

   A line is first read by json_flat.h's scan, with no document built (its keys and scalar values
   read where they lie, an object's keys below it alike), and by yyjson where the scan leaves it
   (escaped texts, arrays or objects kept whole at the keys read; see json_flat.h), with the same
   counts: json_tally(..., flat=False) reads every line with yyjson (the tests compare the two). */

#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "json_flat.h"
#include "yyjson/yyjson.h"

#define MAX_KEYS 1024
#define MAX_DEPTH 8
#define BUCKETS 64 /* a level's keys found by their length and end bytes: few share a bucket */

enum { ABSENT, NUL, TRUE, FALSE, TEXT, NUMBER, WHOLE, OBJECT };

/* A text as a JSON string: `"` and `\` escaped, control characters as \u00XX. */
static int put_text(Buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    if (reserve(b, n * 6 + 2)) return -1;
    char *o = b->p + b->n;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c < 0x20) {
            memcpy(o, "\\u00", 4);
            o[4] = hex[c >> 4];
            o[5] = hex[c & 15];
            o += 6;
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = '"';
    b->n = (size_t)(o - b->p);
    return 0;
}

/* The keys read at one level, each with the keys read below it (or NULL), chained by bucket. */
typedef struct Spec {
    Py_ssize_t n;
    const char *names[MAX_KEYS];
    size_t lens[MAX_KEYS];
    struct Spec *below[MAX_KEYS];
    int16_t first[BUCKETS], next[MAX_KEYS]; /* a bucket's first key, a key's next in its bucket; -1 */
    int16_t rank[MAX_KEYS];                 /* a timestamp's key: its rank among them, else -1 */
    Py_ssize_t times;                       /* how many of the keys are the timestamp's */
    Py_ssize_t at;                          /* where its values are among a line's scanned (below: after) */
} Spec;

static unsigned bucket(const char *name, size_t n) {
    return n ? (unsigned)(n * 7 + (unsigned char)name[0] * 3 + (unsigned char)name[n - 1]) % BUCKETS : 0;
}

static void free_spec(Spec *s) {
    if (!s) return;
    for (Py_ssize_t i = 0; i < s->n; i++) free_spec(s->below[i]);
    free(s);
}

/* Each level's place among the values json_flat.h's scan reads of a line (`at`), in order; the
   place past the last (from 0: how many values a line's scan holds). */
static Py_ssize_t place(Spec *s, Py_ssize_t at) {
    Py_ssize_t next = at + s->n;
    s->at = at;
    for (Py_ssize_t i = 0; i < s->n; i++)
        if (s->below[i]) next = place(s->below[i], next);
    return next;
}

static void add_key(Spec *s, const char *name, size_t len) {
    Py_ssize_t i = s->n++;
    unsigned b = bucket(name, len);
    s->names[i] = name;
    s->lens[i] = len;
    s->next[i] = s->first[b];
    s->first[b] = (int16_t)i;
}

/* The spec from its tuples (the key texts are borrowed from them: the caller holds `spec`). */
static Spec *read_spec(PyObject *spec, int depth) {
    if (depth >= MAX_DEPTH || !PyTuple_Check(spec) || PyTuple_Size(spec) > MAX_KEYS) {
        PyErr_SetString(PyExc_ValueError, "spec: a tuple of at most 1024 (key, spec | None) pairs, 8 deep");
        return NULL;
    }
    Spec *s = calloc(1, sizeof(Spec));
    if (!s) return (Spec *)PyErr_NoMemory();
    memset(s->first, -1, sizeof s->first);
    memset(s->rank, -1, sizeof s->rank);
    for (Py_ssize_t i = 0; i < PyTuple_Size(spec); i++) {
        PyObject *pair = PyTuple_GetItem(spec, i), *key, *below;
        char *name;
        Py_ssize_t len;
        if (!PyTuple_Check(pair) || PyTuple_Size(pair) != 2 || !PyBytes_Check(key = PyTuple_GetItem(pair, 0))) {
            PyErr_SetString(PyExc_ValueError, "spec: each entry a (bytes, spec | None) pair");
            free_spec(s);
            return NULL;
        }
        PyBytes_AsStringAndSize(key, &name, &len);
        add_key(s, name, (size_t)len);
        below = PyTuple_GetItem(pair, 1);
        if (below != Py_None && !(s->below[i] = read_spec(below, depth + 1))) {
            free_spec(s);
            return NULL;
        }
    }
    return s;
}

/* The timestamp's keys added to the spec's top level, ranked in their order. */
static int read_times(Spec *s, PyObject *times) {
    if (!PyTuple_Check(times) || s->n + PyTuple_Size(times) > MAX_KEYS) {
        PyErr_SetString(PyExc_ValueError, "times: a tuple of keys (bytes), at most 1024 with the spec's");
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_Size(times); i++) {
        PyObject *key = PyTuple_GetItem(times, i);
        char *name;
        Py_ssize_t len;
        if (!PyBytes_Check(key)) {
            PyErr_SetString(PyExc_ValueError, "times: each key bytes");
            return -1;
        }
        PyBytes_AsStringAndSize(key, &name, &len);
        for (int j = s->first[bucket(name, (size_t)len)]; j >= 0; j = s->next[j]) {
            if (s->lens[j] == (size_t)len && memcmp(s->names[j], name, (size_t)len) == 0) {
                PyErr_SetString(PyExc_ValueError, "times: a key the spec names too");
                return -1;
            }
        }
        s->rank[s->n] = (int16_t)i;
        add_key(s, name, (size_t)len);
    }
    s->times = PyTuple_Size(times);
    return 0;
}

/* A tagged value of n bytes (its length in 32 bits: 1, not counted in C, past that). */
static int put_sized(Buf *b, char tag, const char *s, size_t n) {
    uint32_t len = (uint32_t)n;
    if (n > UINT32_MAX) return 1;
    if (reserve(b, 5 + n)) return -1;
    b->p[b->n++] = tag;
    memcpy(b->p + b->n, &len, 4);
    memcpy(b->p + b->n + 4, s, n);
    b->n += 4 + n;
    return 0;
}

/* A value read at one of the spec's keys: where yyjson read it, `v` (an object or array: kept
   whole, or reduced to the keys below it); where json_flat.h's scan did, a scalar's bytes. */
typedef struct {
    const char *s; /* a text's bytes (escapes resolved), a number as written */
    size_t n;
    int tag; /* ABSENT, NUL, TRUE, FALSE, TEXT, NUMBER, WHOLE (`v`: an object or array), or OBJECT (the scan's) */
    yyjson_val *v;
} Value;

/* The spec's key `name`'s index, else -1. */
static int spec_index(const Spec *s, const char *name, size_t n) {
    for (int i = s->first[bucket(name, n)]; i >= 0; i = s->next[i])
        if (s->lens[i] == n && memcmp(s->names[i], name, n) == 0) return i;
    return -1;
}

static Value value_of(yyjson_val *v) {
    switch (unsafe_yyjson_get_type(v)) {
    case YYJSON_TYPE_NULL: return (Value){NULL, 0, NUL, v};
    case YYJSON_TYPE_BOOL: return (Value){NULL, 0, unsafe_yyjson_get_bool(v) ? TRUE : FALSE, v};
    case YYJSON_TYPE_STR: return (Value){unsafe_yyjson_get_str(v), unsafe_yyjson_get_len(v), TEXT, v};
    case YYJSON_TYPE_RAW: return (Value){unsafe_yyjson_get_raw(v), unsafe_yyjson_get_len(v), NUMBER, v};
    default: return (Value){NULL, 0, WHOLE, v};
    }
}

/* The object's values of the spec's keys into `found` (the spec's order; the last of a repeated key). */
static void values_of(yyjson_val *obj, const Spec *s, Value *found) {
    yyjson_obj_iter it = yyjson_obj_iter_with(obj);
    yyjson_val *key;
    memset(found, 0, (size_t)s->n * sizeof *found);
    while ((key = yyjson_obj_iter_next(&it))) {
        int i = spec_index(s, unsafe_yyjson_get_str(key), unsafe_yyjson_get_len(key));
        if (i >= 0) found[i] = value_of(yyjson_obj_iter_get_val(key));
    }
}

/* The values found at the spec's keys as tagged bytes (the count's key), in the spec's order; the
   timestamp's keys' values into `times` by rank, not written. An object the scan read (OBJECT):
   its keys' values in `scanned`, at its level's place. -1 where no memory, 1 where a length
   passes 32 bits. */
static int put_values(Buf *b, const Spec *s, const Value *found, Value *times, const Value *scanned) {
    for (Py_ssize_t i = 0; i < s->n; i++) {
        const Value *v = &found[i];
        int ok = 0;
        if (s->rank[i] >= 0) {
            times[s->rank[i]] = *v;
            continue;
        }
        if (reserve(b, 1)) return -1;
        if (v->tag == TEXT || v->tag == NUMBER) {
            ok = put_sized(b, (char)v->tag, v->s, v->n);
        } else if (v->tag == OBJECT) {
            b->p[b->n++] = OBJECT;
            ok = put_values(b, s->below[i], scanned + s->below[i]->at, NULL, scanned);
        } else if (v->tag != WHOLE) {
            b->p[b->n++] = (char)v->tag;
        } else if (s->below[i] && yyjson_is_obj(v->v)) {
            Value below[s->below[i]->n ? s->below[i]->n : 1];
            b->p[b->n++] = OBJECT;
            values_of(v->v, s->below[i], below);
            ok = put_values(b, s->below[i], below, NULL, NULL);
        } else {
            size_t len;
            char *text = yyjson_val_write(v->v, 0, &len);
            ok = text ? put_sized(b, WHOLE, text, len) : -1;
            free(text);
        }
        if (ok) return ok;
    }
    return 0;
}

/* The tagged bytes at `*at` as the JSON text of an object of the spec's keys found. */
static int to_json(Buf *out, const char *p, size_t *at, const Spec *s) {
    int first = 1, ok = put(out, "{", 1);
    for (Py_ssize_t i = 0; i < s->n && !ok; i++) {
        if (s->rank[i] >= 0) continue;
        char tag = p[(*at)++];
        uint32_t len = 0;
        if (tag == ABSENT) continue;
        if (!first) ok |= put(out, ",", 1);
        first = 0;
        ok |= put_text(out, s->names[i], s->lens[i]) | put(out, ":", 1);
        if (tag == TEXT || tag == NUMBER || tag == WHOLE) {
            memcpy(&len, p + *at, 4);
            *at += 4;
        }
        switch (tag) {
        case NUL: ok |= put(out, "null", 4); break;
        case TRUE: ok |= put(out, "true", 4); break;
        case FALSE: ok |= put(out, "false", 5); break;
        case TEXT: ok |= put_text(out, p + *at, len); break;
        case OBJECT: ok |= to_json(out, p, at, s->below[i]); break;
        default: ok |= put(out, p + *at, len);
        }
        *at += len;
    }
    return ok | put(out, "}", 1);
}

enum { COUNTED, NOT_COUNTED, NO_MEMORY };

static int digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* Epoch digits (no sign) cut to their second: up to 11 digits seconds, 14 milli-, 17 micro-,
   20 nanoseconds (leading zeros dropped first); more, kept whole (seconds.py's _EPOCH_CUTS). */
static size_t epoch_digits(const char **s, size_t n) {
    size_t whole = n;
    while (n > 1 && **s == '0') (*s)++, n--;
    if (n <= 11) return n;
    if (n <= 14) return n - 3;
    if (n <= 17) return n - 6;
    if (n <= 20) return n - 9;
    *s -= whole - n;
    return whole;
}

/* ISO 8601's `YYYY-MM-DD[T ]HH:MM:SS` then a fraction of 1 to 9 digits, then nothing, `Z` or an
   offset `+HH:MM`: the fraction's start and end (seconds.py's _ISO_FRACTION); else 0. */
static int iso_fraction(const char *s, size_t n, size_t *end) {
    static const char shape[] = "dddd-dd-dd?dd:dd:dd";
    size_t i = 19, rest;
    if (n < 21 || (s[19] != '.' && s[19] != ',')) return 0;
    for (size_t j = 0; j < 19; j++) {
        char c = s[j], want = shape[j];
        if (want == 'd' ? c < '0' || c > '9' : want == '?' ? c != 'T' && c != ' ' : c != want) return 0;
    }
    while (i + 1 < n && i < 28 && s[i + 1] >= '0' && s[i + 1] <= '9') i++; /* (9 digits at most) */
    *end = i + 1;
    rest = n - *end;
    if (*end == 20) return 0;
    if (rest == 0 || (rest == 1 && s[*end] == 'Z')) return 1;
    return rest == 6 && (s[*end] == '+' || s[*end] == '-') && digits(s + *end + 1, 2) && s[*end + 3] == ':' &&
           digits(s + *end + 4, 2);
}

/* A timestamp's second as a text (see the module's comment) into `b`, tagged; -1 where no memory,
   1 where the value is no timestamp this reads (the caller's way then). */
static int put_second(Buf *b, const Value *v) {
    const char *s = v ? v->s : NULL;
    size_t n = v ? v->n : 0, end;
    if (!v || v->tag == ABSENT || v->tag == NUL) return put_sized(b, TEXT, "", 0);
    if (v->tag == NUMBER) { /* a number as written: digits, a sign, a fraction, an exponent */
        size_t whole = n;
        for (size_t i = 0; i < n; i++) {
            if (s[i] == 'e' || s[i] == 'E') return 1;
            if (s[i] == '.' && whole == n) whole = i;
        }
        if (s[0] == '-') return whole < n ? 1 : n == 2 && s[1] == '0' ? put_sized(b, TEXT, "0", 1) : put_sized(b, TEXT, s, n);
        if (whole < n && whole != 9 && whole != 10) return 1;
        if (whole + 7 <= n && memcmp(s + whole + 1, "999999", 6) == 0) return 1; /* (a float that rounds up) */
        size_t kept = epoch_digits(&s, whole); /* (s moved past leading zeros first: not in put_sized's arguments) */
        return put_sized(b, TEXT, s, kept);
    }
    if (v->tag != TEXT) return 1;
    if (n > UINT32_MAX) return 1;
    if (iso_fraction(s, n, &end)) {
        if (reserve(b, 5 + n)) return -1;
        uint32_t len = (uint32_t)(n - (end - 19));
        b->p[b->n++] = TEXT;
        memcpy(b->p + b->n, &len, 4);
        memcpy(b->p + b->n + 4, s, 19);
        memcpy(b->p + b->n + 4 + 19, s + end, n - end);
        b->n += 4 + len;
        return 0;
    }
    if (n && digits(s, n)) {
        size_t kept = epoch_digits(&s, n);
        return put_sized(b, TEXT, s, kept);
    }
    return put_sized(b, TEXT, s, n);
}

/* Whether a line may nest arrays and objects MAX_NESTING deep: msgspec (and Python's json) fail
   such a line past Python's recursion limit, which C does not have: Python reads it. Counted only
   in lines long enough to hold that many. */
#define MAX_NESTING 512
#define READ YYJSON_READ_NUMBER_AS_RAW /* (strict JSON, UTF-8 validated; numbers as written) */
static int nested(const char *line, size_t n) {
    size_t opening = 0, depth = 0;
    int text = 0;
    if (n < 2 * MAX_NESTING) return 0;
    for (size_t i = 0; i < n; i++) opening += line[i] == '[' || line[i] == '{';
    if (opening < MAX_NESTING) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = line[i];
        if (text) {
            if (c == '\\') i++;
            else if (c == '"') text = 0;
        } else if (c == '"') {
            text = 1;
        } else if (c == '[' || c == '{') {
            if (++depth >= MAX_NESTING) return 1;
        } else if ((c == ']' || c == '}') && depth) {
            depth--;
        }
    }
    return 0;
}

/* Whether the line ending at `end` (its newline's place), from `start`, ends with `}` (before a
   CR): it may be an object alone; else a suspect line (json_pieces.py's _SUSPECT_END). */
static int closed(const char *data, size_t start, size_t end) {
    char last = end > start ? data[end - 1] : 0;
    return last == '}' || (last == '\r' && end > start + 1 && data[end - 2] == '}');
}

/* Docker json-file's line around an app's: its `log` a text that is one whole line of the app
   (`{` to its newline), a `stream` there, and a `time` text where `timed` (into `time`): the app's
   line read, else NULL (json_docker.app_logs's checks). */
static yyjson_doc *docker_app(yyjson_val *root, int timed, yyjson_alc *alc, yyjson_val **time) {
    yyjson_val *log = NULL, *stream = NULL, *key;
    yyjson_obj_iter it = yyjson_obj_iter_with(root);
    *time = NULL;
    while ((key = yyjson_obj_iter_next(&it))) {
        if (yyjson_equals_str(key, "log")) log = yyjson_obj_iter_get_val(key);
        else if (yyjson_equals_str(key, "stream")) stream = yyjson_obj_iter_get_val(key);
        else if (yyjson_equals_str(key, "time")) *time = yyjson_obj_iter_get_val(key);
    }
    if (!log || !stream || !yyjson_is_str(log)) return NULL;
    const char *text = unsafe_yyjson_get_str(log);
    size_t n = unsafe_yyjson_get_len(log);
    if (n < 2 || text[0] != '{' || text[n - 1] != '\n') return NULL;
    if (timed && !(*time && yyjson_is_str(*time) && unsafe_yyjson_get_len(*time))) return NULL;
    return nested(text, n) ? NULL : yyjson_read_opts((char *)text, n, READ, alc, NULL);
}

/* One object's values (`found`) counted into `t` by their projection and, where `timed`, their
   second (from the timestamp's keys, or Docker's `time` where given): COUNTED, NOT_COUNTED where
   no second is read from its time, or NO_MEMORY. */
static int count_values(const Spec *spec, const Value *found, const Value *scanned, const Value *docker_time, int timed,
                        Table *t, Buf *key) {
    Value times[spec->times ? spec->times : 1];
    const Value *time = docker_time;
    memset(times, 0, sizeof times);
    key->n = 0;
    int failed = put_values(key, spec, found, times, scanned);
    for (Py_ssize_t i = 0; i < spec->times && !failed && !time; i++)
        if (times[i].tag != ABSENT && times[i].tag != NUL) time = &times[i];
    if (!failed && timed) failed = put_second(key, time);
    if (failed > 0) return NOT_COUNTED;
    return failed || count(t, key->p, key->n) ? NO_MEMORY : COUNTED;
}

static int count_object(yyjson_val *root, const Spec *spec, yyjson_val *docker_time, int timed, Table *t, Buf *key) {
    Value found[spec->n ? spec->n : 1], time = docker_time ? value_of(docker_time) : (Value){0};
    values_of(root, spec, found);
    return count_values(spec, found, NULL, docker_time ? &time : NULL, timed, t, key);
}

/* Past the object at p (its `{`), its values at the spec's keys read by json_flat.h's scan into
   `scanned` at the spec's place, an object at a key with keys below it read alike (OBJECT); NULL
   where the scan leaves the line to yyjson (an escaped text, an array, or an object where no keys
   below are read, at a key read; an escaped key; anything the scan is not sure of). */
static const char *flat_object(const char *p, const char *e, const Spec *spec, Value *scanned, int depth) {
    static const int tags[] = {[FLAT_NULL] = NUL, [FLAT_TRUE] = TRUE, [FLAT_FALSE] = FALSE, [FLAT_TEXT] = TEXT,
                               [FLAT_NUMBER] = NUMBER, [FLAT_NESTED] = WHOLE};
    Value *found = scanned + spec->at;
    memset(found, 0, (size_t)spec->n * sizeof *found);
    p = flat_blanks(p + 1, e);
    if (p < e && *p == '}') return p + 1;
    for (;;) {
        const char *name = p + 1;
        int escaped, i;
        Flat v;
        if (p == e || *p != '"' || !(p = flat_string(name, e, &escaped)) || escaped) return NULL;
        i = spec_index(spec, name, (size_t)(p - 1 - name));
        p = flat_blanks(p, e);
        if (p == e || *p != ':') return NULL;
        p = flat_blanks(p + 1, e);
        if (i >= 0 && spec->below[i] && p < e && *p == '{') {
            if (depth + 1 >= FLAT_DEPTH || !(p = flat_object(p, e, spec->below[i], scanned, depth + 1))) return NULL;
            found[i] = (Value){NULL, 0, OBJECT, NULL};
        } else {
            if (!(p = flat_value(p, e, depth, &v))) return NULL;
            if (i >= 0 && (v.kind == FLAT_NESTED || v.escaped)) return NULL;
            if (i >= 0) found[i] = (Value){v.s, v.n, tags[v.kind], NULL};
        }
        p = flat_blanks(p, e);
        if (p < e && *p == ',') {
            p = flat_blanks(p + 1, e);
            continue;
        }
        return p < e && *p == '}' ? p + 1 : NULL;
    }
}

/* Whether the line (p to e) is one object whose values at the spec's keys the scan read (into
   `scanned`, the top level's first). */
static int flat_line(const char *p, const char *e, const Spec *spec, Value *scanned) {
    p = flat_blanks(p, e);
    return p < e && *p == '{' && (p = flat_object(p, e, spec, scanned, 0)) && flat_blanks(p, e) == e;
}

/* Lines json_flat.h's scan leaves to yyjson before a block's are all left to it (the scan's time
   then lost on each): past FLAT_TRIES, more than a quarter of those tried (escaped texts at the keys read). */
#define FLAT_TRIES 64

/* Every line read and counted into `t`; NOT_COUNTED at the first line that is not one object (or
   whose timestamp is no text, null or plain number; with `docker`, 1 or 2 where timed, no Docker
   line around a whole line of the app's JSON, its app's line counted at Docker's time). */
static int tally_lines(const char *data, size_t size, const Spec *spec, Table *t, Py_ssize_t *lines, Buf *spans,
                       int docker, int flat, Py_ssize_t values) {
    yyjson_alc *alc = yyjson_alc_dyn_new();
    Buf key = {0};
    Value *scanned = flat && !docker ? malloc((size_t)(values ? values : 1) * sizeof *scanned) : NULL;
    size_t tried = 0, left = 0;
    int status = alc && (scanned || !flat || docker) ? COUNTED : NO_MEMORY;
    size_t bom = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0, pos = bom;
    if (reserve(&key, 256)) status = NO_MEMORY; /* (never a NULL buffer, even for an empty key) */
    if (spans && pos == size && size) { /* (a byte order mark alone: a line of nothing) */
        size_t span[2] = {0, size};
        status = put(spans, (const char *)span, sizeof span) ? NO_MEMORY : status;
    }
    while (status == COUNTED && pos < size) {
        const char *newline = memchr(data + pos, '\n', size - pos);
        size_t end = newline ? (size_t)(newline - data) : size;
        if (spans && !closed(data, pos, end)) {
            size_t span[2] = {pos == bom ? 0 : pos, newline ? end + 1 : end}; /* (a mark with its first line) */
            if (put(spans, (const char *)span, sizeof span)) status = NO_MEMORY;
            pos = end + 1;
            continue;
        }
        char *line = (char *)data + pos;
        if (scanned && flat) { /* (not Docker's lines: the app's line is in a text, escaped) */
            tried++;
            if (flat_line(line, data + end, spec, scanned)) {
                status = count_values(spec, scanned, scanned, NULL, spec->times != 0, t, &key);
                (*lines)++;
                pos = end + 1;
                continue;
            }
            flat = ++left <= FLAT_TRIES || left * 4 <= tried;
        }
        yyjson_doc *app = NULL, *doc = nested(line, end - pos) ? NULL : yyjson_read_opts(line, end - pos, READ, alc, NULL);
        yyjson_val *root = doc ? yyjson_doc_get_root(doc) : NULL, *time = NULL;
        if (root && yyjson_is_obj(root) && docker) {
            app = docker_app(root, docker == 2, alc, &time);
            root = app ? yyjson_doc_get_root(app) : NULL;
        }
        if (!root || !yyjson_is_obj(root)) {
            status = NOT_COUNTED;
        } else {
            status = count_object(root, spec, time, spec->times || docker == 2, t, &key);
            (*lines)++;
        }
        yyjson_doc_free(app);
        yyjson_doc_free(doc);
        pos = end + 1;
    }
    free(scanned);
    free(key.p);
    yyjson_alc_dyn_free(alc);
    return status;
}

static PyObject *counts_dict(const Table *t, const Spec *spec, int timed) {
    PyObject *counts = PyDict_New();
    Buf out = {0};
    for (size_t i = 0; counts && i < t->cap; i++) {
        const Entry *e = &t->slots[i];
        size_t at = e->at;
        if (!e->hash) continue;
        out.n = 0;
        if (to_json(&out, t->keys.p, &at, spec)) {
            Py_CLEAR(counts);
            PyErr_NoMemory();
            break;
        }
        PyObject *text = PyBytes_FromStringAndSize(out.p, (Py_ssize_t)out.n);
        if (text && timed) { /* (the second, after the projection: its text's length, then it) */
            uint32_t len;
            memcpy(&len, t->keys.p + at + 1, 4);
            PyObject *second = PyUnicode_DecodeUTF8(t->keys.p + at + 5, len, "surrogatepass");
            PyObject *pair = second ? PyTuple_Pack(2, second, text) : NULL;
            Py_XDECREF(second);
            Py_DECREF(text);
            text = pair;
        }
        PyObject *n = PyLong_FromSsize_t(e->count);
        if (!text || !n || PyDict_SetItem(counts, text, n)) Py_CLEAR(counts);
        Py_XDECREF(text);
        Py_XDECREF(n);
    }
    free(out.p);
    return counts;
}

/* The suspect lines' (start, end) pairs as a list of tuples. */
static PyObject *spans_list(const Buf *spans) {
    size_t n = spans->n / (2 * sizeof(size_t));
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        size_t span[2];
        memcpy(span, spans->p + i * sizeof span, sizeof span);
        PyObject *pair = Py_BuildValue("(nn)", (Py_ssize_t)span[0], (Py_ssize_t)span[1]);
        if (!pair) Py_CLEAR(list);
        else PyList_SetItem(list, (Py_ssize_t)i, pair);
    }
    return list;
}

static PyObject *json_tally(PyObject *self, PyObject *args) {
    Py_buffer block;
    PyObject *spec_tuple, *times = NULL, *result = NULL;
    int suspects = 0, docker = 0, flat = 1;
    Buf spans = {0};
    if (!PyArg_ParseTuple(args, "y*O|Oppp", &block, &spec_tuple, &times, &suspects, &docker, &flat)) return NULL;
    Spec *spec = read_spec(spec_tuple, 0);
    int timed = times && times != Py_None;
    if (docker) {
        docker = timed ? 2 : 1; /* (the second Docker's `time`'s: no key of the app's named) */
    } else if (spec && timed && read_times(spec, times)) {
        free_spec(spec);
        spec = NULL;
    }
    Table t = {0};
    Py_ssize_t lines = 0;
    int status = NO_MEMORY;
    if (spec) {
        Py_ssize_t values = place(spec, 0); /* (the values a line's scan holds) */
        Py_BEGIN_ALLOW_THREADS
        status = tally_lines(block.buf, (size_t)block.len, spec, &t, &lines, suspects ? &spans : NULL, docker, flat,
                             values);
        Py_END_ALLOW_THREADS
        if (status == NO_MEMORY) {
            PyErr_NoMemory();
        } else if (status == NOT_COUNTED) {
            result = Py_NewRef(Py_None);
        } else {
            PyObject *counts = counts_dict(&t, spec, spec->times || docker == 2), *cut = suspects ? spans_list(&spans) : NULL;
            if (counts && (cut || !suspects)) { /* (N: the values are the tuple's, built or not) */
                result = suspects ? Py_BuildValue("(nNN)", lines, counts, cut) : Py_BuildValue("(nN)", lines, counts);
            } else {
                Py_XDECREF(counts);
                Py_XDECREF(cut);
            }
        }
    }
    free(spans.p);
    free_spec(spec);
    free(t.slots);
    free(t.keys.p);
    PyBuffer_Release(&block);
    return result;
}

/* suspect_ends(block) -> [end, ...]: where each line that does not end with `}` (before a CR) ends,
   past its newline: the lines that cannot be a JSON object alone (json_pieces.py's _SUSPECT_END). */
static PyObject *suspect_ends(PyObject *self, PyObject *args) {
    Py_buffer block;
    if (!PyArg_ParseTuple(args, "y*", &block)) return NULL;
    const char *data = block.buf, *at = data, *end = data + block.len;
    PyObject *ends = PyList_New(0);
    while (ends && (at = memchr(at, '\n', (size_t)(end - at)))) {
        size_t i = (size_t)(at - data);
        at++;
        if (!closed(data, 0, i)) {
            PyObject *n = PyLong_FromSsize_t((Py_ssize_t)(i + 1));
            if (!n || PyList_Append(ends, n)) Py_CLEAR(ends);
            Py_XDECREF(n);
        }
    }
    PyBuffer_Release(&block);
    return ends;
}

static PyMethodDef methods[] = {
    {"suspect_ends", suspect_ends, METH_VARARGS, "suspect_ends(block) -> [end, ...]: see the function's source."},
    {"json_tally", json_tally, METH_VARARGS,
     "json_tally(block, spec, times=None, suspects=False, docker=False, flat=True) -> (lines, {projection | (second, projection): count}"
     "[, [(start, end), ...]]) | None: "
     "see the module's source."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "logmr_native", "logmr's kernels in C.", -1, methods};

/* What json_native.py expects of this build: raised with any change to a function's arguments or
   results, so that a module built from older sources (a layer older than the functions) is not used. */
#define ABI 17

PyMODINIT_FUNC PyInit_logmr_native(void) {
    PyObject *m = PyModule_Create(&module);
    if (m && (PyModule_AddIntConstant(m, "ABI", ABI) || add_key_counts(m) || add_group_dfa(m) || add_json_text(m) || add_dfa_count(m) || add_quote_cut(m) ||
              add_line_hits(m)))
        Py_CLEAR(m);
    return m;
}
