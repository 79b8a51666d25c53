#!/usr/bin/env bash
# Regenerate the published results from scratch:
#   bash results/regenerate.sh [ontoprobe|ontoprobe-tables|world|world-all|world-all-tables|explain|soft|soft-tables|all]
#   (default: all, which is ontoprobe, world, world-all and explain)
#
# ontoprobe  the reference study's data (../shared/ontoprobe, or $ONTOPROBE_DATA)
#            -> results/ontoprobe/: import (ontoprobe.ttl; probes: the paper's split, TP and SCO the
#            first $TP_FIRST / $SCO_FIRST test lines (TP 500 = lines 21-520 of type.jsonl, what the
#            reference code's zs-f mode scores, dataset[20:520]), SPO/DM/RG complete, and the reasoning
#            probes of kgprobe/data/probes/ontoprobe.yaml, $REASONING_N derivations per rule x 9 premise settings,
#            all 783 class / 82 property labels as candidates); runs of baseline:random,
#            baseline:frequency (the paper's tie rule), smollm2-135m, gemma3-270m and TransE
#            trained on the imported graph with the probed golds held out; LEADERBOARD.md and
#            leaderboard.html with the paper's reported rows (results/ontoprobe/reported.json);
#            LEADERBOARD_figure4.md: R@1/R@5/MRRa/MRR of the reasoning probes per manual/soft template x
#            conjunction (soft runs of `kgprobe run --soft` in results/ontoprobe join it) beside the paper's Figure 4;
#            figures (settings_macro = the paper's Figure 3) in results/ontoprobe/plots/.
# ontoprobe-tables  only those tables and figures, from the runs already in results/ontoprobe/ (minutes)
# soft       soft templates (`kgprobe tune`, the reference study's second protocol) for $SOFT_LMS (smollm2-135m,
#            gemma3-270m; Gemma's tuned in tune-gemma3-270m/) on the
#            OntoProbe import (results/ontoprobe/data, imported as `ontoprobe` does when missing) for the tasks
#            $SOFT_TASKS (default SPO, 82 candidates; DM and RG rank 783 labels): each tuned on split
#            train with early stopping on dev MRR (seed 0; tune.json holds the dev curve and the wall time), then
#            their test probes scored with the manual templates and with the soft ones, into $SOFT_OUT (default
#            results/soft/): tune/<task>/, the two runs and LEADERBOARD_prompt.md (each task's manual and soft
#            MRR side by side); then (SOFT_CONJ_RULES, default "rdfs5 rdfs7"; empty: none) the conjunction
#            tuned on those rules (a seeded 36 train / 36 dev sample, at most 3 epochs) beside the words and
#            along with the soft templates (--train-soft), the soft runs extended to their test probes, manT+softC and
#            softT+softC runs, and LEADERBOARD_figure4.md (about 1.5 h more for SmolLM2 on one core). Not part
#            of `all`: hours on 2 CPU cores (DM and RG rank 783 labels).
# soft-tables  only LEADERBOARD_prompt.md and LEADERBOARD_figure4.md, from the runs in $SOFT_OUT.
# explain    `kgprobe explain` on 50 seeded reasoning probes of results/world/smollm2-135m -> results/explain/
# world      the `world` battery (kgprobe/data/probes/world.yaml: the default battery's 458 test probes with all
#            class / property labels as candidates) -> results/world/, results/LEADERBOARD.md,
#            results/leaderboard.html, results/plots/.
# world-all  the `world` battery -> results/world_all/ (its own folder, beside the published `default`
#            leaderboard): $WORLD_ALL_LMS (smollm2-135m on every task, gemma3-270m on the memorisation tasks:
#            WORLD_ALL_TASKS_OF), the baselines and TransE, and LEADERBOARD.md,
#            LEADERBOARD_family.md, LEADERBOARD_consistency.md;
#            world-all-tables: only those tables, from the runs there.
#
# TIME BUDGET. CPU seconds on the 2-core build machine, one torch thread per LM job (OMP_NUM_THREADS=1,
# niced, usually beside a second job); wall time on an idle core is about the CPU time. A causal LM
# costs about one forward pass per candidate token (the prefix runs once), so time ~ candidates.
#   smollm2-135m, OntoProbe (783 class labels): TP about 7 CPU s per probe (benchmarks/ontoprobe_scale.py:
#     0.143 probes/s on one idle thread); the 360 class-rule probes 3,600 CPU s (10 s each); DM, RG up
#     to 20 s (their sentence goes on after the slot); SPO, DM, RG, rdfs5, rdfs7 (277 probes) 2,170 CPU s.
#   smollm2-135m, world battery (458 probes, ~415 / ~90 labels): 2,450 CPU s.
#   gemma3-270m (262k-token output layer): world TP and SCO (140 probes) 1,262 CPU s, 9 s each; scoring
#     one OntoProbe DM probe 82 CPU s (cProfile; 70 of them in linear layers at 44 GFLOP/s float32;
#     bfloat16 is 5x slower on this CPU, which has no bf16 matrix unit).
#   every task of the OntoProbe defaults (TP 500, SCO 701, SPO 39, DM 30, RG 28, reasoning 540):
#     about 4 CPU h for smollm2-135m and about 10 for gemma3-270m: use DEVICE=cuda (not measured on a GPU).
#   baselines, TransE (50 epochs, ~22k triples), import (~40 s), tables, plots: minutes.
#   tables only (ontoprobe-tables, world-all-tables): under a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1
PART=${1:-all}
DEVICE=${DEVICE:-auto}
ONTOPROBE_DATA=${ONTOPROBE_DATA:-../shared/ontoprobe}
TP_FIRST=${TP_FIRST:-500}          # TP test lines 21..520 (zs-f); raise towards 8769 as the budget allows
SCO_FIRST=${SCO_FIRST:-701}        # all SCO test lines
REASONING_N=${REASONING_N:-10}     # derivations per rule, each in all 9 settings (rdfs5: at most 16 exist)
LMS=(smollm2-135m gemma3-270m)
# What is published was made with the defaults below: the world leaderboard on the `default`
# battery (20 distractors; WORLD_BATTERY=world ranks all labels, ~1.5 h per LM on 2 cores) and
# the OntoProbe leaderboard with two LM rows on the tasks that fit 2 CPU cores (ONTOPROBE_TASKS_OF below):
# gemma3-270m on SPO, DM, RG complete and rdfs5, rdfs7 in all 9 settings (277 test probes, about 5,800 CPU s
# on 1 thread at nice 19 beside other jobs), smollm2-135m on those and rdfs2, rdfs3, rdfs9, rdfs11 too
# (637 probes: 2,170 CPU s for the first 277 at a load average of 3-9, 3,600 CPU s for the 360 class-rule
# probes). ONTOPROBE_LM_TASKS="" scores every task (TP 500 and SCO 701 too: 3-4 CPU h more for SmolLM2,
# about 10 for Gemma; meant for a GPU, DEVICE=cuda). SOFT_TASKS: the published soft
# row is SPO only (tuning DM or RG costs ~35 CPU-min per epoch here).
WORLD_BATTERY=${WORLD_BATTERY:-default}
read -r -a WORLD_ALL_LMS <<< "${WORLD_ALL_LMS-smollm2-135m gemma3-270m}"
# the tasks of each LM's published world-all row (none listed: every task); WORLD_ALL_TASKS, when set, replaces
# them for every LM ("" = every task). Gemma's 216 reasoning probes: about 1 CPU h more here.
declare -A WORLD_ALL_TASKS_OF=([gemma3-270m]="TP SCO SPO DM RG")
read -r -a ONTOPROBE_LMS <<< "${ONTOPROBE_LMS-smollm2-135m gemma3-270m}"
# the tasks of each LM's published OntoProbe row; ONTOPROBE_LM_TASKS, when set, replaces them for every LM
# ("" = every task)
declare -A ONTOPROBE_TASKS_OF=([smollm2-135m]="SPO DM RG rdfs5 rdfs7 rdfs2 rdfs3 rdfs9 rdfs11"
                               [gemma3-270m]="SPO DM RG rdfs5 rdfs7")
BASELINES=(baseline:random "baseline:frequency,ties=first")
read -r -a SOFT_TASKS <<< "${SOFT_TASKS:-SPO}"
read -r -a SOFT_LMS <<< "${SOFT_LMS:-smollm2-135m gemma3-270m}"   # the Figure-4 part is smollm2-135m's alone
# tune options per LM besides the defaults (gemma3-270m: fewer, larger steps, for the CPU budget)
declare -A SOFT_TUNE_ARGS_OF=([gemma3-270m]="--lr 0.1 --epochs 4 --patience 2")
read -r -a SOFT_CONJ_RULES <<< "${SOFT_CONJ_RULES-rdfs5 rdfs7}"   # empty: no soft conjunction (Figure 4)
SOFT_OUT=${SOFT_OUT:-results/soft}
ONTOPROBE_IMPORT=results/ontoprobe/data   # large (probes with 783 candidates): not committed

ontoprobe_import() {
    kgprobe import ontoprobe "$ONTOPROBE_DATA" --out "$ONTOPROBE_IMPORT" --first-test "TP=$TP_FIRST" \
        --first-test "SCO=$SCO_FIRST" --reasoning ontoprobe --reasoning-n "$REASONING_N"
}

ontoprobe() {
    local out=results/ontoprobe data=$ONTOPROBE_IMPORT
    ontoprobe_import
    local probes=$data/probes.jsonl
    for m in "${BASELINES[@]}"; do
        kgprobe run --model "$m" --probes "$probes" --ontology "$data/ontoprobe.ttl" --out "$out" --overwrite --no-progress
    done
    for m in "${ONTOPROBE_LMS[@]}"; do
        local lm_tasks=() names=()
        read -r -a names <<< "${ONTOPROBE_LM_TASKS-${ONTOPROBE_TASKS_OF[$m]-}}"
        for t in "${names[@]}"; do lm_tasks+=(--task "$t"); done
        kgprobe run --model "$m" --probes "$probes" --ontology "$data/ontoprobe.ttl" "${lm_tasks[@]}" --out "$out" \
            --overwrite --device "$DEVICE"
    done
    kgprobe embed "$data/ontoprobe.ttl" --model TransE --epochs 50 --seed 0 --holdout-probes "$probes" \
        --out results/embeddings/ontoprobe_transe
    kgprobe run --model kge:results/embeddings/ontoprobe_transe --probes "$probes" --ontology "$data/ontoprobe.ttl" \
        --out "$out" --overwrite --no-progress
    ontoprobe_tables
}

ontoprobe_tables() {
    # the tables and figures of results/ontoprobe from the runs there (no run is made)
    local out=results/ontoprobe
    local note="TP: the first $TP_FIRST test lines of type.jsonl (lines 21-$((TP_FIRST + 20)); TP 500 is the reference code's zs-f selection, dataset[20:520]); SCO: the first $SCO_FIRST; SPO, DM, RG: all; reasoning: $REASONING_N derivations per rule in each of the 9 premise settings (kgprobe/data/probes/ontoprobe.yaml on the imported ontology)."
    kgprobe leaderboard "$out" --format md --out "$out/LEADERBOARD.md" --note "$note"
    kgprobe leaderboard "$out" --format md --by setting --out "$out/LEADERBOARD_settings.md" --note "$note"
    kgprobe leaderboard "$out" --format md --metric acc --out "$out/LEADERBOARD_acc.md" --note "$note"
    for metric in R@1 R@5 MRRa MRR; do   # the reasoning mean per template x conjunction, beside the paper's Figure 4
        kgprobe leaderboard "$out" --format md --by reasoning --metric "$metric" --note "$note"
    done > "$out/LEADERBOARD_figure4.md"
    kgprobe leaderboard "$out" --format html --out "$out/leaderboard.html" --note "$note"
    rm -rf "$out/plots" && kgprobe plot "$out" --out "$out/plots"
}

world() {
    # the runs on the old `default` battery (20 distractors) are replaced by results/world/
    rm -rf results/baseline_frequency results/baseline_random results/gemma3-270m results/smollm2-135m \
        results/kge_results_embeddings_world_transe
    kgprobe run --model "${LMS[0]}" --model "${LMS[1]}" --model "${BASELINES[0]}" --model "${BASELINES[1]}" \
        --ontology world --battery "$WORLD_BATTERY" --out results/world --overwrite --device "$DEVICE"
    kgprobe embed world --model TransE --epochs 50 --seed 0 --holdout-probes "$WORLD_BATTERY" --out results/embeddings/world_transe
    kgprobe run --model kge:results/embeddings/world_transe --ontology world --battery "$WORLD_BATTERY" --out results/world \
        --overwrite --no-progress
    kgprobe leaderboard results/world --format md --out results/LEADERBOARD.md
    kgprobe leaderboard results/world --format md --by family --out results/LEADERBOARD_family.md
    kgprobe leaderboard results/world --format html --out results/leaderboard.html
    rm -rf results/plots && kgprobe plot results/world --out results/plots
}

world_all() {
    # the `world` battery (the default battery's probes, ALL class / property labels as candidates)
    # -> results/world_all/: $WORLD_ALL_LMS, the baselines and TransE (results/embeddings/world_transe, trained
    # with the same probes' golds held out: the two batteries' probes are the same), LEADERBOARD.md (by task),
    # LEADERBOARD_family.md (order / multi / set) and LEADERBOARD_consistency.md (order, set and paraphrase
    # consistency)
    local out=results/world_all
    for m in "${WORLD_ALL_LMS[@]}"; do
        local lm_tasks=() names=()
        read -r -a names <<< "${WORLD_ALL_TASKS-${WORLD_ALL_TASKS_OF[$m]-}}"
        for t in "${names[@]}"; do lm_tasks+=(--task "$t"); done
        kgprobe run --model "$m" "${lm_tasks[@]}" --ontology world --battery world --out "$out" --overwrite \
            --device "$DEVICE"
    done
    for m in "${BASELINES[@]}"; do
        kgprobe run --model "$m" --ontology world --battery world --out "$out" --overwrite --no-progress
    done
    [ -f results/embeddings/world_transe/metrics.json ] || kgprobe embed world --model TransE --epochs 50 --seed 0 \
        --holdout-probes world --out results/embeddings/world_transe
    kgprobe run --model kge:results/embeddings/world_transe --ontology world --battery world --out "$out" --overwrite \
        --no-progress
    world_all_tables
}

world_all_tables() {
    local out=results/world_all note="The world battery: the default battery's test probes, every class (property) label a candidate."
    kgprobe leaderboard "$out" --format md --out "$out/LEADERBOARD.md" --note "$note"
    kgprobe leaderboard "$out" --format md --by family --out "$out/LEADERBOARD_family.md" --note "$note"
    kgprobe leaderboard "$out" --format md --by consistency --out "$out/LEADERBOARD_consistency.md" --note "$note"
}

soft() {
    local data=$ONTOPROBE_IMPORT out=$SOFT_OUT
    [ -f "$data/probes.jsonl" ] || ontoprobe_import
    local on=(--probes "$data/probes.jsonl" --ontology "$data/ontoprobe.ttl") tasks=() dirs=()
    for t in "${SOFT_TASKS[@]}"; do tasks+=(--task "$t"); dirs+=(--soft "$out/tune/$t"); done  # smollm2-135m's
    for m in "${SOFT_LMS[@]}"; do
        local tdir=$out/tune extra=() mdirs=()
        [ "$m" = smollm2-135m ] || tdir=$out/tune-$m
        read -r -a extra <<< "${SOFT_TUNE_ARGS_OF[$m]-}"
        for t in "${SOFT_TASKS[@]}"; do
            kgprobe tune --model "$m" --probes "$data/probes.jsonl" --task "$t" --seed 0 "${extra[@]}" --device "$DEVICE" \
                --no-progress --out "$tdir/$t"
            mdirs+=(--soft "$tdir/$t")
        done
        kgprobe run --model "$m" "${on[@]}" "${tasks[@]}" --out "$out" --overwrite --device "$DEVICE" --no-progress
        kgprobe run --model "$m" "${on[@]}" "${tasks[@]}" "${mdirs[@]}" --out "$out" --overwrite --device "$DEVICE" \
            --no-progress
    done
    if [ ${#SOFT_CONJ_RULES[@]} -eq 0 ]; then soft_tables; return 0; fi
    # Figure 4: the conjunction ("Therefore,") learned on the reasoning probes of $SOFT_CONJ_RULES (the
    # property rules: 82 candidates; the class rules rank 783), a seeded sample of 36 of their train and
    # 36 of their dev probes, twice: beside the templates' words (tune/conj, for manT+softC) and, as the
    # reference study does, along with the soft templates above, which keep learning (tune/conj-joint and its
    # with/<task>-<template>/, for softT+softC); then those rules' test probes scored with manT+softC,
    # softT+manC and softT+softC (the --soft runs above are extended by those rules); their manT+manC is
    # results/ontoprobe/smollm2-135m
    local rules=() rule_tasks=()
    for r in "${SOFT_CONJ_RULES[@]}"; do rules+=(--rule "$r"); rule_tasks+=(--task "$r"); done
    kgprobe tune --model smollm2-135m --probes "$data/probes.jsonl" --task conj "${rules[@]}" --limit 36 --epochs 3 --lr 0.1 \
        --patience 2 --seed 0 --device "$DEVICE" --no-progress --out "$out/tune/conj"
    kgprobe tune --model smollm2-135m --probes "$data/probes.jsonl" --task conj "${rules[@]}" "${dirs[@]}" --train-soft \
        --limit 36 --epochs 3 --lr 0.1 --patience 2 --seed 0 --device "$DEVICE" --no-progress --out "$out/tune/conj-joint"
    local joint=()
    for d in "$out"/tune/conj-joint/with/*/; do joint+=(--soft "$d"); done
    kgprobe run --model smollm2-135m "${on[@]}" "${tasks[@]}" "${rule_tasks[@]}" "${dirs[@]}" --out "$out" \
        --device "$DEVICE" --no-progress
    kgprobe run --model smollm2-135m "${on[@]}" "${rule_tasks[@]}" --soft "$out/tune/conj" --out "$out" --overwrite \
        --device "$DEVICE" --no-progress
    kgprobe run --model smollm2-135m "${on[@]}" "${rule_tasks[@]}" "${joint[@]}" --soft "$out/tune/conj-joint" \
        --out "$out" --overwrite --device "$DEVICE" --no-progress
    soft_tables
}

soft_tables() {
    # the tables of $SOFT_OUT from the runs there (no run is made)
    local data=$ONTOPROBE_IMPORT out=$SOFT_OUT
    kgprobe leaderboard "$out" --by prompt --out "$out/LEADERBOARD_prompt.md" --note "Soft templates: kgprobe tune \
(nll, template init, seed 0, early stopping on dev MRR; smollm2-135m lr 0.01, at most 20 epochs, patience 3; \
gemma3-270m lr 0.1, at most 4 epochs, patience 2) on the paper's 10 train / 10 dev probes of each task; test \
probes: all of ${SOFT_TASKS[*]} (OntoProbe import, $data)."
    [ ${#SOFT_CONJ_RULES[@]} -gt 0 ] || return 0
    for metric in R@1 R@5 MRRa MRR; do
        kgprobe leaderboard results/ontoprobe/smollm2-135m results/ontoprobe/reported.json "$out"/smollm2-135m*/ --format md --by reasoning --metric "$metric" \
            --note "Soft conjunction: kgprobe tune --task conj on ${SOFT_CONJ_RULES[*]} (nll, template init, lr 0.1, \
seed 0, at most 3 epochs, patience 2) on a seeded sample of 36 train and 36 dev probes, beside the templates' words \
(manT+softC) or along with the soft templates of ${SOFT_TASKS[*]}, which keep learning (softT+softC); manT+manC: \
results/ontoprobe/smollm2-135m; the others: $out."
    done > "$out/LEADERBOARD_figure4.md"
}

explain() {
    # attributions for 50 seeded reasoning probes of the published SmolLM2 world run (needs kgprobe[explain])
    rm -rf results/explain
    kgprobe explain results/world/smollm2-135m --sample 50 --kind reasoning --seed 0 --out results/explain --no-progress
}

case "$PART" in
    ontoprobe) ontoprobe ;;
    ontoprobe-tables) ontoprobe_tables ;;
    world) world ;;
    world-all) world_all ;;
    world-all-tables) world_all_tables ;;
    explain) explain ;;
    soft) soft ;;
    soft-tables) soft_tables ;;
    all) ontoprobe; world; world_all; explain ;;
    *) echo "usage: bash results/regenerate.sh [ontoprobe|ontoprobe-tables|world|world-all|world-all-tables|explain|soft|soft-tables|all]" >&2; exit 2 ;;
esac
