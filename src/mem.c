/*
 * mem.c - allocation through one hook: every block is on a list, so that
 * a run stopped by an allocation failure can free all it had made.
 *
 * The list costs two pointers a block.  It lets the out-of-memory path be
 * a long jump (mem_oom) with no owner left to unwind: the handler calls
 * mem_release_all, and nothing leaks, wherever the failure struck.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "mem.h"

struct mem_head {
	struct mem_head *prev, *next;
	max_align_t align[];	/* the block follows, aligned */
};

static struct mem_head mem_live = { &mem_live, &mem_live };
static unsigned long mem_count;
static unsigned long mem_fail_at;
static jmp_buf *mem_handler;

static int mem_should_fail(void)
{
	mem_count++;
	return mem_fail_at != 0 && mem_count >= mem_fail_at;
}

static void mem_link(struct mem_head *h)
{
	h->next = mem_live.next;
	h->prev = &mem_live;
	mem_live.next->prev = h;
	mem_live.next = h;
}

static void mem_unlink(struct mem_head *h)
{
	h->prev->next = h->next;
	h->next->prev = h->prev;
}

void *mem_alloc(size_t size)
{
	struct mem_head *h;

	if (mem_should_fail() || size > (size_t)-1 - sizeof(*h))
		return NULL;
	h = malloc(sizeof(*h) + size);
	if (!h)
		return NULL;
	mem_link(h);
	return h + 1;
}

void *mem_realloc(void *ptr, size_t size)
{
	struct mem_head *h, *old;

	if (!ptr)
		return mem_alloc(size);
	if (mem_should_fail() || size > (size_t)-1 - sizeof(*h))
		return NULL;
	old = (struct mem_head *)ptr - 1;
	mem_unlink(old);
	h = realloc(old, sizeof(*h) + size);
	if (!h) {
		mem_link(old);
		return NULL;
	}
	mem_link(h);
	return h + 1;
}

void mem_free(void *ptr)
{
	struct mem_head *h;

	if (!ptr)
		return;
	h = (struct mem_head *)ptr - 1;
	mem_unlink(h);
	free(h);
}

unsigned long mem_fail_after(unsigned long n)
{
	unsigned long made = mem_count;

	mem_count = 0;
	mem_fail_at = n;
	return made;
}

size_t mem_live_blocks(void)
{
	struct mem_head *h;
	size_t n = 0;

	for (h = mem_live.next; h != &mem_live; h = h->next)
		n++;
	return n;
}

void mem_release_all(void)
{
	while (mem_live.next != &mem_live) {
		struct mem_head *h = mem_live.next;

		mem_unlink(h);
		free(h);
	}
}

void mem_on_oom(jmp_buf *handler)
{
	mem_handler = handler;
}

void mem_oom(void)
{
	if (mem_handler)
		longjmp(*mem_handler, 1);
	fputs("rolec: error: out of memory\n", stderr);
	exit(2);
}

void *mem_must_alloc(size_t size)
{
	void *p = mem_alloc(size);

	if (!p)
		mem_oom();
	return p;
}

void *mem_must_realloc(void *ptr, size_t size)
{
	void *p = mem_realloc(ptr, size);

	if (!p)
		mem_oom();
	return p;
}
