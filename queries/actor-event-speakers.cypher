// name: actor-event-speakers
// description: The people who spoke at a body's latest hosted or organized events, with their positions.
// param: actor: string example "市场监管总局" -- a fragment of the body's name or of an alias
// param: events: integer = 20 example 10 -- how many of the body's events (the newest)
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
MATCH (b)-[:HOSTED|ORGANIZED]->(e:Event)
WITH DISTINCT e, coalesce(e.date, e.first_seen) AS date
ORDER BY date DESC, e.name
LIMIT $events
MATCH (p:Person)-[:SPOKE_AT]->(e)
OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(org)
WITH date, e, p, collect(org.name + " " + h.title) AS positions
RETURN date, e.name AS event, p.name AS speaker, positions
ORDER BY date DESC, event, speaker
LIMIT $limit
