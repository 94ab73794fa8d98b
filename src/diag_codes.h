/*
 * diag_codes.h - every diagnostic rolec can give, in one table.
 *
 * X(NAME, CODE, KIND, WNAME, SUMMARY)
 *   NAME     the enum constant, DIAG_<NAME>
 *   CODE     the stable code printed with the message; never reused
 *   KIND     ERROR or WARNING (a warning's level can change with -W)
 *   WNAME    the -W name of a warning, or NULL for errors
 *   SUMMARY  one line for docs/diagnostics.md and SARIF rule metadata
 *
 * Coupled with docs/diagnostics.md, which explains each code.
 */
DIAG_X(INVALID_UTF8,   "E101", ERROR, NULL, "source is not valid UTF-8")
DIAG_X(NUL_BYTE,       "E102", ERROR, NULL, "NUL byte in source")
DIAG_X(LONE_CR,        "E103", ERROR, NULL, "carriage return without line feed")
DIAG_X(STRAY_CHAR,     "E104", ERROR, NULL, "character that starts no token")
DIAG_X(BAD_NUMBER,     "E105", ERROR, NULL, "malformed or too large number")
DIAG_X(BAD_STRING,     "E106", ERROR, NULL, "malformed string")
DIAG_X(BAD_DATE,       "E107", ERROR, NULL, "date that does not exist")
DIAG_X(BAD_IDENT,      "E108", ERROR, NULL, "malformed identifier")
DIAG_X(SYNTAX,         "E201", ERROR, NULL, "syntax error")
DIAG_X(UNEXPECTED_EOF, "E202", ERROR, NULL, "unexpected end of file")
DIAG_X(DUPLICATE_STMT, "E301", ERROR, NULL, "statement given more than once")
DIAG_X(MISSING_STMT,   "E302", ERROR, NULL, "required statement missing")
DIAG_X(UNKNOWN_NAME,   "E303", ERROR, NULL, "name not among the valid ones")
DIAG_X(OUT_OF_RANGE,   "E304", ERROR, NULL, "value outside its range")
DIAG_X(SIGN,           "E305", ERROR, NULL, "sign where none is allowed")
DIAG_X(PRECISION,      "E306", ERROR, NULL, "more decimals than allowed")
DIAG_X(DUPLICATE_DIM,  "E307", ERROR, NULL, "dimension given twice")
DIAG_X(MISSING_DIM,    "E308", ERROR, NULL, "dimension missing in a block")
DIAG_X(TASK_TOTAL,     "E309", ERROR, NULL, "task times do not add up to 100%")
DIAG_X(OVERRIDE,       "E310", ERROR, NULL, "invalid override")
DIAG_X(EXPECT,         "E311", ERROR, NULL, "result differs from 'expect'")
DIAG_X(BAD_ID,         "E312", ERROR, NULL, "role id cannot be derived")
DIAG_X(EMPTY_TEXT,     "E313", ERROR, NULL, "empty title or task name")
DIAG_X(DUPLICATE_ID,   "E401", ERROR, NULL, "role id used twice")
DIAG_X(UNRESOLVED_ERR, "E402", ERROR, NULL, "reference to an unknown role")
DIAG_X(LIMIT,          "E901", ERROR, NULL, "resource limit exceeded")
DIAG_X(IO,             "E902", ERROR, NULL, "file cannot be read or written")
DIAG_X(EMPTY,          "W101", WARNING, "empty", "file holds no role")
DIAG_X(TAG_SCORE,      "W102", WARNING, "tag-score",
       "task score at odds with its tag")
DIAG_X(DUPLICATE_TASK, "W103", WARNING, "duplicate-task",
       "two tasks with the same name")
DIAG_X(DUPLICATE_AKA,  "W104", WARNING, "duplicate-aka",
       "alternative title repeated or equal to the title")
DIAG_X(PEER_SCORE,     "W105", WARNING, "peer-score",
       "quoted peer score differs from the computed one")
DIAG_X(CLAMPED,        "W106", WARNING, "clamped", "score clamped to 0..100")
DIAG_X(UNRESOLVED,     "W107", WARNING, "unresolved",
       "reference to a role not in the catalogue")
DIAG_X(TRANSITION,     "W108", WARNING, "transition-zone",
       "transition to a role in no better zone")
DIAG_X(UNKNOWN_WARNING, "W109", WARNING, "unknown-warning-option",
       "-W option names no warning")
