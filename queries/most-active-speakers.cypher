// name: most-active-speakers
// description: The people who spoke at the most events in a date range, with their positions.
// param: since: date = "1900-01-01" example "2024-01-01" -- first event day
// param: until: date = "2999-12-31" example "2024-12-31" -- last event day
// param: limit: integer = 25 example 10 -- at most this many people
MATCH (e:Event)
WITH e, coalesce(e.date, e.first_seen) AS day  // an undated event counts on the day it was first reported
WHERE day >= $since AND day <= $until
MATCH (e)<-[:SPOKE_AT]-(p:Person)
WITH p, count(*) AS events
ORDER BY events DESC, p.name
LIMIT $limit
OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(b)
RETURN p.name AS person, p.id AS id, events, collect(b.name + " " + h.title) AS positions
ORDER BY events DESC, person
