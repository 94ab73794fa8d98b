# score.jq - the "jq in CI" contender: check and score one assessment per
# input JSON document (the format bench/gen.py writes; see bench/schema.json),
# the way a team without rolec would script it.
#
#   jq -c -f bench/score.jq json/*.json        (or through xargs)
#
# A valid document prints one line:
#   {"file":…,"id":…,"weighted":2.85,"raw":3.7785,"score":40.8,
#    "zone":…,"label":…}
# An invalid one calls error() with every problem found, so jq writes
#   jq: error (at FILE:N): FILE: problem; problem
# to standard error, goes on with the next file and exits 5 at the end.
#
# Checks: types of the numbers used, ranges (time > 0 and <= 100, score
# 1-5 whole, evidence -2..2, barriers 0..2, protective 0..3, growth -2..2),
# the 100 % total (|sum - 100| > 1e-9, on doubles), every block and every
# dimension present, duplicate task names.  Not checked: references
# (jq sees one file at a time), one decimal at most in a share, unknown
# keys, the date.
#
# Arithmetic is IEEE double, as in jq 1.6; rounding is jq's round (half
# away from zero, but of a double that may sit just below or above the
# exact tie), so printed figures can differ from the exact ones: that is
# one of the things the benchmark measures.

def isint: type == "number" and . == floor;

def dim_problems($block; $names; $lo; $hi):
  if has($block) | not then ["no \($block) block"]
  else . as $doc
    | [ $names[] as $n
        | ($doc[$block][$n].value) as $v
        | if $v == null then "\($block): no \($n)"
          elif ($v | isint | not) or $v < $lo or $v > $hi
          then "\($block).\($n) = \($v): not a whole number in \($lo)..\($hi)"
          else empty end ]
  end;

def problems:
  [ (if (.tasks | type) != "array" or (.tasks | length) == 0
     then "no task"
     else
       (.tasks[] | select((.time | type) != "number" or .time <= 0
                          or .time > 100)
        | "task \(.name): time \(.time) outside 0..100"),
       (.tasks[] | select((.score | isint | not) or .score < 1 or .score > 5)
        | "task \(.name): score \(.score) is not 1-5"),
       (.tasks[] | select(.tag != "aug" and .tag != "disp" and .tag != "none")
        | "task \(.name): unknown tag \(.tag)"),
       (([.tasks[].time] | add) as $sum
        | if (($sum - 100) | fabs) > 1e-9
          then "task times add up to \($sum)%, not 100%" else empty end),
       ([.tasks[].name] | group_by(.)[] | select(length > 1)
        | "two tasks named \(.[0])")
     end),
    dim_problems("evidence"; ["postings", "companies", "wages", "tools",
                              "experts"]; -2; 2)[],
    dim_problems("barriers"; ["regulatory", "physical", "union",
                              "liability", "cultural"]; 0; 2)[],
    dim_problems("protective"; ["embodied", "interpersonal", "judgment"];
                 0; 3)[],
    (if .growth.value == null then "no growth"
     elif (.growth.value | isint | not) or .growth.value < -2
          or .growth.value > 2
     then "growth \(.growth.value) outside -2..2" else empty end)
  ];

def round_to($places): (. * pow(10; $places) | round) / pow(10; $places);

def zone_of: if . >= 48 then "green" elif . < 25 then "red" else "yellow" end;

def score:
  ([.tasks[] | .time * .score] | add / 100) as $w
  | ([.evidence[].value] | add) as $ev
  | ([.barriers[].value] | add) as $ba
  | .growth.value as $g
  | ((6 - $w) * (1 + 0.04 * $ev) * (1 + 0.02 * $ba) * (1 + 0.05 * $g))
    as $raw
  | (($raw - 0.54) / 7.93 * 100) as $aijri
  | (if $aijri < 0 then 0 elif $aijri > 100 then 100 else $aijri end) as $c
  | (if .override.kind == "score" then .override.value else $c end
     | round_to(1)) as $score
  | ($score | zone_of) as $zone
  | ([.tasks[] | select(.score >= 3) | .time] | add // 0) as $t3
  | {file: input_filename, id, weighted: ($w | round_to(2)),
     raw: ($raw | round_to(4)), score: $score, zone: $zone,
     label: (if $zone == "green" then
               (if $g == 2 then "accelerated"
                elif $t3 >= 20 then "transforming" else "stable" end)
             elif $zone == "yellow" then
               (if $t3 >= 40 then "urgent" else "moderate" end)
             else null end)};

problems as $p
| if ($p | length) > 0
  then error("\(input_filename): \($p | join("; "))")
  else score end
