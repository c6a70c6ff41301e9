// name: university-events
// description: Events held at universities, with their hosts, newest first.
// param: university: string = "" example "华中科技大学" -- a fragment of the university's name or alias ("" for all)
// param: limit: integer = 100 example 20 -- at most this many rows
MATCH (e:Event)-[:HELD_AT]->(u:University)
WHERE $university = "" OR u.name CONTAINS $university
   OR any(x IN u.aliases WHERE x CONTAINS $university)
OPTIONAL MATCH (b)-[:HOSTED]->(e)
WITH u, e, collect(b.name) AS hosts
RETURN coalesce(e.date, e.first_seen) AS date, u.name AS university, e.name AS event, hosts
ORDER BY date DESC, university, event
LIMIT $limit
