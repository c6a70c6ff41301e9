// name: place-contents
// description: The actors and events located in a province or city, directly or through smaller places and venues.
// param: place: string example "湖北" -- a fragment of the place's name or of an alias
// param: limit: integer = 200 example 50 -- at most this many rows
// Follows LOCATED_IN and HELD_AT up to 4 hops (fixed: Cypher cannot take a hop limit as a parameter).
MATCH (p:Place)
WHERE p.name CONTAINS $place OR any(x IN p.aliases WHERE x CONTAINS $place)
MATCH path = (x)-[:LOCATED_IN|HELD_AT*1..4]->(p)
WHERE NOT x:Place
WITH p, x, min(length(path)) AS hops
RETURN p.name AS place, labels(x)[0] AS label, x.name AS name, x.id AS id, hops
ORDER BY place, label, name
LIMIT $limit
