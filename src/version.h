/*
 * version.h - the program's name and version, in one place.
 */
#ifndef ROLEC_VERSION_H
#define ROLEC_VERSION_H

#define ROLEC_VERSION "0.1.0"
#define ROLEC_BUGS "the rolec issue tracker"

#endif
