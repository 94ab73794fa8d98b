/*
 * mem.c - allocation through one hook, with failure injection for tests.
 */
#include <stdio.h>
#include <stdlib.h>

#include "mem.h"

static unsigned long mem_count;
static unsigned long mem_fail_at;

static int mem_should_fail(void)
{
	mem_count++;
	return mem_fail_at != 0 && mem_count >= mem_fail_at;
}

void *mem_alloc(size_t size)
{
	if (mem_should_fail())
		return NULL;
	return malloc(size ? size : 1);
}

void *mem_realloc(void *ptr, size_t size)
{
	if (mem_should_fail())
		return NULL;
	return realloc(ptr, size ? size : 1);
}

void mem_free(void *ptr)
{
	free(ptr);
}

unsigned long mem_fail_after(unsigned long n)
{
	unsigned long made = mem_count;

	mem_count = 0;
	mem_fail_at = n;
	return made;
}

static jmp_buf *mem_handler;

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
