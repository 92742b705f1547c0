"""Load newsgraph's node-link JSON and GraphML with NetworkX; print what was read as JSON.

usage: nx_load.py GRAPH.json GRAPH.graphml NODE_ID
"""
import json
import sys

import networkx as nx


def summary(g, node_id):
    edges = sorted(
        [u, v, d.get("relation"), int(d.get("evidence_count"))]
        for u, v, d in g.edges(data=True)
    )
    return {
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "node": {k: v for k, v in g.nodes[node_id].items() if k != "documents"},
        "edge_list": edges,
    }


def main():
    json_path, graphml_path, node_id = sys.argv[1:4]
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data, edges="links")
    except TypeError:  # NetworkX before 3.4 knows only "links"
        g = nx.node_link_graph(data)
    h = nx.read_graphml(graphml_path)
    print(json.dumps({"json": summary(g, node_id), "graphml": summary(h, node_id)}))


main()
