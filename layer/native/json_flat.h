/* A JSON line's values read in one pass over its bytes, with no document built: json_tally.c's
   fast way to a line's projection, ahead of yyjson.

   The scan accepts only what is strict JSON (RFC 8259, UTF-8 validated) and reads the values it
   returns as yyjson reads them; whatever it is not sure of, it leaves to yyjson (`flat_value`
   returns NULL): a byte no JSON text may hold, a value nested deeper than FLAT_DEPTH, a `\u`
   escape of a surrogate. It never tells a line is not JSON: yyjson does, on the lines left to it.
   A text's escapes are checked, not resolved: `escaped` says there are some (the caller then
   leaves a text it needs to yyjson). Strings are passed over 16 bytes at a time with SSE2. */

#ifndef LOGMR_JSON_FLAT_H
#define LOGMR_JSON_FLAT_H

#include <stddef.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define FLAT_DEPTH 64 /* (deeper: yyjson's, after json_tally's own nesting check) */

enum { FLAT_NULL, FLAT_TRUE, FLAT_FALSE, FLAT_TEXT, FLAT_NUMBER, FLAT_NESTED };

typedef struct {
    const char *s; /* a text's bytes between its quotes, a number as written */
    size_t n;
    int kind;    /* FLAT_*: a nested object or array is FLAT_NESTED, passed over */
    int escaped; /* a text holds escapes (s, n: as written) */
} Flat;

static inline const char *flat_blanks(const char *p, const char *e) {
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
    return p;
}

/* The first byte at or after p that a string's scan must look at: a quote, a backslash, a
   control character or a byte past ASCII; e where none. */
static inline const char *flat_special(const char *p, const char *e) {
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    for (; e - p >= 16; p += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)p);
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                                   _mm_cmplt_epi8(x, space)); /* (signed: below a blank, or past ASCII) */
        int mask = _mm_movemask_epi8(hit);
        if (mask) return p + __builtin_ctz((unsigned)mask);
    }
#endif
    while (p < e && *p != '"' && *p != '\\' && (signed char)*p >= 0x20) p++;
    return p;
}

static inline int flat_hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Past one UTF-8 character of two to four bytes at p (no overlong form, no surrogate, none past
   U+10FFFF); NULL where the bytes are not one. */
static inline const char *flat_utf8(const char *p, const char *e) {
    const unsigned char *u = (const unsigned char *)p;
    size_t left = (size_t)(e - p);
    unsigned char c = u[0], low = 0x80, high = 0xBF;
    size_t n;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
    else return NULL;
    if (left < n || u[1] < low || u[1] > high) return NULL;
    for (size_t i = 2; i < n; i++)
        if (u[i] < 0x80 || u[i] > 0xBF) return NULL;
    return p + n;
}

/* Past a string's closing quote, p just past its opening one; NULL where it is not sure. */
static inline const char *flat_string(const char *p, const char *e, int *escaped) {
    *escaped = 0;
    for (;;) {
        p = flat_special(p, e);
        if (p == e) return NULL;
        unsigned char c = (unsigned char)*p;
        if (c == '"') return p + 1;
        if (c >= 0x80) {
            if (!(p = flat_utf8(p, e))) return NULL;
            continue;
        }
        if (c != '\\' || e - p < 2) return NULL; /* (a control character: not JSON) */
        *escaped = 1;
        char x = p[1];
        if (x == 'u') {
            int a, b, c2, d;
            if (e - p < 6 || (a = flat_hex(p[2])) < 0 || (b = flat_hex(p[3])) < 0 || (c2 = flat_hex(p[4])) < 0 ||
                (d = flat_hex(p[5])) < 0)
                return NULL;
            if (a == 0xD && b >= 8) return NULL; /* (a surrogate: yyjson pairs them) */
            p += 6;
        } else if (x == '"' || x == '\\' || x == '/' || x == 'b' || x == 'f' || x == 'n' || x == 'r' || x == 't') {
            p += 2;
        } else {
            return NULL;
        }
    }
}

/* Past a number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; NULL if none. */
static inline const char *flat_number(const char *p, const char *e) {
#define FLAT_DIGIT(q) ((q) < e && *(q) >= '0' && *(q) <= '9')
    if (p < e && *p == '-') p++;
    if (!FLAT_DIGIT(p)) return NULL;
    if (*p++ != '0')
        while (FLAT_DIGIT(p)) p++;
    if (p < e && *p == '.') {
        if (!FLAT_DIGIT(++p)) return NULL;
        while (FLAT_DIGIT(p)) p++;
    }
    if (p < e && (*p == 'e' || *p == 'E')) {
        if (++p < e && (*p == '+' || *p == '-')) p++;
        if (!FLAT_DIGIT(p)) return NULL;
        while (FLAT_DIGIT(p)) p++;
    }
    return p;
#undef FLAT_DIGIT
}

static inline const char *flat_word(const char *p, const char *e, const char *word, size_t n) {
    return (size_t)(e - p) >= n && memcmp(p, word, n) == 0 ? p + n : NULL;
}

/* Past the value at p (blanks before it passed over by the caller) into *v; NULL where not sure. */
static const char *flat_value(const char *p, const char *e, int depth, Flat *v) {
    if (p == e) return NULL;
    v->s = p, v->escaped = 0;
    switch (*p) {
    case '"':
        v->kind = FLAT_TEXT, v->s = p + 1;
        if (!(p = flat_string(p + 1, e, &v->escaped))) return NULL;
        v->n = (size_t)(p - 1 - v->s);
        return p;
    case 't': v->kind = FLAT_TRUE; return flat_word(p, e, "true", 4);
    case 'f': v->kind = FLAT_FALSE; return flat_word(p, e, "false", 5);
    case 'n': v->kind = FLAT_NULL; return flat_word(p, e, "null", 4);
    case '{':
    case '[': {
        char close = *p == '{' ? '}' : ']';
        Flat inner;
        int escaped;
        if (depth + 1 >= FLAT_DEPTH) return NULL;
        v->kind = FLAT_NESTED;
        p = flat_blanks(p + 1, e);
        if (p < e && *p == close) return p + 1;
        for (;;) {
            if (close == '}') { /* a key, then its colon */
                if (p == e || *p != '"' || !(p = flat_string(p + 1, e, &escaped))) return NULL;
                p = flat_blanks(p, e);
                if (p == e || *p != ':') return NULL;
                p = flat_blanks(p + 1, e);
            }
            if (!(p = flat_value(p, e, depth + 1, &inner))) return NULL;
            p = flat_blanks(p, e);
            if (p < e && *p == ',') {
                p = flat_blanks(p + 1, e);
                continue;
            }
            return p < e && *p == close ? p + 1 : NULL;
        }
    }
    default:
        v->kind = FLAT_NUMBER;
        if (!(p = flat_number(p, e))) return NULL;
        v->n = (size_t)(p - v->s);
        return p;
    }
}

#endif
