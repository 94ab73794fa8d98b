/*
 * emit_csv.c - RFC 4180 CSV: a header row, CRLF record ends, UTF-8.
 *
 * A text cell that a spreadsheet would run as a formula (it starts with
 * '=', '+', '-', '@', a tab or a carriage return) gets a leading
 * apostrophe and quotes.  The rule is per column: numeric columns are
 * never touched, so a negative number stays a number.
 */
#include <string.h>

#include "decimal.h"
#include "emit.h"
#include "score.h"

/* Cells are separated by commas; a record starts after CRLF.  The first
 * column (the id) is never empty, so a record never starts with "". */
static void csv_sep(struct buf *b)
{
	if (b->len && b->data[b->len - 1] != '\n')
		buf_addc(b, ',');
}

static void csv_text(struct buf *b, const char *s)
{
	int formula = s && strchr("=+-@\t\r", s[0]) && s[0];
	int quote = formula || (s && strpbrk(s, ",\"\r\n"));

	csv_sep(b);
	if (!s)
		return;
	if (quote)
		buf_addc(b, '"');
	if (formula)
		buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	if (quote)
		buf_addc(b, '"');
}

static void csv_num(struct buf *b, int64_t scaled, int places)
{
	csv_sep(b);
	dec_print(b, scaled, places, 0);
}

static void csv_tenths(struct buf *b, int64_t tenths)
{
	csv_sep(b);
	dec_print_tenths(b, tenths);
}

static void csv_role(struct buf *b, const struct model_role *m)
{
	const struct model_score *s = &m->score;

	csv_text(b, m->id);
	csv_text(b, m->title);
	csv_text(b, m->level >= 0 ? method_level_names[m->level] : NULL);
	csv_text(b, m->family);
	csv_num(b, s->score, 1);
	csv_text(b, method_zone_names[s->zone]);
	csv_text(b, s->label ? method_label_names[s->label] : NULL);
	csv_num(b, s->formula_score, 1);
	csv_num(b, score_tr_x100(s), 2);
	csv_num(b, score_weighted_x100(s), 2);
	csv_num(b, score_raw_x10000(s), 4);
	csv_num(b, s->evidence, 0);
	csv_num(b, s->barriers, 0);
	csv_num(b, s->protective, 0);
	csv_num(b, s->growth, 0);
	csv_num(b, score_em_x100(s), 2);
	csv_num(b, score_bm_x100(s), 2);
	csv_num(b, score_gm_x100(s), 2);
	csv_tenths(b, s->split[TAG_DISP]);
	csv_tenths(b, s->split[TAG_AUG]);
	csv_tenths(b, s->split[TAG_NONE]);
	csv_tenths(b, s->high_time);
	csv_text(b, method_zone_names[s->quick]);
	csv_text(b, m->path);
	buf_adds(b, "\r\n");
}

static void csv_tasks(struct buf *b, const struct model_role *m)
{
	int i;

	for (i = 0; i < m->ntasks; i++) {
		const struct model_task *t = &m->tasks[i];

		csv_text(b, m->id);
		csv_text(b, t->name);
		csv_tenths(b, t->share);
		csv_num(b, t->score, 0);
		csv_text(b, method_tag_names[t->tag]);
		csv_num(b, score_task_weighted_x100(t), 2);
		buf_adds(b, "\r\n");
	}
}

void emit_csv(struct buf *b, const struct catalogue *cat,
	      enum emit_csv_kind kind)
{
	size_t i;

	if (kind == EMIT_CSV_TASKS)
		buf_adds(b, "id,task,time,score,tag,weighted\r\n");
	else
		buf_adds(b, "id,title,level,family,score,zone,label,"
			 "formula_score,task_resistance,weighted,raw,evidence,"
			 "barriers,protective,growth,evidence_modifier,"
			 "barrier_modifier,growth_modifier,displacement,"
			 "augmentation,not_involved,time_3_plus,quick_screen,"
			 "path\r\n");
	for (i = 0; i < cat->nroles; i++) {
		if (kind == EMIT_CSV_TASKS)
			csv_tasks(b, cat->roles[i]);
		else
			csv_role(b, cat->roles[i]);
		buf_drain(b);
	}
}
