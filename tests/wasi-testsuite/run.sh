#!/usr/bin/env bash
# The official WASI test suite (WebAssembly/wasi-testsuite: its prebuilt wasm32-wasip1 tests,
# in ../shared/wasi-testsuite beside the project) run by its own runner, with
# onepass_adapter.py here, against target/release/onepass, or the command in $ONEPASS (an
# absolute path, possibly with a launcher such as qemu-aarch64). Fails unless every test
# passes and at least MIN_TESTS ran. `.ci/run` runs it for both ISAs.
set -euo pipefail
cd "$(dirname "$0")/../.."
MIN_TESTS=72
suite="${WASI_TESTSUITE:-../shared/wasi-testsuite}"
[ -d "$suite/tests" ] || { echo "wasi-testsuite not found at $suite"; exit 1; }
if [ -z "${ONEPASS:-}" ]; then
  [ -x target/release/onepass ] || cargo build --release --bin onepass
  ONEPASS="$PWD/target/release/onepass"
fi

# The runner needs Python >= 3.12: the first interpreter on PATH that is, else the newest
# pyenv version that is.
python=""
for candidate in python3.13 python3.12 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ] && command -v pyenv >/dev/null 2>&1; then
  for version in $(pyenv versions --bare | grep -E '^3\.[0-9]+\.[0-9]+$' | sort -rV); do
    if PYENV_VERSION="$version" python -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      export PYENV_VERSION="$version"
      python=python
      break
    fi
  done
fi
[ -n "$python" ] || { echo "the wasi-testsuite runner needs Python >= 3.12, and none was found"; exit 1; }
"$python" -c 'import requests, colorama' 2>/dev/null ||
  "$python" -m pip install -q --disable-pip-version-check --root-user-action=ignore -r "$suite/test-runner/requirements/prod.txt"

log="$(mktemp)"
status=0
(
  cd "$suite"
  ONEPASS="$ONEPASS" "$python" test-runner/wasi_test_runner.py --disable-colors \
    -t tests/rust/testsuite/wasm32-wasip1 tests/c/testsuite/wasm32-wasip1 \
       tests/assemblyscript/testsuite/wasm32-wasip1 \
    -r "$OLDPWD/tests/wasi-testsuite/onepass_adapter.py"
) >"$log" 2>&1 || status=$?
summary="$(sed -n '/===== Test results =====/,$p' "$log")"
echo "$summary"
passed="$(echo "$summary" | sed -n 's/.*PASS: \([0-9]*\) tests passed.*/\1/p')"
if [ "$status" != 0 ] || [ -z "$passed" ] || [ "$passed" -lt "$MIN_TESTS" ]; then
  cat "$log"
  echo "wasi-testsuite: expected all of at least $MIN_TESTS tests to pass (runner status $status)"
  exit 1
fi
rm -f "$log"
echo "wasi-testsuite: $passed tests passed ($ONEPASS)"
