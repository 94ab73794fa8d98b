#!/bin/sh
# A generated catalogue of 10,000 roles compiles with a peak resident
# size under 64 MiB, as 'check' and as each report, with every expected
# result met (each generated role carries the oracle's 'expect' line).
# This measures memory only; speed is the benchmark's (bench/).
set -u
rolec=${1:-build/rolec}
py=${2:-/usr/bin/python3}
n=${ROLEC_SCALE_ROLES:-10000}
limit_kib=65536
fail=0 pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$py" bench/gen.py "$n" "$tmp/cat" >/dev/null || { echo "scale: gen.py"; exit 1; }

# peak KiB of one command, from the kernel's account of the child
peak() {
	"$py" -c '
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}

for cmd in "check" "build -f json" "build -f csv --csv=tasks" "build"; do
	set -- $(peak "$rolec" $cmd "$tmp/cat/role")
	if [ "$1" != 0 ]; then
		echo "scale: rolec $cmd failed on $n roles (exit $1)"
		fail=$((fail + 1))
	elif [ "$2" -ge "$limit_kib" ]; then
		echo "scale: rolec $cmd peaked at $2 KiB on $n roles"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
echo "scale: $pass passed, $fail failed"
[ "$fail" = 0 ]
