# Thin wrapper over CMake presets. `make run` and `make test` work on a fresh machine.
PRESET ?= release
BUILD_DIR := build/$(PRESET)
JOBS ?= 2

.PHONY: all bootstrap configure build run test clean debug

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@if [ ! -f $(BUILD_DIR)/build.ninja ] && [ ! -f $(BUILD_DIR)/Makefile ]; then cmake --preset $(PRESET); fi

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@$(BUILD_DIR)/kiln examples/demo.js

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

debug:
	@$(MAKE) PRESET=debug build

clean:
	@rm -rf build
