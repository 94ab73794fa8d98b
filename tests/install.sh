#!/bin/sh
# make install and uninstall into a staging directory (DESTDIR), and the
# man pages clean under man's own checks.
set -u
fail=0 pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { echo "install: $*"; fail=$((fail + 1)); }

make --no-print-directory -s install DESTDIR="$tmp" prefix=/usr \
	>"$tmp/log" 2>&1 && ok || { bad "make install failed"; cat "$tmp/log"; }
for f in usr/bin/rolec usr/share/man/man1/rolec.1 usr/share/man/man5/role.5
do
	[ -f "$tmp/$f" ] && ok || bad "not installed: /$f"
done
[ "$(stat -c %a "$tmp/usr/bin/rolec")" = 755 ] && ok || bad "binary mode"
[ "$(stat -c %a "$tmp/usr/share/man/man1/rolec.1")" = 644 ] && ok ||
	bad "man page mode"
"$tmp/usr/bin/rolec" --version | grep -q '^rolec ' && ok ||
	bad "installed binary does not run"
grep -rq "$tmp" "$tmp/usr" && bad "DESTDIR recorded in installed files" ||
	ok

if command -v man >/dev/null 2>&1; then
	for page in docs/rolec.1 docs/role.5; do
		MANWIDTH=80 man --warnings -l "$page" >/dev/null 2>"$tmp/warn"
		[ ! -s "$tmp/warn" ] && ok ||
			{ bad "$page: man warnings"; cat "$tmp/warn"; }
	done
fi

make --no-print-directory -s uninstall DESTDIR="$tmp" prefix=/usr \
	>/dev/null 2>&1 && ok || bad "make uninstall failed"
[ -z "$(find "$tmp/usr" -type f)" ] && ok || bad "uninstall left files"

echo "install: $pass passed, $fail failed"
[ "$fail" = 0 ]
