"""Load newsgraph's Cypher export into a fresh Kùzu database and answer a two-hop query.

usage: kuzu_load.py copy DIR START_ID      (DIR holds nodes.csv, edges.csv, load.cypher)
       kuzu_load.py script FILE START_ID   (a self-contained Cypher script)
Prints {"two_hop": [...ids...], "nodes": n, "edges": m, "start": {...}} as JSON.
"""
import json
import os
import sys
import tempfile

import kuzu


def statements(text):
    # One statement a line in both scripts.
    return [line for line in text.splitlines() if line.strip()]


def main():
    mode, path, start = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        db = kuzu.Database(os.path.join(tmp, "db"))
        conn = kuzu.Connection(db)
        if mode == "copy":
            os.chdir(path)  # the COPY statements name the CSV files relative to it
            script = os.path.join(path, "load.cypher")
        else:
            script = path
        with open(script, encoding="utf-8") as f:
            for stmt in statements(f.read()):
                conn.execute(stmt)

        def rows(query, params=None):
            r = conn.execute(query, params or {})
            out = []
            while r.has_next():
                out.append(r.get_next())
            return out

        two_hop = rows(
            "MATCH (a:Entity)-[:Related]-(m:Entity)-[:Related]-(b:Entity) "
            "WHERE a.id = $start AND b.id <> a.id RETURN DISTINCT b.id ORDER BY b.id",
            {"start": start},
        )
        node = rows(
            "MATCH (a:Entity) WHERE a.id = $start "
            "RETURN a.kind, a.name, a.aliases, a.mentions",
            {"start": start},
        )
        rels = rows(
            "MATCH (a:Entity)-[r:Related]->(b:Entity) "
            "RETURN a.id, r.relation, b.id, r.evidence_count, r.modality, r.dates, r.evidence "
            "ORDER BY a.id, r.relation, b.id"
        )
        print(json.dumps({
            "two_hop": [r[0] for r in two_hop],
            "nodes": rows("MATCH (a:Entity) RETURN count(*)")[0][0],
            "edges": rows("MATCH ()-[r:Related]->() RETURN count(*)")[0][0],
            "start": node[0] if node else None,
            "rels": rels,
            "odd": rows("MATCH (a:Entity) WHERE a.name CONTAINS 'Fox' RETURN a.name, a.aliases"),
        }, ensure_ascii=False))


main()
