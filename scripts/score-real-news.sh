#!/usr/bin/env bash
# `npm run score-real-news`: scores the loader on real news with hand-made gold timelines
# (SemEval-2015 Task 4 Wikinews articles), kept outside the repository so that no rule is
# tuned to it by accident. EVAL_DIR names the set; the default is the team's shared copy.
set -euo pipefail
eval_dir=${EVAL_DIR:-"$(dirname "$0")/../../shared/eval/semeval2015-timelines"}
if [ ! -x "$eval_dir/score.sh" ]; then
  echo "score-real-news: no evaluation set at $eval_dir (set EVAL_DIR to a folder holding score.sh)" >&2
  exit 2
fi
exec "$eval_dir/score.sh" "$@"
