/*
 * json.c - JSON string escaping.
 */
#include <string.h>

#include "json.h"

static void json_add_escape(struct buf *b, unsigned c)
{
	static const char hex[] = "0123456789abcdef";
	char u[6] = { '\\', 'u', '0', '0', 0, 0 };

	switch (c) {
	case '"': buf_adds(b, "\\\""); return;
	case '\\': buf_adds(b, "\\\\"); return;
	case '\n': buf_adds(b, "\\n"); return;
	case '\r': buf_adds(b, "\\r"); return;
	case '\t': buf_adds(b, "\\t"); return;
	case '\b': buf_adds(b, "\\b"); return;
	case '\f': buf_adds(b, "\\f"); return;
	}
	u[2] = hex[c >> 12 & 15];
	u[3] = hex[c >> 8 & 15];
	u[4] = hex[c >> 4 & 15];
	u[5] = hex[c & 15];
	buf_add(b, u, 6);
}

void json_add_stringn(struct buf *b, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	const unsigned char *run = p;

	buf_addc(b, '"');
	while (p < end) {
		unsigned c = *p;
		int special = c < 0x20 || c == '"' || c == '\\' || c == '<'
			   || (c == 0xe2 && end - p >= 3 && p[1] == 0x80
			       && (p[2] == 0xa8 || p[2] == 0xa9));

		if (!special) {
			p++;
			continue;
		}
		buf_add(b, run, (size_t)(p - run));
		if (c == 0xe2) {
			json_add_escape(b, p[2] == 0xa8 ? 0x2028 : 0x2029);
			p += 3;
		} else {
			json_add_escape(b, c);
			p++;
		}
		run = p;
	}
	buf_add(b, run, (size_t)(p - run));
	buf_addc(b, '"');
}

void json_add_string(struct buf *b, const char *s)
{
	json_add_stringn(b, s, strlen(s));
}

void json_add_string_or_null(struct buf *b, const char *s)
{
	if (s)
		json_add_string(b, s);
	else
		buf_adds(b, "null");
}
