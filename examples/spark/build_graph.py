#!/usr/bin/env python3
"""Build one newsgraph graph from a JSON Lines corpus with Apache Spark.

Map: every partition of the corpus is built into a graph of its own by
`newsgraph build`. Reduce: `newsgraph merge` combines the partition graphs. The
result equals `newsgraph build CORPUS.jsonl` byte for byte, because a graph is a
function of its set of documents, whatever the partitioning.

  python3 examples/spark/build_graph.py --bin target/release/newsgraph \
      --input corpus.jsonl --output graphs/corpus.ron [--partitions 4]

Runs Spark in local mode (local[*]); on a cluster, point --master at it and put the
newsgraph binary on every worker at the same path.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def build_partition(index, lines, binary, workdir):
    """Write this partition's records to a file and build a graph from them."""
    lines = [l for l in lines if l.strip()]
    if not lines:
        return []
    src = os.path.join(workdir, "part-%05d.jsonl" % index)
    out = os.path.join(workdir, "part-%05d.ron" % index)
    with open(src, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line.rstrip("\n") + "\n")
    subprocess.run([binary, "build", src, "--output", out, "--threads", "1"],
                   check=True, capture_output=True)
    return [out]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="path to the newsgraph binary")
    ap.add_argument("--input", required=True, help="JSON Lines corpus ({\"id\", \"text\"} per line)")
    ap.add_argument("--output", required=True, help="merged graph file")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local[*]")
    a = ap.parse_args()

    from pyspark.sql import SparkSession

    binary = os.path.abspath(a.bin)
    spark = (SparkSession.builder.master(a.master).appName("newsgraph")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        with tempfile.TemporaryDirectory(prefix="newsgraph-spark-") as workdir:
            rdd = spark.sparkContext.textFile(os.path.abspath(a.input), minPartitions=a.partitions)
            parts = sorted(rdd.mapPartitionsWithIndex(
                lambda i, it: build_partition(i, it, binary, workdir)).collect())
            if not parts:
                sys.exit("no records in %s" % a.input)
            subprocess.run([binary, "merge", *parts, "--output", a.output], check=True)
            print("merged %d partition graphs into %s" % (len(parts), a.output))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
