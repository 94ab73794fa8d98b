#!/usr/bin/python3
"""Print the comments of .role files, one per line, in order.

usage: fmt_comments.py FILE

Strings ("..." with escapes) and text blocks (triple quotes) are skipped,
so that a '#' inside them is not taken for a comment.  Used by
tests/fmt.sh to check that formatting keeps every comment.
"""
import sys


def comments(text):
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith('"""', i):
            j = text.find('"""', i + 3)
            i = n if j < 0 else j + 3
        elif text[i] == '"':
            i += 1
            while i < n and text[i] not in '"\n':
                i += 2 if text[i] == "\\" else 1
            i += 1
        elif text[i] == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(text[i:j].rstrip("\r"))
            i = j
        else:
            i += 1
    return out


def main():
    with open(sys.argv[1], encoding="utf-8", errors="surrogateescape") as f:
        for c in comments(f.read()):
            print(c)


if __name__ == "__main__":
    main()
