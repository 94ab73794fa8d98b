/*
 * scanner.re - the re2c scanner of .role files (the lexer of lexer.h).
 *
 * The text ends in one NUL (the sentinel); re2c's bounds check against
 * YYLIMIT tells the real end from a NUL byte inside the text, which is an
 * error like any stray byte.  UTF-8 is validated here, once, for the whole
 * file: comments, strings and text blocks included; later stages rely on
 * every byte of a value being valid UTF-8.
 *
 * Coupled tables: the keyword rules below, the %token list of
 * grammar/role.y and lexer_token_name.
 */
#include <stdio.h>
#include <string.h>

#include "lexer.h"
#include "mem.h"
#include "role.h"

/*!re2c
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYCURSOR = "lx->cur";
	re2c:define:YYLIMIT = "lx->lim";
	re2c:define:YYMARKER = "mar";
	re2c:yyfill:enable = 0;
	re2c:eof = 0;

	tail = [\x80-\xbf];
	u8multi = [\xc2-\xdf] tail
		| "\xe0" [\xa0-\xbf] tail
		| [\xe1-\xec\xee\xef] tail tail
		| "\xed" [\x80-\x9f] tail
		| "\xf0" [\x90-\xbf] tail tail
		| [\xf1-\xf3] tail tail tail
		| "\xf4" [\x80-\x8f] tail tail;
	dig = [0-9];
	alnum = [a-z0-9];
	ctl = [\x01-\x08\x0b\x0c\x0e-\x1f\x7f];
*/

static void lex_error(struct lexer *lx, enum diag_id id, const unsigned char *a,
		      const unsigned char *z, const char *fmt, const char *arg)
{
	const unsigned char *base = lx->src->text;

	diag_at(lx->diags, id, lx->src, (uint32_t)(a - base),
		(uint32_t)(z - base), fmt, arg);
}

/* An error for the single byte or character at p: NUL, a lone CR, an
 * invalid UTF-8 byte, a control character or a stray valid character. */
static const unsigned char *lex_bad_char(struct lexer *lx,
					 const unsigned char *p)
{
	char what[16];
	uint32_t cp;
	int n;

	if (*p == 0)
		return lex_error(lx, DIAG_NUL_BYTE, p, p + 1,
				 "NUL byte in source%s", ""), p + 1;
	if (*p == '\r')
		return lex_error(lx, DIAG_LONE_CR, p, p + 1,
				 "carriage return not followed by a line "
				 "feed%s", ""), p + 1;
	n = source_utf8_decode(p, lx->lim, &cp);
	if (*p >= 0x80 && n == 1) {
		snprintf(what, sizeof(what), "0x%02X", *p);
		lex_error(lx, DIAG_INVALID_UTF8, p, p + 1,
			  "invalid UTF-8 byte %s", what);
		return p + 1;
	}
	if (cp < 0x20 || cp == 0x7f)
		snprintf(what, sizeof(what), "U+%04X", (unsigned)cp);
	else if (cp < 0x80)
		snprintf(what, sizeof(what), "'%c'", (char)cp);
	else
		snprintf(what, sizeof(what), "U+%04X", (unsigned)cp);
	lex_error(lx, DIAG_STRAY_CHAR, p, p + n,
		  "unexpected character %s", what);
	return p + n;
}


/* The decoded text of a string or text block, built up piece by piece. */
struct lex_text {
	struct buf b;
	int bad;
};

static void lex_text_init(struct lex_text *out)
{
	buf_init(&out->b);
	out->bad = 0;
}

/* Append bytes [a, z), or the NUL-terminated a when z is NULL. */
static void lex_text_add(struct lexer *lx, struct lex_text *out,
			 const unsigned char *a, const unsigned char *z)
{
	size_t n = z ? (size_t)(z - a) : strlen((const char *)a);

	if (out->b.len + n > LEXER_MAX_STRING) {
		if (!out->bad && out->b.len <= LEXER_MAX_STRING)
			lex_error(lx, DIAG_LIMIT, lx->tok, lx->cur,
				  "string longer than %s bytes", "65536");
		out->bad = 1;
		out->b.len = LEXER_MAX_STRING + 1;
		return;
	}
	buf_add(&out->b, a, n);
}

/* \u{...}: one to six hex digits naming a Unicode scalar value. */
static void lex_unicode_escape(struct lexer *lx, struct lex_text *out)
{
	const unsigned char *p = lx->tok + 3, *end = lx->cur - 1;
	unsigned long cp = 0;
	unsigned char u[4];
	int n;

	for (; p < end && cp <= 0x10ffff; p++)
		cp = cp * 16 + (unsigned long)(*p <= '9' ? *p - '0'
					       : (*p | 0x20) - 'a' + 10);
	if (end - (lx->tok + 3) > 6 || cp > 0x10ffff || cp == 0
	    || (cp >= 0xd800 && cp <= 0xdfff)) {
		lex_error(lx, DIAG_BAD_STRING, lx->tok, lx->cur,
			  "'%s' is not a valid Unicode scalar value here",
			  "\\u{...}");
		out->bad = 1;
		return;
	}
	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (unsigned char)(0xc0 | cp >> 6);
		u[1] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (unsigned char)(0xe0 | cp >> 12);
		u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		u[0] = (unsigned char)(0xf0 | cp >> 18);
		u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		u[3] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	lex_text_add(lx, out, u, u + n);
}

/* A backslash not starting a known escape: report it, keep going. */
static void lex_bad_escape(struct lexer *lx, struct lex_text *out)
{
	const unsigned char *z = lx->cur;

	if (*z >= 0x20 && *z < 0x7f && z < lx->lim)
		z++;
	lex_error(lx, DIAG_BAD_STRING, lx->tok, z,
		  "unknown escape sequence; the escapes are %s",
		  "\\\" \\\\ \\n \\t \\u{...}");
	lx->cur = z;
	out->bad = 1;
}

static int lex_blank(const char *a, const char *z)
{
	for (; a < z; a++)
		if (*a != ' ' && *a != '\t')
			return 0;
	return 1;
}

/* Text blocks: the first and last line ends go (with a last line of only
 * indentation), then the indentation common to all non-blank lines. */
static void lex_text_dedent(struct lex_text *out)
{
	char *s = out->b.data ? out->b.data : "", *e = s + out->b.len;
	char *nl = memchr(s, '\n', (size_t)(e - s)), *p, *w;
	size_t indent = (size_t)-1;

	if (nl && lex_blank(s, nl))
		s = nl + 1;
	for (p = e; p > s && p[-1] != '\n'; p--)
		;
	if (p > s && lex_blank(p, e))
		e = p - 1;
	else if (p == s && lex_blank(s, e))
		e = s;

	for (p = s; p < e; p = nl + 1) {
		size_t n = 0;

		nl = memchr(p, '\n', (size_t)(e - p));
		nl = nl ? nl : e;
		while (p + n < nl && (p[n] == ' ' || p[n] == '\t'))
			n++;
		if (p + n < nl && n < indent)
			indent = n;
	}

	for (p = s, w = out->b.data; p < e; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(e - p));
		nl = nl ? nl : e;
		if (!lex_blank(p, nl)) {
			memmove(w, p + indent, (size_t)(nl - p) - indent);
			w += (nl - p) - (ptrdiff_t)indent;
		}
		if (nl < e)
			*w++ = '\n';
	}
	out->b.len = out->b.data ? (size_t)(w - out->b.data) : 0;
}

static void lex_text_finish(struct lexer *lx, struct lex_text *out,
			    struct token *t, const unsigned char *open)
{
	size_t len = out->bad && out->b.len > LEXER_MAX_STRING ? 0
							       : out->b.len;

	t->v.str.s = arena_strndup(lx->arena, out->b.data ? out->b.data : "",
				   len);
	t->v.str.len = (uint32_t)len;
	t->v.str.bad = (uint8_t)out->bad;
	lx->tok = open;
	buf_release(&out->b);
}

/* "05": an error, with the number written without its leading zeros. */
static void lex_leading_zero(struct lexer *lx, const unsigned char *digits)
{
	const unsigned char *p = digits;
	struct diag *d;

	while (p + 1 < lx->cur && *p == '0' && p[1] >= '0' && p[1] <= '9')
		p++;
	d = diag_at(lx->diags, DIAG_BAD_NUMBER, lx->src,
		    (uint32_t)(lx->tok - lx->src->text),
		    (uint32_t)(lx->cur - lx->src->text),
		    "number with a leading zero");
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "write '%.*s%.*s'",
		  (int)(digits - lx->tok), (const char *)lx->tok,
		  (int)(lx->cur - p), (const char *)p);
}

/* A number as written: sign, digits, point, digits, percent sign. */
static int lex_number(struct lexer *lx, struct token *t)
{
	const unsigned char *p = lx->tok, *end = lx->cur, *int_start;
	struct ast_num *n = &t->v.num;
	int digits = 0, point = 0, bad = 0;

	if (*p == '+' || *p == '-')
		n->sign = *p++ == '-' ? -1 : 1;
	if (end[-1] == '%')
		n->percent = 1, end--;
	int_start = p;
	for (; p < end; p++) {
		if (*p == '.') {
			point = 1;
			continue;
		}
		if (++digits > 18)
			continue;
		n->mant = n->mant * 10 + (*p - '0');
		n->scale = (uint8_t)(n->scale + point);
	}

	if (*int_start == '.')
		bad = 1, lex_error(lx, DIAG_BAD_NUMBER, lx->tok, lx->cur,
				   "a number needs a digit before its point%s",
				   " (write 0.5, not .5)");
	else if (end[-1] == '.')
		bad = 1, lex_error(lx, DIAG_BAD_NUMBER, lx->tok, lx->cur,
				   "a number needs a digit after its point%s",
				   "");
	else if (*int_start == '0' && int_start + 1 < end
		 && int_start[1] != '.')
		bad = 1, lex_leading_zero(lx, int_start);
	else if (digits > 18)
		bad = 1, lex_error(lx, DIAG_BAD_NUMBER, lx->tok, lx->cur,
				   "number too large%s", "");
	n->bad = (uint8_t)bad;
	return n->percent ? TK_PERCENT : TK_NUMBER;
}

static int lex_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* YYYY-MM-DD, a day that exists in the Gregorian calendar. */
static int lex_date(struct lexer *lx, struct token *t)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31 };
	const unsigned char *p = lx->tok;
	struct ast_date *d = &t->v.date;

	d->year = (p[0] - '0') * 1000 + (p[1] - '0') * 100
		+ (p[2] - '0') * 10 + (p[3] - '0');
	d->month = (p[5] - '0') * 10 + (p[6] - '0');
	d->day = (p[8] - '0') * 10 + (p[9] - '0');
	if (d->year < 1 || d->month < 1 || d->month > 12 || d->day < 1
	    || d->day > mdays[d->month - 1]
			 + (d->month == 2 && lex_leap(d->year))) {
		lex_error(lx, DIAG_BAD_DATE, lx->tok, lx->cur,
			  "'%s' is not a date in the calendar",
			  arena_strndup(lx->arena, (const char *)lx->tok, 10));
		d->bad = 1;
	}
	return TK_DATE;
}

/* Three numbers joined by hyphens, not in the YYYY-MM-DD form: one error,
 * and a date token, so that the statement still parses. */
static int lex_bad_date(struct lexer *lx, struct token *t)
{
	size_t n = (size_t)(lx->cur - lx->tok);

	lex_error(lx, DIAG_BAD_DATE, lx->tok, lx->cur,
		  "'%s' is not a date: dates are written YYYY-MM-DD, "
		  "such as 2026-12-02",
		  arena_strndup(lx->arena, (const char *)lx->tok,
				n > 40 ? 40 : n));
	t->v.date.bad = 1;
	return TK_DATE;
}

/* Keyword for the n bytes at s, or 0: used to recover from 'Task'. */
static int lex_keyword(const char *s)
{
	static const struct { const char *word; int type; } kw[] = {
		{ "role", TK_ROLE }, { "id", TK_ID }, { "level", TK_LEVEL },
		{ "family", TK_FAMILY }, { "aka", TK_AKA },
		{ "assessed", TK_ASSESSED }, { "summary", TK_SUMMARY },
		{ "note", TK_NOTE }, { "task", TK_TASK },
		{ "because", TK_BECAUSE }, { "evidence", TK_EVIDENCE },
		{ "barriers", TK_BARRIERS }, { "protective", TK_PROTECTIVE },
		{ "growth", TK_GROWTH }, { "override", TK_OVERRIDE },
		{ "peer", TK_PEER }, { "transition", TK_TRANSITION },
		{ "expect", TK_EXPECT },
	};
	size_t i;

	for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (!strcmp(kw[i].word, s))
			return kw[i].type;
	return 0;
}

/* The likely intended name: lower case, '-' for '_', single hyphens
 * only between letters or digits. */
static void lex_fix_ident(char *s)
{
	char *w = s, *r;

	for (r = s; *r; r++) {
		char ch = *r >= 'A' && *r <= 'Z' ? (char)(*r - 'A' + 'a')
			  : *r == '_' ? '-' : *r;

		if (ch == '-' && (w == s || w[-1] == '-'))
			continue;
		*w++ = ch;
	}
	while (w > s && w[-1] == '-')
		w--;
	*w = '\0';
}

/* An identifier with capitals, '_' or misplaced hyphens: one error, and
 * the token goes on as what it was most likely meant to be. */
static int lex_bad_ident(struct lexer *lx, struct token *t)
{
	size_t n = (size_t)(lx->cur - lx->tok);
	char *fixed = arena_strndup(lx->arena, (const char *)lx->tok, n);
	struct diag *d;
	int kw;

	lex_fix_ident(fixed);
	d = diag_at(lx->diags, DIAG_BAD_IDENT, lx->src,
		    (uint32_t)(lx->tok - lx->src->text),
		    (uint32_t)(lx->cur - lx->src->text),
		    "malformed name '%.*s': names are lower-case letters, "
		    "digits and single hyphens between them",
		    (int)n, (const char *)lx->tok);
	if (fixed[0] && strncmp(fixed, (const char *)lx->tok, n))
		diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "write '%s'", fixed);

	kw = lex_keyword(fixed);
	t->v.str.s = fixed;
	t->v.str.bad = 1;
	return kw ? kw : TK_IDENT;
}

static void lex_comment_body(struct lexer *lx);

static void lex_keep_comment(struct lexer *lx, const unsigned char *start)
{
	struct lexer_comments *c = lx->comments;

	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->start = mem_must_realloc(c->start,
					    c->cap * sizeof(uint32_t));
		c->end = mem_must_realloc(c->end, c->cap * sizeof(uint32_t));
	}
	c->start[c->n] = (uint32_t)(start - lx->src->text);
	c->end[c->n++] = (uint32_t)(lx->cur - lx->src->text);
}

/* A comment runs to the line end; its bytes must still be valid UTF-8. */
static void lex_comment(struct lexer *lx)
{
	const unsigned char *start = lx->cur - 1;

	lex_comment_body(lx);
	if (lx->comments)
		lex_keep_comment(lx, start);
}

static void lex_comment_body(struct lexer *lx)
{
	for (;;) {
		const unsigned char *mar;

		lx->tok = lx->cur;
	/*!re2c
		[\x20-\x7e\t]+ | u8multi { continue; }
		"\n" | "\r\n" { lx->cur = lx->tok; return; }
		$ { return; }
		* { lx->cur = lex_bad_char(lx, lx->tok); continue; }
	*/
	}
}

/* A string cut by the line end (which is left for the next token). */
static void lex_unclosed(struct lexer *lx, const unsigned char *open,
			 struct lex_text *out)
{
	lx->cur = lx->tok;
	lex_error(lx, DIAG_BAD_STRING, open, lx->cur,
		  "missing closing quote%s", "");
	out->bad = 1;
}

/* The body of a "..." string, after the opening quote at open. */
static void lex_string(struct lexer *lx, struct token *t)
{
	const unsigned char *open = lx->tok;
	struct lex_text out;

	lex_text_init(&out);
	for (;;) {
		const unsigned char *mar;

		lx->tok = lx->cur;
	/*!re2c
		"\"" { break; }
		[\x20-\x21\x23-\x5b\x5d-\x7e\t]+ | u8multi {
			lex_text_add(lx, &out, lx->tok, lx->cur);
			continue;
		}
		"\\" [\\"] { lex_text_add(lx, &out, lx->cur - 1, lx->cur);
			     continue; }
		"\\n" { lex_text_add(lx, &out, (const unsigned char *)"\n",
				     NULL); continue; }
		"\\t" { lex_text_add(lx, &out, (const unsigned char *)"\t",
				     NULL); continue; }
		"\\u{" [0-9a-fA-F]+ "}" { lex_unicode_escape(lx, &out);
					  continue; }
		"\\" { lex_bad_escape(lx, &out); continue; }
		"\n" | "\r\n" { lex_unclosed(lx, open, &out); break; }
		$ { lex_unclosed(lx, open, &out); break; }
		* { lx->cur = lex_bad_char(lx, lx->tok); out.bad = 1;
		    continue; }
	*/
	}
	lex_text_finish(lx, &out, t, open);
}

/* Whether the line before q starts a statement that takes a text block
 * ("note ...", "summary", "because ..."): then a '"""' ending that line
 * opens a block rather than closing one. */
static int lex_opens_block(const unsigned char *ls, const unsigned char *q)
{
	static const char *const words[] = { "summary", "note", "because" };
	size_t i, n;

	while (ls < q && (*ls == ' ' || *ls == '\t'))
		ls++;
	for (i = 0; i < 3; i++) {
		n = strlen(words[i]);
		if ((size_t)(q - ls) > n && !memcmp(ls, words[i], n)
		    && (ls[n] == ' ' || ls[n] == '\t'))
			return 1;
	}
	return 0;
}

/*
 * A text block left open swallows everything up to the next '"""', which
 * is then usually the opening of the next block: the code between would
 * come out as a flood of errors far from the mistake.  When the '"""'
 * that closes this block ends a line that begins like a statement taking
 * a text block, the block is reported as unclosed at its opening, and
 * lexing resumes at that line.
 */
static void lex_text_close(struct lexer *lx, const unsigned char *open,
			   struct lex_text *out)
{
	const unsigned char *q = lx->tok, *ls = q, *p = lx->cur;
	struct diag *d;

	while (ls > open + 3 && ls[-1] != '\n')
		ls--;
	while (p < lx->lim && (*p == ' ' || *p == '\t'))
		p++;
	if (ls == open + 3 || (p < lx->lim && *p != '\n' && *p != '\r')
	    || !lex_opens_block(ls, q))
		return;
	d = diag_at(lx->diags, DIAG_BAD_STRING, lx->src,
		    (uint32_t)(open - lx->src->text),
		    (uint32_t)(open + 3 - lx->src->text),
		    "text block has no closing '\"\"\"'");
	diag_note(d, DIAG_LEVEL_NOTE, lx->src, (uint32_t)(q - lx->src->text),
		  (uint32_t)(q + 3 - lx->src->text),
		  "this '\"\"\"' opens the next text block");
	out->bad = 1;
	lx->cur = ls;
}

/* The body of a """ text block, after the opening delimiter. */
static void lex_text_block(struct lexer *lx, struct token *t)
{
	const unsigned char *open = lx->tok;
	struct lex_text out;

	lex_text_init(&out);
	for (;;) {
		const unsigned char *mar;

		lx->tok = lx->cur;
	/*!re2c
		"\"\"\"" { lex_text_close(lx, open, &out); break; }
		[\x20\x21\x23-\x7e\t]+ | "\"" | u8multi | "\n" {
			lex_text_add(lx, &out, lx->tok, lx->cur);
			continue;
		}
		"\r\n" { lex_text_add(lx, &out, (const unsigned char *)"\n",
				      NULL); continue; }
		$ {
			lex_error(lx, DIAG_BAD_STRING, open, open + 3,
				  "text block has no closing '\"\"\"'%s", "");
			out.bad = 1;
			break;
		}
		* { lx->cur = lex_bad_char(lx, lx->tok); out.bad = 1;
		    continue; }
	*/
	}
	lex_text_dedent(&out);
	lex_text_finish(lx, &out, t, open);
}

static int lex_token(struct lexer *lx, struct token *t)
{
	for (;;) {
		const unsigned char *mar;

		lx->tok = lx->cur;
	/*!re2c
		$ { return 0; }
		[ \t\n]+ | "\r\n" { continue; }
		"#" { lex_comment(lx); continue; }

		"role"       { return TK_ROLE; }
		"id"         { return TK_ID; }
		"level"      { return TK_LEVEL; }
		"family"     { return TK_FAMILY; }
		"aka"        { return TK_AKA; }
		"assessed"   { return TK_ASSESSED; }
		"summary"    { return TK_SUMMARY; }
		"note"       { return TK_NOTE; }
		"task"       { return TK_TASK; }
		"because"    { return TK_BECAUSE; }
		"evidence"   { return TK_EVIDENCE; }
		"barriers"   { return TK_BARRIERS; }
		"protective" { return TK_PROTECTIVE; }
		"growth"     { return TK_GROWTH; }
		"override"   { return TK_OVERRIDE; }
		"peer"       { return TK_PEER; }
		"transition" { return TK_TRANSITION; }
		"expect"     { return TK_EXPECT; }

		[a-z] (alnum | "-" alnum)* { return TK_IDENT; }
		[a-zA-Z_] [a-zA-Z0-9_-]* { return lex_bad_ident(lx, t); }

		dig{4} "-" dig{2} "-" dig{2} { return lex_date(lx, t); }
		dig+ "-" dig+ "-" dig+ { return lex_bad_date(lx, t); }
		[+-]? dig+ ("." dig*)? "%"? { return lex_number(lx, t); }
		[+-]? "." dig+ "%"? { return lex_number(lx, t); }

		"\"\"\"" { lex_text_block(lx, t); return TK_TEXT; }
		"\"" { lex_string(lx, t); return TK_STRING; }
		"{" { return TK_LBRACE; }
		"}" { return TK_RBRACE; }
		"," { return TK_COMMA; }

		* { lx->cur = lex_bad_char(lx, lx->tok); continue; }
	*/
	}
}

/* Identifiers and keywords carry their spelling, for names and messages. */
static void lexer_name_value(struct lexer *lx, struct token *t)
{
	if (t->end - t->start > LEXER_MAX_NAME && !t->v.str.bad) {
		lex_error(lx, DIAG_LIMIT, lx->tok, lx->cur,
			  "name longer than %s characters", "256");
		t->v.str.bad = 1;
	}
	if (!t->v.str.s)
		t->v.str.s = arena_strndup(lx->arena, (const char *)lx->tok,
					   (size_t)(lx->cur - lx->tok));
	t->v.str.len = t->end - t->start;
	t->v.str.start = t->start;
	t->v.str.end = t->end;
}

void lexer_keep_comments(struct lexer *lx, struct lexer_comments *c)
{
	memset(c, 0, sizeof(*c));
	lx->comments = c;
}

void lexer_comments_release(struct lexer_comments *c)
{
	mem_free(c->start);
	mem_free(c->end);
	memset(c, 0, sizeof(*c));
}

void lexer_init(struct lexer *lx, struct source *src, struct arena *arena,
		struct diag_sink *diags)
{
	lx->comments = NULL;
	lx->src = src;
	lx->diags = diags;
	lx->arena = arena;
	lx->cur = src->text;
	lx->lim = src->text + src->len;
	lx->tok = lx->cur;
	if (src->len >= 3 && !memcmp(src->text, "\xef\xbb\xbf", 3))
		lx->cur += 3;
}

void lexer_next(struct lexer *lx, struct token *t)
{
	memset(t, 0, sizeof(*t));
	t->type = lex_token(lx, t);
	t->start = (uint32_t)(lx->tok - lx->src->text);
	t->end = (uint32_t)(lx->cur - lx->src->text);
	switch (t->type) {
	case TK_NUMBER:
	case TK_PERCENT:
		t->v.num.start = t->start;
		t->v.num.end = t->end;
		break;
	case TK_DATE:
		t->v.date.start = t->start;
		t->v.date.end = t->end;
		break;
	case TK_STRING:
	case TK_TEXT:
		t->v.str.start = t->start;
		t->v.str.end = t->end;
		break;
	default:
		lexer_name_value(lx, t);
		break;
	}
}
