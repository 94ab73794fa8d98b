/*
 * json.h - writing JSON text (RFC 8259) into a buffer.
 */
#ifndef ROLEC_JSON_H
#define ROLEC_JSON_H

#include <stddef.h>

#include "buf.h"

/* A JSON string: quotes, backslash and control characters escaped, and
 * U+2028, U+2029 and '<' too, so the text can sit inside HTML. The input
 * is valid UTF-8 (the lexer has checked every source byte). */
void json_add_string(struct buf *b, const char *s);
void json_add_stringn(struct buf *b, const char *s, size_t len);

/* A string, or null when s is NULL. */
void json_add_string_or_null(struct buf *b, const char *s);

#endif
