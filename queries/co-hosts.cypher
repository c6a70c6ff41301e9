// name: co-hosts
// description: Pairs of bodies that hosted or organized the same events, and how often (for one body, or for all).
// param: actor: string = "" example "市场监管总局" -- a fragment of one side's name or alias ("" for all pairs: slow on a big graph)
// param: min_events: integer = 1 example 1 -- keep partners with at least this many shared events
// param: limit: integer = 50 example 20 -- at most this many partners
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $actor OR any(x IN a.aliases WHERE x CONTAINS $actor)
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $actor OR any(x IN u.aliases WHERE x CONTAINS $actor)
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $actor OR any(x IN o.aliases WHERE x CONTAINS $actor)
WITH agencies, universities, collect(o) AS organizations
UNWIND agencies + universities + organizations AS b
MATCH (b)-[:HOSTED|ORGANIZED]->(e:Event)<-[:HOSTED|ORGANIZED]-(partner)
WHERE partner <> b AND ($actor <> "" OR b.id < partner.id)
WITH b, partner, count(DISTINCT e) AS events, collect(DISTINCT e.name) AS names
WHERE events >= $min_events
RETURN b.name AS body, partner.name AS partner, events, names[0..3] AS examples
ORDER BY events DESC, body, partner
LIMIT $limit
