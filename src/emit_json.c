/*
 * emit_json.c - the "rolec/1" JSON document of outputs.md.
 *
 * Members come in a fixed order, numbers at the precision scoring.md
 * gives, printed by decimal.c (never by printf's %f).
 */
#include "decimal.h"
#include "emit.h"
#include "json.h"
#include "score.h"

int32_t emit_gain(const struct model_role *m, const struct model_ref *r)
{
	return r->target->score.score - m->score.score;
}

static void json_key(struct buf *b, const char *key)
{
	buf_adds(b, ",\n      \"");
	buf_adds(b, key);
	buf_adds(b, "\": ");
}

static void json_dec(struct buf *b, int64_t scaled, int places)
{
	dec_print(b, scaled, places, 0);
}

static void json_task(struct buf *b, const struct model_task *t)
{
	buf_adds(b, "{\"name\": ");
	json_add_string(b, t->name);
	buf_adds(b, ", \"time\": ");
	dec_print_tenths(b, t->share);
	buf_adds(b, ", \"score\": ");
	dec_print(b, t->score, 0, 0);
	buf_adds(b, ", \"tag\": \"");
	buf_adds(b, method_tag_names[t->tag]);
	buf_adds(b, "\", \"weighted\": ");
	json_dec(b, score_task_weighted_x100(t), 2);
	buf_adds(b, ", \"because\": ");
	json_add_string_or_null(b, t->because);
	buf_addc(b, '}');
}

static void json_tasks(struct buf *b, const struct model_role *m)
{
	int i;

	json_key(b, "tasks");
	buf_adds(b, "[");
	for (i = 0; i < m->ntasks; i++) {
		buf_adds(b, i ? ",\n        " : "\n        ");
		json_task(b, &m->tasks[i]);
	}
	buf_adds(b, m->ntasks ? "\n      ]" : "]");
}

static void json_value(struct buf *b, const struct model_value *v)
{
	buf_adds(b, "{\"value\": ");
	dec_print(b, v->value, 0, 0);
	buf_adds(b, ", \"because\": ");
	json_add_string_or_null(b, v->because);
	buf_addc(b, '}');
}

static void json_block(struct buf *b, const struct model_role *m,
		       enum block k)
{
	const struct method_block *mb = &method_blocks[k];
	int i;

	json_key(b, mb->keyword);
	buf_addc(b, '{');
	for (i = 0; i < mb->ndims; i++) {
		buf_adds(b, i ? ",\n        \"" : "\n        \"");
		buf_adds(b, mb->dims[i]);
		buf_adds(b, "\": ");
		json_value(b, &m->dims[k][i]);
	}
	buf_adds(b, "\n      }");
}

/* One override object: kind 0 score, 1 zone, 2 label. */
static void json_override_one(struct buf *b, const struct model_override *o,
			      int kind)
{
	if (kind == 0) {
		buf_adds(b, "{\"kind\": \"score\", \"value\": ");
		json_dec(b, o->score, 1);
		buf_adds(b, ", \"because\": ");
		json_add_string(b, o->score_because);
	} else if (kind == 1) {
		buf_addf(b, "{\"kind\": \"zone\", \"value\": \"%s\", "
			 "\"because\": ", method_zone_names[o->zone]);
		json_add_string(b, o->zone_because);
	} else {
		buf_addf(b, "{\"kind\": \"label\", \"value\": \"%s\", "
			 "\"because\": ", method_label_names[o->label]);
		json_add_string(b, o->label_because);
	}
	buf_addc(b, '}');
}

/* "override" is the first override given (score, zone, label), as
 * outputs.md has it; "overrides" lists all of them. */
static void json_override(struct buf *b, const struct model_role *m)
{
	const struct model_override *o = &m->override;
	int has[3] = { o->has_score, o->has_zone, o->has_label };
	int k, first = 1;

	json_key(b, "override");
	for (k = 0; k < 3 && !has[k]; k++)
		;
	if (k < 3)
		json_override_one(b, o, k);
	else
		buf_adds(b, "null");

	json_key(b, "overrides");
	buf_addc(b, '[');
	for (k = 0; k < 3; k++) {
		if (!has[k])
			continue;
		if (!first)
			buf_adds(b, ", ");
		first = 0;
		json_override_one(b, o, k);
	}
	buf_addc(b, ']');
}

static void json_refs(struct buf *b, const struct model_role *m,
		      const struct model_ref *refs, int n, int peers)
{
	int i;

	json_key(b, peers ? "peers" : "transitions");
	buf_addc(b, '[');
	for (i = 0; i < n; i++) {
		const struct model_ref *r = &refs[i];

		buf_adds(b, i ? ", {\"id\": " : "{\"id\": ");
		json_add_string(b, r->id);
		if (peers) {
			buf_adds(b, ", \"quoted\": ");
			if (r->has_quoted)
				json_dec(b, r->quoted, 1);
			else
				buf_adds(b, "null");
		}
		buf_adds(b, ", \"score\": ");
		if (r->target)
			json_dec(b, r->target->score.score, 1);
		else
			buf_adds(b, "null");
		if (!peers) {
			buf_adds(b, ", \"gain\": ");
			if (r->target)
				dec_print(b, emit_gain(m, r), 1, 0);
			else
				buf_adds(b, "null");
		}
		buf_addc(b, '}');
	}
	buf_addc(b, ']');
}

static void json_notes(struct buf *b, const struct model_role *m)
{
	int i;

	json_key(b, "notes");
	buf_addc(b, '[');
	for (i = 0; i < m->nnotes; i++) {
		buf_adds(b, i ? ", {\"heading\": " : "{\"heading\": ");
		json_add_string(b, m->notes[i].heading);
		buf_adds(b, ", \"text\": ");
		json_add_string(b, m->notes[i].text);
		buf_addc(b, '}');
	}
	buf_addc(b, ']');
}

static void json_head(struct buf *b, const struct model_role *m)
{
	int i;

	buf_adds(b, "{\n      \"id\": ");
	json_add_string(b, m->id);
	json_key(b, "title");
	json_add_string(b, m->title);
	json_key(b, "level");
	json_add_string_or_null(b, m->level >= 0
				? method_level_names[m->level] : NULL);
	json_key(b, "family");
	json_add_string_or_null(b, m->family);
	json_key(b, "aka");
	buf_addc(b, '[');
	for (i = 0; i < m->naka; i++) {
		if (i)
			buf_adds(b, ", ");
		json_add_string(b, m->aka[i]);
	}
	buf_addc(b, ']');
	json_key(b, "assessed");
	if (m->has_assessed)
		buf_addf(b, "\"%04d-%02d-%02d\"", m->year, m->month, m->day);
	else
		buf_adds(b, "null");
	json_key(b, "summary");
	json_add_string_or_null(b, m->summary);
	json_key(b, "source");
	buf_adds(b, "{\"path\": ");
	json_add_string(b, m->path);
	buf_addf(b, ", \"line\": %u}", m->line);
}

static void json_scores(struct buf *b, const struct model_role *m)
{
	const struct model_score *s = &m->score;
	int i;

	json_key(b, "score");
	json_dec(b, s->score, 1);
	json_key(b, "formula_score");
	json_dec(b, s->formula_score, 1);
	json_key(b, "zone");
	buf_addf(b, "\"%s\"", method_zone_names[s->zone]);
	json_key(b, "label");
	if (s->label == LABEL_NONE)
		buf_adds(b, "null");
	else
		buf_addf(b, "\"%s\"", method_label_names[s->label]);
	json_key(b, "weighted");
	json_dec(b, score_weighted_x100(s), 2);
	json_key(b, "task_resistance");
	json_dec(b, score_tr_x100(s), 2);
	json_key(b, "raw");
	json_dec(b, score_raw_x10000(s), 4);
	json_key(b, "modifiers");
	buf_adds(b, "{\"evidence\": ");
	json_dec(b, score_em_x100(s), 2);
	buf_adds(b, ", \"barriers\": ");
	json_dec(b, score_bm_x100(s), 2);
	buf_adds(b, ", \"growth\": ");
	json_dec(b, score_gm_x100(s), 2);
	buf_addc(b, '}');
	json_key(b, "totals");
	buf_addf(b, "{\"evidence\": %d, \"barriers\": %d, "
		 "\"protective\": %d, \"growth\": %d}", s->evidence,
		 s->barriers, s->protective, s->growth);
	json_key(b, "split");
	buf_adds(b, "{\"displacement\": ");
	dec_print_tenths(b, s->split[TAG_DISP]);
	buf_adds(b, ", \"augmentation\": ");
	dec_print_tenths(b, s->split[TAG_AUG]);
	buf_adds(b, ", \"not_involved\": ");
	dec_print_tenths(b, s->split[TAG_NONE]);
	buf_addc(b, '}');
	json_key(b, "time_3_plus");
	dec_print_tenths(b, s->high_time);
	json_key(b, "quick_screen");
	buf_addf(b, "\"%s\"", method_zone_names[s->quick]);
	json_key(b, "composition");
	for (i = 0; i < BAR_COUNT; i++) {
		buf_addf(b, "%s\"%s\": ", i ? ", " : "{",
			 method_bars[i].name);
		json_dec(b, s->bars[i], 1);
	}
	buf_addc(b, '}');
}

static void json_role(struct buf *b, const struct model_role *m)
{
	json_head(b, m);
	json_scores(b, m);
	json_tasks(b, m);
	json_block(b, m, BLOCK_EVIDENCE);
	json_block(b, m, BLOCK_BARRIERS);
	json_block(b, m, BLOCK_PROTECTIVE);
	json_key(b, "growth");
	json_value(b, &m->growth);
	json_override(b, m);
	json_refs(b, m, m->peers, m->npeers, 1);
	json_refs(b, m, m->transitions, m->ntransitions, 0);
	json_notes(b, m);
	buf_adds(b, "\n    }");
}

void emit_json(struct buf *b, const struct catalogue *cat)
{
	size_t i;

	buf_adds(b, "{\n  \"format\": \"rolec/1\",\n  \"roles\": [");
	for (i = 0; i < cat->nroles; i++) {
		buf_adds(b, i ? ",\n    " : "\n    ");
		json_role(b, cat->roles[i]);
		buf_drain(b);
	}
	buf_adds(b, cat->nroles ? "\n  ]\n}\n" : "]\n}\n");
}
