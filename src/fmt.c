/*
 * fmt.c - printing a parsed file in the canonical layout.
 *
 * The file is parsed first, to be sure it is well formed; then its tokens
 * are walked again, statement by statement, with the comments the lexer
 * kept.  A comment that stood at the end of a line stays at the end of
 * that line; any other comment gets a line of its own, at the indentation
 * of what follows it.  Up to one blank line the author left between
 * statements is kept.
 */
#include <string.h>

#include "arena.h"
#include "decimal.h"
#include "fmt.h"
#include "lexer.h"
#include "mem.h"
#include "parse.h"
#include "role.h"

#define FMT_INDENT 4
#define FMT_WIDTH 80
#define FMT_HEADER 9		/* "assessed " */

enum fmt_sign { SIGN_AS_WRITTEN, SIGN_ALWAYS };

struct fmt {
	struct source *src;
	struct token *tok;
	size_t ntok, i;
	struct lexer_comments com;
	size_t ci;
	struct buf *out;
	int indent;		/* of the statement being written */
	int line_indent;	/* of the current output line */
	int open;		/* the current line has text */
	int fresh;		/* just after a '{': no blank line */
	int cont;		/* a comment broke the statement: continue */
	uint32_t last;		/* end of what was last written */
	int share_width;	/* of the role's task shares */
};

static void fmt_newline(struct fmt *f)
{
	buf_addc(f->out, '\n');
	f->open = 0;
}

static void fmt_pad(struct fmt *f)
{
	if (f->open)
		return;
	f->line_indent = f->indent + (f->cont ? 2 : 0);
	buf_pad(f->out, ' ', (size_t)(f->line_indent * FMT_INDENT));
	f->open = 1;
}

static void fmt_put(struct fmt *f, const char *s, size_t n)
{
	fmt_pad(f);
	buf_add(f->out, s, n);
}

/* Columns used on the current output line. */
static size_t fmt_column(const struct fmt *f)
{
	const char *s = f->out->data, *p = s + f->out->len;
	size_t n = 0;

	while (p > s && p[-1] != '\n') {
		p--;
		n += ((unsigned char)*p & 0xc0) != 0x80;
	}
	return n;
}

/* Line ends in the source between two offsets. */
static int fmt_newlines(const struct fmt *f, uint32_t a, uint32_t b)
{
	int n = 0;

	for (; a < b; a++)
		n += f->src->text[a] == '\n';
	return n;
}

/* A blank line before what starts at pos, if the author left one. */
static void fmt_blank(struct fmt *f, uint32_t pos)
{
	if (!f->fresh && f->last && fmt_newlines(f, f->last, pos) > 1)
		fmt_newline(f);
}

static void fmt_comment(struct fmt *f)
{
	uint32_t a = f->com.start[f->ci], z = f->com.end[f->ci++];
	int trailing = f->open && !fmt_newlines(f, f->last, a);

	if (!trailing) {
		if (f->open)
			fmt_newline(f);
		fmt_blank(f, a);
		fmt_pad(f);
	} else {
		buf_addc(f->out, ' ');
	}
	buf_add(f->out, f->src->text + a, z - a);
	fmt_newline(f);
	f->last = z;
	f->fresh = 0;
}

/* End the current line, keeping a comment that stood on the same source
 * line at its end. */
static void fmt_end_line(struct fmt *f)
{
	if (f->ci < f->com.n && f->open
	    && (f->i >= f->ntok || f->com.start[f->ci] < f->tok[f->i].start)
	    && !fmt_newlines(f, f->last, f->com.start[f->ci]))
		fmt_comment(f);
	if (f->open)
		fmt_newline(f);
}

/* Place the comments that come before offset pos.  A comment that
 * breaks a statement makes the rest of it a continuation line. */
static void fmt_comments(struct fmt *f, uint32_t pos, int in_stmt)
{
	while (f->ci < f->com.n && f->com.start[f->ci] < pos) {
		fmt_comment(f);
		if (in_stmt)
			f->cont = 1;
	}
}

/* Write the next token's text: comments first, then a space unless the
 * line is new. */
static void fmt_word(struct fmt *f, const char *s, size_t n, int in_stmt)
{
	const struct token *t = &f->tok[f->i];

	fmt_comments(f, t->start, in_stmt);
	if (f->open)
		buf_addc(f->out, ' ');
	fmt_put(f, s, n);
	f->last = t->end;
	f->fresh = 0;
	f->i++;
}

/* A name or keyword, as written. */
static void fmt_name(struct fmt *f)
{
	const struct token *t = &f->tok[f->i];

	fmt_word(f, (const char *)f->src->text + t->start, t->end - t->start,
		 1);
}

/* A keyword padded to the header column: "level    mid". */
static void fmt_header(struct fmt *f)
{
	const struct token *t = &f->tok[f->i];
	size_t n = t->end - t->start;

	fmt_name(f);
	buf_pad(f->out, ' ', n < FMT_HEADER - 1 ? FMT_HEADER - 1 - n : 0);
}

static int fmt_peek(const struct fmt *f)
{
	return f->i < f->ntok ? f->tok[f->i].type : 0;
}

/* A string in canonical form: the decoded value, with only '"', '\',
 * line end, tab and other control characters escaped. */
static void fmt_string_text(struct buf *b, const struct ast_str *v)
{
	const unsigned char *p = (const unsigned char *)v->s;
	uint32_t i;

	buf_addc(b, '"');
	for (i = 0; i < v->len; i++) {
		if (p[i] == '"' || p[i] == '\\')
			buf_addf(b, "\\%c", p[i]);
		else if (p[i] == '\n')
			buf_adds(b, "\\n");
		else if (p[i] == '\t')
			buf_adds(b, "\\t");
		else if (p[i] < 0x20 || p[i] == 0x7f)
			buf_addf(b, "\\u{%x}", p[i]);
		else
			buf_addc(b, (char)p[i]);
	}
	buf_addc(b, '"');
}

/* A text block: its lines one level deeper than the line it starts on,
 * the closing quotes on their own line at that depth. */
static void fmt_text_block(struct fmt *f)
{
	const struct token *t = &f->tok[f->i];
	const char *p = t->v.str.s, *end = p + t->v.str.len;
	size_t pad;

	fmt_word(f, "\"\"\"", 3, 1);
	pad = (size_t)(f->line_indent + 1) * FMT_INDENT;
	fmt_newline(f);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((nl ? nl : end) - p);

		if (n) {
			buf_pad(f->out, ' ', pad);
			buf_add(f->out, p, n);
		}
		buf_addc(f->out, '\n');
		p += n + (nl != NULL);
	}
	buf_pad(f->out, ' ', pad);
	buf_adds(f->out, "\"\"\"");
	f->open = 1;
}

static void fmt_text(struct fmt *f)
{
	struct buf b = BUF_INIT;

	if (fmt_peek(f) == TK_TEXT) {
		fmt_text_block(f);
		return;
	}
	fmt_string_text(&b, &f->tok[f->i].v.str);
	fmt_word(f, b.data, b.len, 1);
	buf_release(&b);
}

/* A number: the value as written, without a needless sign; with
 * SIGN_ALWAYS (evidence, growth) a positive value gets its '+'. */
static void fmt_number_text(struct buf *b, const struct ast_num *v,
			    enum fmt_sign sign)
{
	if (v->sign < 0 && (v->mant || sign == SIGN_AS_WRITTEN))
		buf_addc(b, '-');
	else if (v->mant && (v->sign > 0 || sign == SIGN_ALWAYS))
		buf_addc(b, '+');
	else if (v->sign > 0 && sign == SIGN_AS_WRITTEN)
		buf_addc(b, '+');
	dec_print(b, v->mant, v->scale, 0);
	if (v->percent)
		buf_addc(b, '%');
}

static void fmt_number(struct fmt *f, enum fmt_sign sign)
{
	struct buf b = BUF_INIT;

	fmt_number_text(&b, &f->tok[f->i].v.num, sign);
	fmt_word(f, b.data, b.len, 1);
	buf_release(&b);
}

static void fmt_because(struct fmt *f)
{
	if (fmt_peek(f) != TK_BECAUSE)
		return;
	fmt_name(f);
	fmt_text(f);
}

/* A comma right after what precedes it. */
static void fmt_comma(struct fmt *f)
{
	const struct token *t = &f->tok[f->i];

	fmt_comments(f, t->start, 1);
	fmt_put(f, ",", 1);
	f->last = t->end;
	f->i++;
}

/* aka: the titles after the header column, wrapped within the width,
 * continuation lines lined up under the first title. */
static void fmt_aka(struct fmt *f)
{
	size_t col0 = (size_t)f->indent * FMT_INDENT + FMT_HEADER;
	int first = 1;

	fmt_header(f);
	while (fmt_peek(f) == TK_STRING) {
		struct buf b = BUF_INIT;
		int comma = f->i + 1 < f->ntok
			    && f->tok[f->i + 1].type == TK_COMMA;

		fmt_string_text(&b, &f->tok[f->i].v.str);
		fmt_comments(f, f->tok[f->i].start, 0);
		if (!first && f->open
		    && fmt_column(f) + 1 + b.len + comma > FMT_WIDTH)
			fmt_newline(f);
		if (!f->open) {
			buf_pad(f->out, ' ', col0 - 1);
			f->open = 1;
		}
		fmt_word(f, b.data, b.len, 1);
		if (comma)
			fmt_comma(f);
		first = 0;
		buf_release(&b);
	}
}

/* task SHARE SCORE TAG "Name", the shares right-aligned and the tags
 * padded so that the names line up; 'because' on a line of its own. */
static void fmt_task(struct fmt *f)
{
	struct buf b = BUF_INIT;
	size_t tag;

	fmt_name(f);
	fmt_number_text(&b, &f->tok[f->i].v.num, SIGN_AS_WRITTEN);
	if (b.len < (size_t)f->share_width)
		buf_pad(f->out, ' ', (size_t)f->share_width - b.len);
	fmt_word(f, b.data, b.len, 1);
	buf_release(&b);
	fmt_number(f, SIGN_AS_WRITTEN);
	tag = f->tok[f->i].end - f->tok[f->i].start;
	fmt_name(f);
	buf_pad(f->out, ' ', tag < 4 ? 4 - tag : 0);
	fmt_text(f);
	if (fmt_peek(f) == TK_BECAUSE) {
		fmt_end_line(f);
		f->indent++;
		fmt_because(f);
		f->indent--;
	}
}

/* The widest canonical share among the role's tasks, from token j on. */
static int fmt_share_width(const struct fmt *f, size_t j)
{
	struct buf b = BUF_INIT;
	int depth = 0, w = 0;

	for (; j < f->ntok && depth >= 0; j++) {
		const struct token *t = &f->tok[j];

		depth += (t->type == TK_LBRACE) - (t->type == TK_RBRACE);
		if (t->type != TK_PERCENT || f->tok[j - 1].type != TK_TASK)
			continue;
		buf_reset(&b);
		fmt_number_text(&b, &t->v.num, SIGN_AS_WRITTEN);
		if ((int)b.len > w)
			w = (int)b.len;
	}
	buf_release(&b);
	return w;
}

/* The longest entry name of the block whose '{' is token j. */
static int fmt_name_width(const struct fmt *f, size_t j)
{
	int w = 0;

	for (j++; j < f->ntok && f->tok[j].type != TK_RBRACE; j++)
		if (f->tok[j + 1].type == TK_NUMBER
		    && f->tok[j].type != TK_NUMBER) {
			int n = (int)(f->tok[j].end - f->tok[j].start);

			w = n > w ? n : w;
		}
	return w;
}

/* The widest canonical value of the block whose '{' is token j. */
static size_t fmt_value_width(const struct fmt *f, size_t j,
			      enum fmt_sign sign)
{
	struct buf b = BUF_INIT;
	size_t w = 0;

	for (j++; j < f->ntok && f->tok[j].type != TK_RBRACE; j++) {
		if (f->tok[j].type != TK_NUMBER)
			continue;
		buf_reset(&b);
		fmt_number_text(&b, &f->tok[j].v.num, sign);
		w = b.len > w ? b.len : w;
	}
	buf_release(&b);
	return w;
}

/* An entry's value, right-aligned so that the digits line up. */
static void fmt_entry_value(struct fmt *f, size_t width, enum fmt_sign sign)
{
	struct buf b = BUF_INIT;

	fmt_number_text(&b, &f->tok[f->i].v.num, sign);
	if (b.len < width)
		buf_pad(f->out, ' ', width - b.len);
	fmt_word(f, b.data, b.len, 1);
	buf_release(&b);
}

static void fmt_block(struct fmt *f)
{
	enum fmt_sign sign = fmt_peek(f) == TK_EVIDENCE ? SIGN_ALWAYS
							: SIGN_AS_WRITTEN;
	size_t nw, vw;

	fmt_name(f);
	nw = (size_t)fmt_name_width(f, f->i);
	vw = fmt_value_width(f, f->i, sign);
	fmt_word(f, "{", 1, 1);
	fmt_end_line(f);
	f->indent++;
	f->fresh = 1;
	while (fmt_peek(f) && fmt_peek(f) != TK_RBRACE) {
		size_t n = f->tok[f->i].end - f->tok[f->i].start;

		fmt_comments(f, f->tok[f->i].start, 0);
		fmt_blank(f, f->tok[f->i].start);
		fmt_name(f);
		buf_pad(f->out, ' ', nw - n);
		fmt_entry_value(f, vw, sign);
		fmt_because(f);
		fmt_end_line(f);
		f->cont = 0;
	}
	fmt_comments(f, f->tok[f->i].start, 0);
	f->indent--;
	fmt_word(f, "}", 1, 0);
}

/* One value: a string, a text block, a number or a date. */
static void fmt_value(struct fmt *f, enum fmt_sign sign)
{
	switch (fmt_peek(f)) {
	case TK_NUMBER:
	case TK_PERCENT:
		fmt_number(f, sign);
		break;
	case TK_STRING:
	case TK_TEXT:
		fmt_text(f);
		break;
	default:
		fmt_name(f);	/* a date, or a name in any spelling */
		break;
	}
}

/* Statements whose words stand in a row.  A keyword where a name must
 * stand is that name (the grammar's fallback); where a name is only
 * optional, a keyword begins the next statement, so only IDENT counts. */
static void fmt_row(struct fmt *f)
{
	int kw = fmt_peek(f);

	fmt_name(f);
	switch (kw) {
	case TK_NOTE:
		fmt_text(f);
		fmt_text(f);
		break;
	case TK_GROWTH:
		fmt_number(f, SIGN_ALWAYS);
		fmt_because(f);
		break;
	case TK_OVERRIDE:
		fmt_name(f);
		if (fmt_peek(f) == TK_NUMBER)
			fmt_number(f, SIGN_AS_WRITTEN);
		else if (fmt_peek(f) == TK_IDENT)
			fmt_name(f);
		fmt_because(f);
		break;
	case TK_PEER:
		fmt_name(f);
		if (fmt_peek(f) == TK_NUMBER)
			fmt_number(f, SIGN_AS_WRITTEN);
		break;
	case TK_EXPECT:
		fmt_number(f, SIGN_AS_WRITTEN);
		while (fmt_peek(f) == TK_IDENT)
			fmt_name(f);
		break;
	default:		/* transition */
		fmt_name(f);
		break;
	}
}

static void fmt_stmt(struct fmt *f)
{
	switch (fmt_peek(f)) {
	case TK_ID:
	case TK_LEVEL:
	case TK_FAMILY:
	case TK_ASSESSED:
	case TK_SUMMARY:
		fmt_header(f);
		fmt_value(f, SIGN_AS_WRITTEN);
		break;
	case TK_AKA:
		fmt_aka(f);
		break;
	case TK_TASK:
		fmt_task(f);
		break;
	case TK_EVIDENCE:
	case TK_BARRIERS:
	case TK_PROTECTIVE:
		fmt_block(f);
		break;
	default:
		fmt_row(f);
		break;
	}
	fmt_end_line(f);
	f->cont = 0;
}

/* role "Title" { statements } */
static void fmt_role(struct fmt *f)
{
	fmt_name(f);
	fmt_text(f);
	fmt_word(f, "{", 1, 1);
	fmt_end_line(f);
	f->share_width = fmt_share_width(f, f->i);
	f->indent = 1;
	f->fresh = 1;
	while (fmt_peek(f) && fmt_peek(f) != TK_RBRACE) {
		fmt_comments(f, f->tok[f->i].start, 0);
		fmt_blank(f, f->tok[f->i].start);
		fmt_stmt(f);
	}
	fmt_comments(f, f->tok[f->i].start, 0);
	f->indent = 0;
	fmt_word(f, "}", 1, 0);
	fmt_end_line(f);
}

static void fmt_file(struct fmt *f)
{
	int roles = 0;

	while (fmt_peek(f) == TK_ROLE) {
		size_t ci = f->ci;

		/* Roles are one blank line apart; comments before a role
		 * keep the blank lines their author left. */
		fmt_comments(f, f->tok[f->i].start, 0);
		if (roles++ && ci == f->ci)
			fmt_newline(f);
		else
			fmt_blank(f, f->tok[f->i].start);
		f->fresh = 1;
		fmt_role(f);
		f->fresh = 0;
	}
	f->fresh = 0;
	while (f->ci < f->com.n)
		fmt_comment(f);
}

/* Every token of the file, with its comments kept aside. */
static void fmt_tokens(struct fmt *f, struct arena *arena,
		       struct diag_sink *diags)
{
	struct lexer lx;
	size_t cap = 256;

	f->tok = mem_must_alloc(cap * sizeof(*f->tok));
	lexer_init(&lx, f->src, arena, diags);
	lexer_keep_comments(&lx, &f->com);
	for (;;) {
		if (f->ntok == cap) {
			cap *= 2;
			f->tok = mem_must_realloc(f->tok,
						  cap * sizeof(*f->tok));
		}
		lexer_next(&lx, &f->tok[f->ntok]);
		if (!f->tok[f->ntok].type)
			break;
		f->ntok++;
	}
}

int fmt_source(struct source *src, struct diag_sink *diags, struct buf *out)
{
	struct ast_file file;
	struct arena arena;
	struct fmt f;
	int rc = -1;

	arena_init(&arena);
	if (parse_file(src, &arena, diags, &file) == 0) {
		memset(&f, 0, sizeof(f));
		f.src = src;
		f.out = out;
		fmt_tokens(&f, &arena, diags);
		fmt_file(&f);
		mem_free(f.tok);
		lexer_comments_release(&f.com);
		rc = 0;
	}
	arena_release(&arena);
	return rc;
}
