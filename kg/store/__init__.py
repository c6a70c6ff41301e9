"""Graph stores: one Store protocol, two engines (embedded FalkorDB, Neo4j over Bolt)."""
