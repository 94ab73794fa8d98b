/*
 * main.c - the command line: rolec check|build [options] PATH...
 *
 * Only main decides the exit status: 0 done, 1 the input has errors (or
 * warnings under -Werror), 2 the job could not be done.
 */
#include <errno.h>
#include <getopt.h>
#include <setjmp.h>
#include <stdio_ext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "diff.h"
#include "emit.h"
#include "main_fmt.h"
#include "mem.h"
#include "output.h"
#include "version.h"

enum main_format { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV };
enum main_color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

enum main_command { CMD_CHECK, CMD_BUILD, CMD_DIFF };

struct main_opts {
	enum main_command cmd;
	enum main_format format;
	enum emit_csv_kind csv;
	const char *output;
	enum main_color color;
	struct diag_sink diags;
	char **unknown_w;		/* -W names to warn about */
	int nunknown_w;
	const char *context;		/* --catalogue=DIR */
	int csv_given;
};

static void main_usage(FILE *f)
{
	fputs("Usage: rolec check [OPTION]... PATH...\n"
	      "       rolec build [OPTION]... PATH...\n"
	      "       rolec diff [OPTION]... OLD NEW\n"
	      "       rolec fmt [-w] [-l] [-d] [--check] PATH...\n"
	      "       rolec --help | --version\n"
	      "\n"
	      "Compile .role job assessments: 'check' validates them, "
	      "'build' also scores\nthem and writes a report; 'diff' compares "
	      "two catalogues role by role.\nA PATH is a .role file, a "
	      "directory (every *.role file below it) or -\nfor standard "
	      "input.\n"
	      "\n"
	      "Options:\n"
	      "  -f, --format=FORMAT        report format: text (default), "
	      "json, or csv (build)\n"
	      "      --csv=roles|tasks      CSV rows: one per role "
	      "(default) or per task\n"
	      "      --catalogue=DIR        resolve references against every "
	      "role under DIR;\n"
	      "                             report on the named files only\n"
	      "  -o, --output=FILE          write the report to FILE, "
	      "atomically; nothing\n"
	      "                             is written when there is an "
	      "error\n"
	      "  -W NAME, -Wno-NAME         enable or disable warning NAME\n"
	      "  -Wall                      enable every warning\n"
	      "  -Werror, -Werror=NAME      make warnings (or warning NAME) "
	      "errors\n"
	      "  -Wno-error=NAME            keep warning NAME a warning\n"
	      "  -w                         silence every warning\n"
	      "      --diagnostics-format=text|json|sarif|github\n"
	      "                             how diagnostics are written to "
	      "standard error\n"
	      "      --color=auto|always|never  colour in text diagnostics\n"
	      "      --max-errors=N         stop listing errors after N\n"
	      "\n"
	      "fmt prints the files in canonical layout; -w (--write) "
	      "rewrites them,\n-l (--list) lists the files whose layout "
	      "differs, -d (--diff) shows the\nchange as a unified diff, "
	      "--check lists them and exits 1.\n"
	      "\n"
	      "      --help                 show this help and exit\n"
	      "      --version              show the version and exit\n"
	      "\n"
	      "Exit status: 0 done (warnings allowed), 1 the input has "
	      "errors, 2 the job\ncould not be done (bad usage, unreadable "
	      "file, write failure).\n"
	      "\n"
	      "Report bugs to " ROLEC_BUGS ".\n", f);
}

static void main_version(void)
{
	fputs("rolec " ROLEC_VERSION "\n"
	      "This is free software: you are free to change and "
	      "redistribute it.\n"
	      "There is NO WARRANTY, to the extent permitted by law.\n",
	      stdout);
}

static _Noreturn void main_bad_usage(const char *fmt, const char *arg)
{
	fputs("rolec: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'rolec --help' for more information.\n", stderr);
	exit(2);
}

static int main_choice(const char *arg, const char *const *words, int n,
		       const char *option)
{
	char valid[128] = "";
	int i;

	for (i = 0; i < n; i++) {
		if (!strcmp(arg, words[i]))
			return i;
		snprintf(valid + strlen(valid), sizeof(valid) - strlen(valid),
			 "%s'%s'", i ? ", " : "", words[i]);
	}
	fprintf(stderr, "rolec: invalid argument '%s' for '%s'\n"
		"Valid arguments are: %s\n"
		"Try 'rolec --help' for more information.\n", arg, option,
		valid);
	exit(2);
}

enum { OPT_CSV = 256, OPT_DIAG_FORMAT, OPT_COLOR, OPT_MAX_ERRORS, OPT_HELP,
       OPT_VERSION, OPT_CATALOGUE };

static const struct option main_long[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "csv", required_argument, NULL, OPT_CSV },
	{ "output", required_argument, NULL, 'o' },
	{ "diagnostics-format", required_argument, NULL, OPT_DIAG_FORMAT },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "colour", required_argument, NULL, OPT_COLOR },
	{ "max-errors", required_argument, NULL, OPT_MAX_ERRORS },
	{ "catalogue", required_argument, NULL, OPT_CATALOGUE },
	{ "catalog", required_argument, NULL, OPT_CATALOGUE },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

static unsigned long main_count(const char *arg)
{
	char *end;
	unsigned long n;

	if (arg[0] < '0' || arg[0] > '9')
		main_bad_usage("invalid number '%s' for '--max-errors'", arg);
	n = strtoul(arg, &end, 10);
	if (*end)
		main_bad_usage("invalid number '%s' for '--max-errors'", arg);
	return n;
}

static void main_warning_option(struct main_opts *o, char *arg)
{
	size_t n = (size_t)o->nunknown_w + 1;

	if (diag_config_option(&o->diags.cfg, arg))
		return;
	o->unknown_w = mem_must_realloc(o->unknown_w, n * sizeof(char *));
	o->unknown_w[o->nunknown_w++] = arg;
}

static void main_option(struct main_opts *o, int c, char *arg)
{
	static const char *const formats[] = { "text", "json", "csv" };
	static const char *const csvs[] = { "roles", "tasks" };
	static const char *const diag_formats[] = {
		"text", "json", "sarif", "github"
	};
	static const char *const colors[] = { "auto", "always", "never" };

	switch (c) {
	case 'f':
		o->format = (enum main_format)main_choice(arg, formats, 3,
							  "--format");
		break;
	case OPT_CSV:
		o->csv = (enum emit_csv_kind)main_choice(arg, csvs, 2, "--csv");
		o->csv_given = 1;
		break;
	case 'o': o->output = arg; break;
	case 'W': main_warning_option(o, arg); break;
	case 'w': o->diags.cfg.none = 1; break;
	case OPT_DIAG_FORMAT:
		o->diags.cfg.format = (enum diag_format)main_choice(
			arg, diag_formats, 4, "--diagnostics-format");
		break;
	case OPT_COLOR:
		o->color = (enum main_color)main_choice(arg, colors, 3,
							"--color");
		break;
	case OPT_MAX_ERRORS:
		o->diags.cfg.max_errors = main_count(arg);
		break;
	case OPT_CATALOGUE: o->context = arg; break;
	default: main_bad_usage("%s", "invalid option");
	}
}

static int main_use_color(enum main_color color)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	if (color != COLOR_AUTO)
		return color == COLOR_ALWAYS;
	if (no && *no)
		return 0;
	return isatty(STDERR_FILENO) && term && strcmp(term, "dumb");
}

/* --help and --version win wherever they stand, as GNU asks. */
static void main_early(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strcmp(argv[i], "--help")) {
			main_usage(stdout);
			exit(fflush(stdout) ? 2 : 0);
		}
		if (!strcmp(argv[i], "--version")) {
			main_version();
			exit(fflush(stdout) ? 2 : 0);
		}
	}
}

static void main_parse(struct main_opts *o, int argc, char **argv)
{
	int c;

	if (argc < 2)
		main_bad_usage("%s", "missing command: check, build, diff or "
			       "fmt");
	if (!strcmp(argv[1], "build"))
		o->cmd = CMD_BUILD;
	else if (!strcmp(argv[1], "diff"))
		o->cmd = CMD_DIFF;
	else if (strcmp(argv[1], "check"))
		main_bad_usage("unknown command '%s'", argv[1]);

	optind = 2;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:o:W:w", main_long, NULL))
	       != -1)
		if (c == '?')
			main_bad_usage("unrecognized option '%s'",
				       argv[optind - 1]);
		else if (c == ':')
			main_bad_usage("option '%s' needs an argument",
				       argv[optind - 1]);
		else
			main_option(o, c, optarg);
	if (optind >= argc)
		main_bad_usage("%s", "no PATH given");
	if (o->cmd == CMD_CHECK && (o->output || o->format != FORMAT_TEXT
				    || o->csv_given))
		main_bad_usage("%s", "'check' writes no report: -f, -o and "
			       "--csv are for 'build'");
	if (o->cmd == CMD_DIFF && o->context)
		main_bad_usage("%s", "'diff' compares whole catalogues: "
			       "--catalogue does not apply");
	if (o->cmd == CMD_DIFF && argc - optind != 2)
		main_bad_usage("%s", "'diff' compares two paths: OLD NEW");
	if (o->cmd == CMD_DIFF && o->format == FORMAT_CSV)
		main_bad_usage("%s", "'diff' writes text or json");
}

static int main_write_error(const struct main_opts *o)
{
	if (o->output && strcmp(o->output, "-"))
		fprintf(stderr, "rolec: error: cannot write '%s': %s\n",
			o->output, strerror(errno));
	else
		fprintf(stderr, "rolec: error: cannot write standard output: "
			"%s\n", strerror(errno));
	return 2;
}

/* Write a finished report; returns 0, or 2 after saying why it could
 * not be written. */
static int main_write(const struct main_opts *o, struct buf *out)
{
	if (output_write(o->output, out->data ? out->data : "", out->len))
		return main_write_error(o);
	return 0;
}

/* The report is written as it is made, a few hundred kilobytes at a
 * time, into a temporary file that replaces the target only at the end. */
static int main_emit(const struct main_opts *o, const struct catalogue *cat)
{
	struct buf out = BUF_INIT;
	struct output w;
	int rc = 0;

	if (output_open(&w, o->output))
		return main_write_error(o);
	out.drain = output_drain;
	out.sink = &w;
	if (o->format == FORMAT_JSON)
		emit_json(&out, cat);
	else if (o->format == FORMAT_CSV)
		emit_csv(&out, cat, o->csv);
	else
		emit_text(&out, cat);
	output_add(&w, out.data, out.len);
	if (output_commit(&w))
		rc = main_write_error(o);
	buf_release(&out);
	return rc;
}

/* rolec diff OLD NEW: exit 0 whatever changed; 1 when either side has
 * errors. */
static int main_diff(struct main_opts *o, char **paths)
{
	struct catalogue side[2];
	struct buf out = BUF_INIT;
	int i, rc = 0;

	for (i = 0; i < 2; i++) {
		catalogue_init(&side[i]);
		catalogue_add_path(&side[i], paths[i], &o->diags);
		catalogue_compile(&side[i], &o->diags);
		if (side[i].failed || o->diags.limit_hit)
			rc = 2;
	}
	if (!rc && o->diags.errors)
		rc = 1;
	if (!rc) {
		if (o->format == FORMAT_JSON)
			diff_json(&out, &side[0], &side[1]);
		else
			diff_text(&out, &side[0], &side[1]);
		rc = main_write(o, &out);
	}
	buf_release(&out);
	for (i = 0; i < 2; i++)
		catalogue_release(&side[i]);
	return rc;
}

static int main_run(struct main_opts *o, int argc, char **argv)
{
	struct catalogue cat;
	int i, rc = 0;

	for (i = 0; i < o->nunknown_w; i++)
		diag_unknown_option(&o->diags, o->unknown_w[i]);
	if (o->cmd == CMD_DIFF) {
		rc = main_diff(o, argv + optind);
		diag_finish(&o->diags);
		return rc;
	}
	catalogue_init(&cat);
	for (i = optind; i < argc; i++)
		catalogue_add_path(&cat, argv[i], &o->diags);
	if (o->context)
		catalogue_add_context(&cat, o->context, &o->diags);
	catalogue_compile(&cat, &o->diags);

	if (cat.failed || o->diags.limit_hit)
		rc = 2;
	else if (o->diags.errors)
		rc = 1;
	else if (o->cmd == CMD_BUILD)
		rc = main_emit(o, &cat);
	diag_finish(&o->diags);
	catalogue_release(&cat);
	return rc;
}

/* A write error on standard output changes the status to 2.  A closed
 * standard output is no error when nothing was to be written to it
 * ('check' writes nothing there). */
static int main_close_stdout(int rc)
{
	int failed = ferror(stdout), pending = __fpending(stdout) > 0;

	if (fclose(stdout) != 0 && (pending || errno != EBADF))
		failed = 1;
	if (failed && rc == 0) {
		fprintf(stderr, "rolec: error: cannot write standard output: "
			"%s\n", errno ? strerror(errno) : "write error");
		rc = 2;
	}
	return rc;
}

/* rolec fmt, with the checks of standard output main does for all. */
static int main_fmt_status(int argc, char **argv)
{
	return main_close_stdout(main_fmt(argc, argv));
}

int main(int argc, char **argv)
{
	static jmp_buf oom;
	struct main_opts o;
	int rc;

	memset(&o, 0, sizeof(o));
	main_early(argc, argv);
	if (argc > 1 && !strcmp(argv[1], "fmt"))
		return main_fmt_status(argc - 1, argv + 1);
	diag_sink_init(&o.diags, stderr);
	main_parse(&o, argc, argv);
	o.diags.cfg.color = o.diags.cfg.format == DIAG_TEXT
			    && main_use_color(o.color);

	if (setjmp(oom)) {
		mem_release_all();
		fputs("rolec: error: out of memory\n", stderr);
		return 2;
	}
	mem_on_oom(&oom);
	rc = main_run(&o, argc, argv);
	diag_sink_release(&o.diags);
	mem_free(o.unknown_w);
	return main_close_stdout(rc);
}
