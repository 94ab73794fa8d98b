/*
 * replay.c - run a fuzz target over files, without libFuzzer: the
 * committed corpus and every past finding, in 'make check', built with
 * the ordinary compiler (and the sanitizers in the sanitizer build).
 *
 * usage: replay FILE|DIR...
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL;
	size_t size = 0, cap = 0, n;

	if (!f)
		return perror(path), 1;
	do {
		if (size == cap) {
			cap = cap ? cap * 2 : 4096;
			data = realloc(data, cap);
			if (!data)
				return fclose(f), 1;
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 0;
}

static int replay_path(const char *path, unsigned long *count)
{
	struct stat st;
	struct dirent *e;
	DIR *d;
	int rc = 0;

	if (stat(path, &st) != 0)
		return perror(path), 1;
	if (!S_ISDIR(st.st_mode))
		return ++*count, replay_file(path);
	d = opendir(path);
	if (!d)
		return perror(path), 1;
	while ((e = readdir(d)) != NULL) {
		char sub[4096];

		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		rc |= replay_path(sub, count);
	}
	closedir(d);
	return rc;
}

int main(int argc, char **argv)
{
	unsigned long count = 0;
	int i, rc = 0;

	for (i = 1; i < argc; i++)
		rc |= replay_path(argv[i], &count);
	printf("replay: %lu inputs, %s\n", count, rc ? "failed" : "ok");
	return rc;
}
