#!/usr/bin/env bash
# Times the markdown subset renderer against cmark-gfm on every markdown body of the
# standard 10k corpus (docs/spec.md §4; target: at most 1.5× cmark_markdown_to_html).
#
# usage: scripts/bench-markdown.sh [ROUNDS]
#   BENCH_DIR  where the corpus is generated (default /tmp/docket-bench-markdown)
#   SHARED_DIR the shared/ folder beside the repository (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-7}
bench_dir=${BENCH_DIR:-/tmp/docket-bench-markdown}
shared_dir=${SHARED_DIR:-../shared}

if [ ! -d "$bench_dir/bodies" ]; then
    python3 "$shared_dir/bench/gen_corpus.py" --out "$bench_dir/corpus" --format docket \
        --experts 4000 --firms 1000 --requests 3000 --proposals 2000 --seed 1 \
        --body-dir "$bench_dir/bodies" > /dev/null
fi

swift build -c release --product docket-markdown-bench
"$(swift build -c release --show-bin-path)/docket-markdown-bench" "$bench_dir/bodies" "$rounds"
