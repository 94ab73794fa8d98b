/*
 * main_fmt.h - the 'rolec fmt' command.
 */
#ifndef ROLEC_MAIN_FMT_H
#define ROLEC_MAIN_FMT_H

/* rolec fmt [-w] [-l] [-d] [--check] PATH...; argv[0] is "fmt".
 * Returns the exit status: 0, 1 (a file does not parse, or --check found
 * one to reformat), 2 (a file could not be read or written). */
int main_fmt(int argc, char **argv);

#endif
