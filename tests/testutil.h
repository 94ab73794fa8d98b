/*
 * testutil.h - what the unit tests share: compiling a string in memory
 * and reading back, byte for byte, what the diagnostics sink printed.
 *
 * Every helper is static inline, so that a test file using only some of
 * them builds without unused-function warnings.  The sink writes to an
 * open_memstream buffer; tu_output flushes the pending diagnostics first,
 * so the text is exactly what rolec would print on standard error.
 */
#ifndef ROLEC_TESTUTIL_H
#define ROLEC_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "catalogue.h"
#include "diag.h"
#include "mem.h"
#include "source.h"

/* The path every in-memory source is given. */
#define TU_PATH "t.role"

/* The worked example of language.md, as printed there. */
#define TU_REFERENCE \
	"# Recommendation Systems Engineer, mid-level.\n" \
	"role \"Recommendation Systems Engineer\" {\n" \
	"    level    mid\n" \
	"    family   \"AI/ML Engineering\"\n" \
	"    aka      \"Personalization Engineer\", " \
	"\"Recommendation Engine Engineer\",\n" \
	"             \"Recommender Systems Engineer\", " \
	"\"Recsys Engineer\"\n" \
	"    assessed 2026-12-02\n" \
	"    summary  \"\"\"\n" \
	"        Builds and maintains recommendation engines that surface " \
	"relevant\n" \
	"        content, products, or ads to users.\n" \
	"        \"\"\"\n" \
	"\n" \
	"    task 15% 2 aug  \"Design recommendation system architecture " \
	"& strategy\"\n" \
	"        because \"Each system has unique constraints.\"\n" \
	"    task 25% 3 aug  \"Build & train ranking/collaborative " \
	"filtering models\"\n" \
	"    task 15% 4 disp \"Feature engineering & data pipeline for rec " \
	"systems\"\n" \
	"    task 15% 3 aug  \"A/B testing, experimentation & model " \
	"evaluation\"\n" \
	"    task 15% 3 aug  \"Model serving, real-time inference & " \
	"MLOps\"\n" \
	"    task 10% 2 none \"Cross-functional collaboration & product " \
	"alignment\"\n" \
	"    task  5% 2 aug  \"Cold-start, bias mitigation & edge case " \
	"handling\"\n" \
	"\n" \
	"    evidence {\n" \
	"        postings  +1 because \"Postings remain healthy; titles are " \
	"merging.\"\n" \
	"        companies +1\n" \
	"        wages     +1\n" \
	"        tools     -1\n" \
	"        experts   +1\n" \
	"    }\n" \
	"\n" \
	"    barriers {\n" \
	"        regulatory 0\n" \
	"        physical   0\n" \
	"        union      0\n" \
	"        liability  1 because \"Someone must answer for harmful " \
	"rankings.\"\n" \
	"        cultural   0\n" \
	"    }\n" \
	"\n" \
	"    protective {\n" \
	"        embodied      0\n" \
	"        interpersonal 0\n" \
	"        judgment      2\n" \
	"    }\n" \
	"\n" \
	"    growth +1\n" \
	"\n" \
	"    peer conversational-ai-engineer-mid 40.8\n" \
	"    peer nlp-engineer-mid 36.3\n" \
	"    transition ml-ai-engineer-mid\n" \
	"\n" \
	"    expect 40.8 yellow urgent\n" \
	"}\n"

/* The blocks every role needs, all at zero, on four lines. */
#define TU_ZERO_BLOCKS \
	"    evidence { postings 0 companies 0 wages 0 tools 0 " \
	"experts 0 }\n" \
	"    barriers { regulatory 0 physical 0 union 0 liability 0 " \
	"cultural 0 }\n" \
	"    protective { embodied 0 interpersonal 0 judgment 0 }\n" \
	"    growth 0\n"

/*
 * A small valid role: the statements s on line 2 (and on), then one task
 * and the zero blocks.  It scores 31.0, Yellow (Urgent).
 */
#define TU_ROLE(s) \
	"role \"T\" {\n" s "\n" \
	"    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n"

/*
 * One compile run: a catalogue, and a sink printing into memory.  The
 * blocks live in rolec's allocator are counted at tu_init and again at
 * tu_release, so every test also checks that it leaks nothing.
 */
struct tu {
	struct catalogue cat;
	struct diag_sink diags;
	FILE *f;
	char *out;		/* what the sink printed, NUL-terminated */
	size_t outlen;
	char *heads;		/* tu_heads' result, freed by tu_release */
	size_t live;		/* mem_live_blocks() at tu_init */
};

static inline void tu_init(struct tu *t)
{
	memset(t, 0, sizeof(*t));
	t->live = mem_live_blocks();
	t->f = open_memstream(&t->out, &t->outlen);
	assert_non_null(t->f);
	catalogue_init(&t->cat);
	diag_sink_init(&t->diags, t->f);
}

static inline void tu_release(struct tu *t)
{
	size_t live = t->live;

	catalogue_release(&t->cat);
	diag_sink_release(&t->diags);
	fclose(t->f);
	free(t->out);
	free(t->heads);
	memset(t, 0, sizeof(*t));
	assert_int_equal(mem_live_blocks(), live);
}

/* Compile len bytes as the file TU_PATH into t's catalogue. */
static inline void tu_compile_len(struct tu *t, const char *text,
				  size_t len)
{
	struct source src;

	source_init_mem(&src, TU_PATH, text, len);
	catalogue_compile_source(&t->cat, &src, &t->diags);
	diag_flush(&t->diags);
	source_release(&src);
}

static inline void tu_compile(struct tu *t, const char *text)
{
	tu_compile_len(t, text, strlen(text));
}

/* Everything the sink has printed so far, pending diagnostics included. */
static inline const char *tu_output(struct tu *t)
{
	diag_flush(&t->diags);
	fflush(t->f);
	return t->out ? t->out : "";
}

/* The head lines ("t.role:2:5: error: ...") of what was printed from
 * byte offset from on: one line per diagnostic, note and help, the
 * source excerpts and caret lines left out. */
static inline const char *tu_heads_from(struct tu *t, size_t from)
{
	const char *p = tu_output(t) + from;
	struct buf b = BUF_INIT;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);

		if (*p != ' ')
			buf_add(&b, p, n);
		p += n;
	}
	free(t->heads);
	t->heads = strdup(b.data ? b.data : "");
	buf_release(&b);
	return t->heads;
}

static inline const char *tu_heads(struct tu *t)
{
	return tu_heads_from(t, 0);
}

/* How many times needle occurs in hay. */
static inline int tu_count(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	int count = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		count++;
		hay += n;
	}
	return count;
}

/* Fail unless hay contains needle (or lacks it), printing both. */
static inline void tu_assert_contains(const char *hay, const char *needle)
{
	if (!strstr(hay, needle))
		fail_msg("expected to find\n%s\nin\n%s", needle, hay);
}

static inline void tu_assert_lacks(const char *hay, const char *needle)
{
	if (strstr(hay, needle))
		fail_msg("did not expect to find\n%s\nin\n%s", needle, hay);
}

/* Compile text, which must give no diagnostic at all, and return the
 * catalogue's only role, checked and scored. */
static inline const struct model_role *tu_clean_role(struct tu *t,
						     const char *text)
{
	tu_compile(t, text);
	assert_string_equal(tu_output(t), "");
	assert_int_equal(t->cat.nroles, 1);
	assert_int_equal(t->cat.roles[0]->invalid, 0);
	return t->cat.roles[0];
}

/* The catalogue's only role, which must have been rejected: a role with
 * errors stays in the catalogue, marked invalid and never scored. */
static inline void tu_assert_rejected(struct tu *t)
{
	assert_true(t->diags.errors > 0);
	assert_int_equal(t->cat.nroles, 1);
	assert_int_equal(t->cat.roles[0]->invalid, 1);
}

#endif
