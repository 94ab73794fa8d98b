# rolec - a compiler for .role job assessments.
#
#   make            build build/rolec
#   make run        build, then compile examples/ to a report
#   make check      build and run every test (installs what tests need)
#   make install    install the binary and man pages (PREFIX, DESTDIR)
#
# The lexer (re2c) and the parser (Lemon) are generated into the build
# directory, never committed.

PREFIX ?= /usr/local
prefix ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
mandir ?= $(prefix)/share/man

CC ?= cc
RE2C ?= re2c
LEMON ?= lemon
PYTHON ?= /usr/bin/python3
B ?= build

WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	$(WARN) $(CFLAGS) -Isrc -I$(B)

SRCS = arena.c buf.c catalogue.c check.c decimal.c diag.c diag_emit.c diff.c \
	diag_machine.c emit_csv.c emit_json.c emit_text.c fmt.c json.c link.c \
	main_fmt.c mem.c method.c output.c parse.c parse_tree.c score.c source.c \
	suggest.c
OBJS = $(SRCS:%.c=$(B)/%.o) $(B)/scanner.o $(B)/role.o
TESTS = test_decimal test_source test_lexer test_parse test_check \
	test_score test_emit test_diag test_faults test_robust
TEST_BINS = $(TESTS:%=$(B)/%)

.PHONY: all run check check-unit check-golden check-outputs check-asan \
	check-replay check-install check-bench bench fuzz coverage install \
	uninstall clean deps

all: $(B)/rolec

$(B)/.deps:
	@mkdir -p $(B)
	@sh .ci/deps build
	@touch $@

$(B)/.deps-check: $(B)/.deps
	@sh .ci/deps check
	@touch $@

$(B)/scanner.c: src/scanner.re $(B)/.deps
	$(RE2C) -W -Werror --no-generation-date -o $@ src/scanner.re

# Lemon writes role.c and role.h together; role.h has no recipe of its
# own, or Lemon would run twice.
$(B)/role.c: grammar/role.y $(B)/.deps
	$(LEMON) -q -c -d$(B) grammar/role.y
$(B)/role.h: $(B)/role.c

$(B)/scanner.o: $(B)/scanner.c $(B)/role.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# NDEBUG drops Lemon's tracing code from the parser's hot loop.
$(B)/role.o: $(B)/role.c
	$(CC) $(ALL_CFLAGS) -DNDEBUG -Wno-unused-parameter \
		-Wno-missing-prototypes -Wno-unused-variable -c -o $@ $<

$(B)/%.o: src/%.c $(B)/role.h
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/rolec: $(OBJS) $(B)/main.o
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDFLAGS)

-include $(wildcard $(B)/*.d)

run: $(B)/rolec
	./$(B)/rolec build examples

# Unit tests: one cmocka program per module.
CMOCKA_CFLAGS = $(shell pkg-config --cflags cmocka 2>/dev/null)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

$(B)/test_%: tests/test_%.c $(OBJS) tests/testutil.h $(B)/.deps-check
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Itests -o $@ $< $(OBJS) \
		$(CMOCKA_LIBS)

check-unit: $(TEST_BINS)
	@for t in $(TEST_BINS); do ./$$t || exit 1; done

# The fuzz targets, driven over the committed corpus and every past
# finding by an ordinary main(), with the ordinary compiler.
FUZZ_TARGETS = lexer compile fmt

$(B)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(OBJS)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replay.c $(OBJS)

check-replay: $(FUZZ_TARGETS:%=$(B)/replay_%)
	@for t in $(FUZZ_TARGETS); do \
		./$(B)/replay_$$t tests/fuzz/corpus tests/fuzz/regressions \
			|| exit 1; \
	done

# libFuzzer, with clang: make fuzz FUZZ_SECONDS=N runs each target N s.
FUZZ_SECONDS ?= 60
FUZZ_B = $(B)/fuzz
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all

fuzz:
	@$(MAKE) --no-print-directory B=$(FUZZ_B) CC=clang \
		CFLAGS="-g -O1 -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
		$(FUZZ_B)/rolec
	@for t in $(FUZZ_TARGETS); do \
		clang -std=c11 -D_DEFAULT_SOURCE -g -O1 -fsanitize=fuzzer \
			$(FUZZ_SAN) -Isrc -I$(FUZZ_B) -Itests/fuzz \
			-o $(FUZZ_B)/fuzz_$$t tests/fuzz/fuzz_$$t.c \
			$(OBJS:$(B)/%=$(FUZZ_B)/%) || exit 1; \
		mkdir -p $(FUZZ_B)/corpus_$$t; \
		./$(FUZZ_B)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) \
			-max_len=65536 -timeout=5 -rss_limit_mb=2048 \
			-dict=tests/fuzz/role.dict \
			-artifact_prefix=$(FUZZ_B)/ $(FUZZ_B)/corpus_$$t \
			tests/fuzz/corpus || exit 1; \
	done

check-golden: $(B)/rolec
	@sh tests/golden.sh $(B)/rolec

check-outputs: $(B)/rolec $(B)/.deps-check
	@sh tests/outputs.sh $(B)/rolec $(PYTHON)
	@sh tests/cli.sh $(B)/rolec $(PYTHON)
	@sh tests/fmt.sh $(B)/rolec $(PYTHON)
	@sh tests/scale.sh $(B)/rolec $(PYTHON)

# The same suite built with AddressSanitizer and UBSan.
check-asan: $(B)/.deps-check
	@$(MAKE) --no-print-directory B=$(B)/asan \
		CFLAGS="-O1 -g -fsanitize=address,undefined \
		-fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" \
		check-unit check-golden check-replay

# Coverage of src/ by the whole suite (gcov; generated files excluded).
coverage:
	@rm -rf $(B)/cov
	@$(MAKE) --no-print-directory B=$(B)/cov \
		CFLAGS="-O0 -g --coverage" LDFLAGS="--coverage" \
		check-unit check-golden check-replay
	@sh tests/outputs.sh $(B)/cov/rolec $(PYTHON) >/dev/null
	@sh tests/cli.sh $(B)/cov/rolec $(PYTHON) >/dev/null
	@sh tests/fmt.sh $(B)/cov/rolec $(PYTHON) >/dev/null
	@sh tests/coverage.sh $(B)/cov

# The benchmark (10-17 minutes, by load; docs/performance.md), and its untimed
# smoke run: 100 generated roles checked against the independent scorer.
bench: $(B)/rolec
	@sh bench/run.sh $(B)/rolec

check-bench: $(B)/rolec
	@sh bench/smoke.sh $(B)/rolec

check-install: $(B)/rolec
	@sh tests/install.sh

check: all check-unit check-golden check-replay check-outputs check-install \
	check-bench check-asan
	@echo "rolec: all tests passed"

install: $(B)/rolec
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(mandir)/man1 \
		$(DESTDIR)$(mandir)/man5
	install -m 0755 $(B)/rolec $(DESTDIR)$(bindir)/rolec
	install -m 0644 docs/rolec.1 $(DESTDIR)$(mandir)/man1/rolec.1
	install -m 0644 docs/role.5 $(DESTDIR)$(mandir)/man5/role.5

uninstall:
	rm -f $(DESTDIR)$(bindir)/rolec $(DESTDIR)$(mandir)/man1/rolec.1 \
		$(DESTDIR)$(mandir)/man5/role.5

clean:
	rm -rf $(B)
