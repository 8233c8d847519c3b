# RMT platform — the two commands: `make run` and `make test` (see README.md).
SHELL := /bin/bash
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
LISTEN ?= 127.0.0.1:8080

.PHONY: run test build web deps bench sanitize clean

deps:
	@scripts/install-deps.sh run

build: deps
	@scripts/build.sh $(BUILD_DIR) $(BUILD_TYPE)

web: deps
	@scripts/web-build.sh

run: build web
	@mkdir -p var
	@# Synthetic demo data (every regio, 2022-2026) on an empty database; skipped when it has klanten.
	@$(BUILD_DIR)/rmt demo --database sqlite://var/rmt.sqlite --mode development --key-file var/rmt.keys \
	  --log-level warn >/dev/null
	@echo "RMT platform on http://$(LISTEN) (SQLite database var/rmt.sqlite). Stop with Ctrl-C."
	$(BUILD_DIR)/rmt serve --listen $(LISTEN) --database sqlite://var/rmt.sqlite --web-root web/dist \
	  --mode development --key-file var/rmt.keys --demo

test:
	@scripts/test.sh

bench:
	@scripts/install-deps.sh bench
	@scripts/build.sh $(BUILD_DIR) $(BUILD_TYPE)
	@scripts/web-build.sh
	@bench/http/run.sh $(BUILD_DIR)
	@bench/http/login_burst.sh $(BUILD_DIR)
	@bench/toegang/run.sh $(BUILD_DIR)
	@bench/casework/run.sh $(BUILD_DIR)
	@bench/budget/run.sh $(BUILD_DIR)

# ASan/UBSan build of everything, tests run against it.
sanitize: deps
	@scripts/build.sh build-asan Debug -DRMT_SANITIZE=ON
	@cd build-asan && ctest --output-on-failure -j2

clean:
	rm -rf $(BUILD_DIR) build-asan web/dist
