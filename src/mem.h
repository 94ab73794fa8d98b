/*
 * mem.h - the one allocation hook of rolec.
 *
 * Every allocation in the compiler goes through mem_alloc, mem_realloc and
 * mem_free, and every live block is known (mem_release_all).  Tests can
 * make the Nth allocation fail (mem_fail_after) to check that each failure
 * ends in a clean diagnostic without a leak.
 */
#ifndef ROLEC_MEM_H
#define ROLEC_MEM_H

#include <stddef.h>

void *mem_alloc(size_t size);
void *mem_realloc(void *ptr, size_t size);
void mem_free(void *ptr);

/* Fail the allocation numbered n (1-based) and every one after it; 0 turns
 * the injection off.  Returns how many allocations were made since the last
 * call, so a test loop knows when it has covered them all. */
unsigned long mem_fail_after(unsigned long n);

/* Blocks allocated and not yet freed. */
size_t mem_live_blocks(void);

/* Free every live block: after a run was stopped by mem_oom. */
void mem_release_all(void);

/*
 * Out of memory.  The arena and buffer helpers call mem_oom when an
 * allocation fails; it long-jumps to the handler the driver installed with
 * mem_on_oom, which releases what the run owns and exits with status 2.
 * Without a handler it prints a message and exits 2.
 */
#include <setjmp.h>

void mem_on_oom(jmp_buf *handler);
_Noreturn void mem_oom(void);

/* mem_alloc and mem_realloc that never return NULL: they call mem_oom. */
void *mem_must_alloc(size_t size);
void *mem_must_realloc(void *ptr, size_t size);

#endif
