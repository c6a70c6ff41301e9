// name: event-hosts
// description: Who hosted and who organized the events whose name or alias contains a fragment, newest first.
// param: event: string example "开放日" -- a fragment of the event's name or of an alias
// param: limit: integer = 20 example 10 -- at most this many events (the newest)
MATCH (e:Event)
WHERE e.name CONTAINS $event OR any(x IN e.aliases WHERE x CONTAINS $event)
WITH e, coalesce(e.date, e.first_seen) AS date
ORDER BY date DESC, e.name
LIMIT $limit
OPTIONAL MATCH (h)-[:HOSTED]->(e)
WITH e, date, collect(h.name) AS hosts
OPTIONAL MATCH (o)-[:ORGANIZED]->(e)
RETURN date, e.name AS event, hosts, collect(o.name) AS organizers, e.id AS id
ORDER BY date DESC, event
