/*
 * arena.c - a list of blocks, bump allocation inside each.
 */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "mem.h"

#define ARENA_BLOCK_SIZE 16384
#define ARENA_ALIGN 16

struct arena_block {
	struct arena_block *next;
	size_t size;
	size_t fill;
	unsigned char *data;
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = 0;
}

void arena_release(struct arena *a)
{
	struct arena_block *b = a->head;

	while (b) {
		struct arena_block *next = b->next;

		mem_free(b);
		b = next;
	}
	arena_init(a);
}

static struct arena_block *arena_grow(struct arena *a, size_t need)
{
	size_t size = need > ARENA_BLOCK_SIZE ? need : ARENA_BLOCK_SIZE;
	size_t head = (sizeof(struct arena_block) + ARENA_ALIGN - 1)
		      & ~(size_t)(ARENA_ALIGN - 1);
	struct arena_block *b;

	if (size > SIZE_MAX - head)
		mem_oom();
	b = mem_must_alloc(head + size);
	b->data = (unsigned char *)b + head;
	b->size = size;
	b->fill = 0;
	b->next = a->head;
	a->head = b;
	return b;
}

void *arena_alloc(struct arena *a, size_t size)
{
	struct arena_block *b = a->head;
	void *p;

	if (size > SIZE_MAX - ARENA_ALIGN)
		mem_oom();
	size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (!b || b->size - b->fill < size)
		b = arena_grow(a, size);

	p = b->data + b->fill;
	b->fill += size;
	a->used += size;
	memset(p, 0, size);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
