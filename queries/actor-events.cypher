// name: actor-events
// description: The events a body hosted or organized between two dates, newest first.
// param: actor: string example "市场监管总局" -- a fragment of the body's name or of an alias
// param: since: date = "1900-01-01" example "2019-01-01" -- first day (event date, else first seen)
// param: until: date = "2999-12-31" example "2025-12-31" -- last day
// param: limit: integer = 100 example 20 -- at most this many rows
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
MATCH (b)-[r:HOSTED|ORGANIZED]->(e:Event)
WITH b, r, e, coalesce(e.date, e.first_seen) AS date
WHERE date >= $since AND date <= $until
OPTIONAL MATCH (e)-[:HELD_AT]->(v)
WITH date, e, r, b, collect(v.name) AS venues
RETURN date, e.name AS event, type(r) AS role, b.name AS body, venues,
       size(r.articles) AS articles
ORDER BY date DESC, event, body
LIMIT $limit
