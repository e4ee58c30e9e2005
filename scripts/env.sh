# Sourced by the scripts: the paths and settings every build and test step shares.
# The repository's own node_modules, wherever this is sourced from.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.bin:$PATH"
export CHROMIUM=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=30
export WASM_BINDGEN_TEST_TIMEOUT=60
