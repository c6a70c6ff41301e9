// name: actor-path
// description: How two actors are connected: the shortest directed path (up to 4 hops) from the one to the other, tried both ways.
// param: source: string example "蒲淳" -- a fragment of the first actor's name or alias
// param: target: string example "湖北省" -- a fragment of the second actor's (or place's) name or alias
// Each side picks its best match: an exact name or alias first, then the shortest name, then
// the smallest id. Namesakes are distinct Person nodes: give a longer fragment to choose, or
// use relationship-evidence, which keeps every match. One pair only: a big body's 4-hop
// search costs ~30 ms, so trying several candidates would multiply it.
// The hop bound (4) is fixed: Cypher cannot take a hop limit as a parameter, and FalkorDB
// allows shortestPath only in WITH/RETURN and only directed, so both directions are tried.
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $source OR any(x IN a.aliases WHERE x CONTAINS $source)
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $source OR any(x IN u.aliases WHERE x CONTAINS $source)
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $source OR any(x IN o.aliases WHERE x CONTAINS $source)
WITH agencies, universities, collect(o) AS organizations
OPTIONAL MATCH (p:Person)
WHERE p.name CONTAINS $source OR any(x IN p.aliases WHERE x CONTAINS $source)
WITH agencies, universities, organizations, collect(p) AS persons
UNWIND agencies + universities + organizations + persons AS s
WITH s
ORDER BY CASE WHEN s.name = $source OR $source IN s.aliases THEN 0 ELSE 1 END, size(s.name), s.id
LIMIT 1
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $target OR any(x IN a.aliases WHERE x CONTAINS $target)
WITH s, collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $target OR any(x IN u.aliases WHERE x CONTAINS $target)
WITH s, agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $target OR any(x IN o.aliases WHERE x CONTAINS $target)
WITH s, agencies, universities, collect(o) AS organizations
OPTIONAL MATCH (p:Person)
WHERE p.name CONTAINS $target OR any(x IN p.aliases WHERE x CONTAINS $target)
WITH s, agencies, universities, organizations, collect(p) AS persons
OPTIONAL MATCH (l:Place)
WHERE l.name CONTAINS $target OR any(x IN l.aliases WHERE x CONTAINS $target)
WITH s, agencies, universities, organizations, persons, collect(l) AS places
UNWIND agencies + universities + organizations + persons + places AS t
WITH s, t
ORDER BY CASE WHEN t.name = $target OR $target IN t.aliases THEN 0 ELSE 1 END, size(t.name), t.id
LIMIT 1
WITH s, t, shortestPath((s)-[*1..4]->(t)) AS forward, shortestPath((t)-[*1..4]->(s)) AS backward
WITH s, t, coalesce(forward, backward) AS path
WHERE path IS NOT NULL
RETURN s.name AS source, t.name AS target, length(path) AS hops,
       [n IN nodes(path) | n.name] AS nodes, [r IN relationships(path) | type(r)] AS relations
