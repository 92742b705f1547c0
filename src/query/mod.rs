//! Questions asked of the graph: name resolution, paths, neighbourhoods, meetings,
//! centrality.
