/*
 * diag_machine.c - JSON, SARIF and GitHub forms of the diagnostics.
 *
 * Every form carries the same fields as the text form: place, level, code,
 * -W name, message and notes.  Columns are Unicode code points in all of
 * them (SARIF says so in columnKind).
 */
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "diag_machine.h"
#include "json.h"
#include "version.h"

static const char *const machine_level[] = {
	"error", "warning", "note", "help"
};

static void machine_region(struct buf *b, const struct diag_loc *loc)
{
	buf_addf(b, "\"line\": %u, \"column\": %u, "
		 "\"end_line\": %u, \"end_column\": %u",
		 loc->line, loc->col, loc->end_line, loc->end_col);
}

static void machine_json_note(struct buf *b, const struct diag_note *n)
{
	buf_adds(b, "{\"level\": ");
	json_add_string(b, machine_level[n->level]);
	buf_adds(b, ", \"message\": ");
	json_add_string(b, n->msg);
	if (n->loc.path) {
		buf_adds(b, ", \"path\": ");
		json_add_string(b, n->loc.path);
		buf_adds(b, ", ");
		machine_region(b, &n->loc);
	}
	buf_addc(b, '}');
}

static void machine_json_add(struct buf *b, const struct diag *d)
{
	const struct diag_note *n;
	const char *w = diag_wname(d->id);

	buf_adds(b, "{\"level\": ");
	json_add_string(b, machine_level[d->level]);
	buf_adds(b, ", \"code\": ");
	json_add_string(b, diag_code(d->id));
	buf_adds(b, ", \"option\": ");
	if (w)
		buf_addf(b, "\"-W%s\"", w);
	else
		buf_adds(b, "null");
	buf_adds(b, ", \"message\": ");
	json_add_string(b, d->msg);
	buf_adds(b, ", \"path\": ");
	json_add_string_or_null(b, d->loc.path);
	if (d->loc.line) {
		buf_adds(b, ", ");
		machine_region(b, &d->loc);
		buf_adds(b, ", \"source_line\": ");
		json_add_string(b, d->loc.text);
	}
	buf_adds(b, ", \"notes\": [");
	for (n = d->notes; n; n = n->next) {
		machine_json_note(b, n);
		if (n->next)
			buf_adds(b, ", ");
	}
	buf_adds(b, "]}");
}

/* FNV-1a over the rule, the path and the message: a fingerprint that does
 * not move when lines are inserted above the problem. */
static uint64_t machine_fingerprint(const struct diag *d)
{
	const char *parts[3];
	uint64_t h = 0xcbf29ce484222325ull;
	int i;

	parts[0] = diag_code(d->id);
	parts[1] = d->loc.path ? d->loc.path : "";
	parts[2] = d->msg;
	for (i = 0; i < 3; i++) {
		const unsigned char *p = (const unsigned char *)parts[i];

		for (; *p; p++)
			h = (h ^ *p) * 0x100000001b3ull;
		h = (h ^ '|') * 0x100000001b3ull;
	}
	return h;
}

/* SARIF wants paths relative to the working directory (GitHub matches
 * them against the repository): an absolute path below it is cut. */
static const char *machine_relative(const char *path)
{
	static char cwd[4096];
	size_t n;

	if (path[0] != '/' || (!cwd[0] && !getcwd(cwd, sizeof(cwd))))
		return path;
	n = strlen(cwd);
	if (!strncmp(path, cwd, n) && path[n] == '/')
		return path + n + 1;
	return path;
}

/* A relative URI reference: bytes other than unreserved ones and '/'
 * percent-encoded (a space is %20). */
static void machine_uri(struct buf *b, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)machine_relative(path);

	buf_addc(b, '"');
	for (; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
		    || (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			buf_addc(b, (char)*p);
		} else {
			buf_addc(b, '%');
			buf_addc(b, hex[*p >> 4]);
			buf_addc(b, hex[*p & 15]);
		}
	}
	buf_addc(b, '"');
}

static void machine_sarif_location(struct buf *b, const struct diag_loc *loc)
{
	buf_adds(b, "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
	machine_uri(b, loc->path);
	buf_adds(b, "}");
	if (loc->line)
		buf_addf(b, ", \"region\": {\"startLine\": %u, "
			 "\"startColumn\": %u, \"endLine\": %u, "
			 "\"endColumn\": %u}",
			 loc->line, loc->col, loc->end_line,
			 loc->end_col > loc->col || loc->end_line > loc->line
				 ? loc->end_col : loc->col + 1);
	buf_adds(b, "}}");
}

static void machine_sarif_related(struct buf *b, const struct diag *d)
{
	const struct diag_note *n;
	int first = 1, id = 0;

	for (n = d->notes; n; n = n->next) {
		if (!n->loc.path)
			continue;
		buf_adds(b, first ? ", \"relatedLocations\": [" : ", ");
		first = 0;
		machine_sarif_location(b, &n->loc);
		b->len--;	/* reopen the location to add id and message */
		buf_addf(b, ", \"id\": %d, \"message\": {\"text\": ", id++);
		json_add_string(b, n->msg);
		buf_adds(b, "}}");
	}
	if (!first)
		buf_addc(b, ']');
}

static void machine_sarif_message(struct buf *b, const struct diag *d)
{
	struct buf text = BUF_INIT;
	const struct diag_note *n;

	buf_adds(&text, d->msg);
	for (n = d->notes; n; n = n->next)
		if (!n->loc.path)
			buf_addf(&text, "\nhelp: %s", n->msg);
	json_add_string(b, text.data);
	buf_release(&text);
}

static void machine_sarif_add(struct buf *b, const struct diag *d)
{
	buf_addf(b, "{\"ruleId\": \"%s\", \"ruleIndex\": %d, "
		 "\"level\": \"%s\", \"message\": {\"text\": ",
		 diag_code(d->id), (int)d->id,
		 d->level == DIAG_LEVEL_ERROR ? "error" : "warning");
	machine_sarif_message(b, d);
	buf_adds(b, "}");
	if (d->loc.path) {
		buf_adds(b, ", \"locations\": [");
		machine_sarif_location(b, &d->loc);
		buf_adds(b, "]");
	}
	machine_sarif_related(b, d);
	buf_addf(b, ", \"partialFingerprints\": {\"rolec/v1\": \"%016llx\"}}",
		 (unsigned long long)machine_fingerprint(d));
}

void diag_machine_add(struct diag_sink *s, const struct diag *d)
{
	struct buf *b = &s->machine;

	buf_adds(b, s->machine_count++ ? ",\n    " : "\n    ");
	if (s->cfg.format == DIAG_SARIF)
		machine_sarif_add(b, d);
	else
		machine_json_add(b, d);
}

static void machine_sarif_rules(struct buf *b)
{
	int i;

	for (i = 0; i < DIAG_COUNT; i++) {
		const char *w = diag_wname((enum diag_id)i);

		buf_addf(b, "%s\n          {\"id\": \"%s\", \"name\": \"%s\", "
			 "\"shortDescription\": {\"text\": ",
			 i ? "," : "", diag_code((enum diag_id)i),
			 w ? w : diag_code((enum diag_id)i));
		json_add_string(b, diag_summary((enum diag_id)i));
		buf_addf(b, "}, \"defaultConfiguration\": "
			 "{\"level\": \"%s\"}}",
			 diag_is_warning((enum diag_id)i) ? "warning"
							  : "error");
	}
}

static void machine_sarif_finish(struct diag_sink *s)
{
	struct buf b = BUF_INIT;

	buf_adds(&b, "{\n  \"$schema\": "
		 "\"https://json.schemastore.org/sarif-2.1.0.json\",\n"
		 "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
		 "    \"tool\": {\"driver\": {\"name\": \"rolec\", "
		 "\"version\": \"" ROLEC_VERSION "\", \"rules\": [");
	machine_sarif_rules(&b);
	buf_adds(&b, "]}},\n    \"columnKind\": \"unicodeCodePoints\",\n"
		 "    \"results\": [");
	buf_add(&b, s->machine.data, s->machine.len);
	buf_adds(&b, s->machine_count ? "\n    ]\n  }]\n}\n" : "]\n  }]\n}\n");
	fwrite(b.data, 1, b.len, s->out);
	buf_release(&b);
}

void diag_machine_finish(struct diag_sink *s)
{
	if (s->cfg.format == DIAG_SARIF) {
		machine_sarif_finish(s);
		return;
	}
	fputs("{\"diagnostics\": [", s->out);
	if (s->machine.len)
		fwrite(s->machine.data, 1, s->machine.len, s->out);
	fprintf(s->out, "%s], \"errors\": %lu, \"warnings\": %lu}\n",
		s->machine_count ? "\n" : "", s->errors, s->warnings);
}

/* Workflow command escaping: data gets %, CR and LF encoded; property
 * values also : and ,. */
static void machine_github_escape(struct buf *b, const char *s, int prop)
{
	for (; *s; s++) {
		if (*s == '%')
			buf_adds(b, "%25");
		else if (*s == '\r')
			buf_adds(b, "%0D");
		else if (*s == '\n')
			buf_adds(b, "%0A");
		else if (prop && *s == ':')
			buf_adds(b, "%3A");
		else if (prop && *s == ',')
			buf_adds(b, "%2C");
		else
			buf_addc(b, *s);
	}
}

void diag_github_write(struct buf *b, const struct diag *d)
{
	const struct diag_note *n;
	struct buf msg = BUF_INIT;

	buf_adds(b, d->level == DIAG_LEVEL_ERROR ? "::error " : "::warning ");
	if (d->loc.path) {
		buf_adds(b, "file=");
		machine_github_escape(b, d->loc.path, 1);
		if (d->loc.line)
			buf_addf(b, ",line=%u,col=%u,endColumn=%u",
				 d->loc.line, d->loc.col,
				 d->loc.end_line == d->loc.line
				 && d->loc.end_col > d->loc.col
					 ? d->loc.end_col - 1 : d->loc.col);
		buf_addc(b, ',');
	}
	buf_addf(b, "title=%s::", diag_code(d->id));
	buf_adds(&msg, d->msg);
	for (n = d->notes; n; n = n->next) {
		buf_addf(&msg, "\n%s: %s", machine_level[n->level], n->msg);
		if (n->loc.path && n->loc.line)
			buf_addf(&msg, " (%s:%u:%u)", n->loc.path, n->loc.line,
				 n->loc.col);
	}
	machine_github_escape(b, msg.data, 0);
	buf_addc(b, '\n');
	buf_release(&msg);
}
