// name: body-subunits
// description: The units below a body (its PART_OF tree, up to 5 levels), with the chain to each.
// param: body: string example "国家市场监督管理总局" -- a fragment of the parent body's name or of an alias
// param: limit: integer = 200 example 50 -- at most this many rows
// The depth bound (5) is fixed in the pattern: Cypher cannot take a hop limit as a parameter.
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $body OR any(x IN a.aliases WHERE x CONTAINS $body)
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $body OR any(x IN u.aliases WHERE x CONTAINS $body)
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $body OR any(x IN o.aliases WHERE x CONTAINS $body)
WITH agencies, universities, collect(o) AS organizations
UNWIND agencies + universities + organizations AS top
MATCH path = (unit)-[:PART_OF*1..5]->(top)
RETURN top.name AS body, unit.name AS unit, labels(unit)[0] AS label, length(path) AS depth,
       [n IN nodes(path) | n.name] AS chain
ORDER BY body, depth, unit
LIMIT $limit
