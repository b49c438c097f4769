# Shared by scripts/serve, scripts/test and scripts/bench-size (sourced, not run).
# Puts the project's tools on PATH and checks that Trunk.toml asks for the tools we installed.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
# wasm-opt (npm binaryen) and the other npm tools; wasm-bindgen and trunk live in ~/.cargo/bin.
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if [ -t 1 ]; then BOLD=$'\033[1m' RED=$'\033[31m' GREEN=$'\033[32m' YELLOW=$'\033[33m' RESET=$'\033[0m'
else BOLD='' RED='' GREEN='' YELLOW='' RESET=''; fi

say() { printf '%s\n' "${BOLD}[$(basename "$0")]${RESET} $*"; }
die() { printf '%s\n' "${RED}${BOLD}[$(basename "$0")] error:${RESET} $*" >&2; exit 1; }

# The one place each tool version is looked up. wasm-bindgen-cli must be the wasm-bindgen
# that Cargo.lock resolved; wasm-opt is npm's binaryen at the version package.json pins.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
binaryen_major() {
  sed -n 's/^ *"binaryen": *"\([0-9]*\)\..*/\1/p' package.json
}

# Trunk.toml's [tools] must name those same versions (Trunk cannot read them from the files
# above), or Trunk (offline) fails with a less helpful message. Say exactly what to change.
check_trunk_tools() {
  local lock toml binaryen opt
  lock=$(wasm_bindgen_version)
  toml=$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)
  [ -n "$lock" ] || die "no wasm-bindgen in Cargo.lock"
  [ "$lock" = "$toml" ] || die "Trunk.toml asks for wasm_bindgen = \"$toml\" but Cargo.lock has wasm-bindgen $lock: set wasm_bindgen = \"$lock\" in Trunk.toml (scripts/setup installs Cargo.lock's version)"
  binaryen=$(binaryen_major)
  opt=$(sed -n 's/^wasm_opt *= *"\(.*\)".*/\1/p' Trunk.toml)
  [ -n "$binaryen" ] || die "no binaryen in package.json"
  [ "$opt" = "version_$binaryen" ] || die "Trunk.toml asks for wasm_opt = \"$opt\" but package.json pins binaryen $binaryen: set wasm_opt = \"version_$binaryen\" in Trunk.toml"
  command -v wasm-opt >/dev/null || die "wasm-opt is not on PATH: run scripts/setup (it installs npm binaryen into node_modules/)"
  case "$(command -v wasm-opt)" in
    "$ROOT/node_modules/.bin/wasm-opt") ;;
    *) die "wasm-opt on PATH is $(command -v wasm-opt), not node_modules/.bin/wasm-opt (Debian's binaryen breaks Leptos output)";;
  esac
}

# Prefix for commands that must not touch the network: `unshare -n` where the kernel lets us
# (a network namespace with no interfaces), else nothing.
no_network() { if unshare -n true 2>/dev/null; then echo "unshare -n"; fi; }
