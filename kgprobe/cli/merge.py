"""``kgprobe merge``: join the shards of a ``kgprobe run --shard I/N``."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "merge",
        help="join the N shard folders of `kgprobe run --shard I/N` into one run",
        description="Check that the shard folders (DIR/<model-slug>.shard-I-of-N) share one fingerprint and N, "
        "hold shards 0..N-1 once each and cover every test probe exactly once, then write "
        "OUT/<model-slug>/ (run.json, predictions.jsonl, results.json) as the unsharded run would.",
    )
    p.add_argument("shards", nargs="+", metavar="SHARD_DIR", help="the shard folders, all N of them")
    p.add_argument("--out", default="runs", metavar="DIR", help="output folder (default: runs/)")
    p.set_defaults(func=handle)


def handle(args) -> int:
    from kgprobe.runner import summary_text
    from kgprobe.shard import merge_shards

    out_dir, results = merge_shards(args.shards, args.out)
    print(summary_text(results))
    print(f"wrote {out_dir / 'results.json'} (merged {len(args.shards)} shards)")
    return 0
