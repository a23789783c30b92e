# Shared by scripts/bench*: the standard corpus and the release binary. Source it from the
# repository root after `set -euo pipefail`; it defines:
#   bench_corpus M FORMAT...  generates $WORK/FORMAT (docket, hugo) for multiplier M once
#                             (deterministic, seed 1; 1 = 1k entities) with
#                             scripts/lib/gen_corpus.py
#   bench_docket_bin          builds docket in release mode and prints its path
#   bench_record KEY=VALUE... appends one JSON object to $BENCH_RESULTS when it is set

bench_corpus() {
  local m=$1 format; shift
  mkdir -p "$WORK"
  for format in "$@"; do
    local marker=docket.yml; [ "$format" = hugo ] && marker=config.toml
    [ -f "$WORK/$format/$marker" ] && continue
    python3 scripts/lib/gen_corpus.py --out "$WORK/$format" --format "$format" --seed 1 \
      --experts $((400*m)) --firms $((100*m)) --requests $((300*m)) --proposals $((200*m)) >/dev/null
  done
}

bench_docket_bin() {
  swift build -c release --product docket >/dev/null
  echo "$(swift build -c release --show-bin-path)/docket"
}

bench_record() {
  [ -n "${BENCH_RESULTS:-}" ] || return 0
  python3 -c 'import json, sys; print(json.dumps({k: (float(v) if v.replace(".", "", 1).isdigit() else v) for k, v in (a.split("=", 1) for a in sys.argv[1:])}))' "$@" >> "$BENCH_RESULTS"
}
