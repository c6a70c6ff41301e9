// name: most-active-actors
// description: The bodies that hosted or organized the most events in a date range.
// param: since: date = "1900-01-01" example "2024-01-01" -- first event day
// param: until: date = "2999-12-31" example "2024-12-31" -- last event day
// param: limit: integer = 25 example 10 -- at most this many bodies
// `events` counts hosting and organizing links (a body that did both for one event counts
// it twice: rare, and count(DISTINCT) costs a third more). People: most-active-speakers.
MATCH (e:Event)
WITH e, coalesce(e.date, e.first_seen) AS day  // an undated event counts on the day it was first reported
WHERE day >= $since AND day <= $until
MATCH (e)<-[:HOSTED|ORGANIZED]-(b)
WITH b, count(*) AS events
ORDER BY events DESC, b.name
LIMIT $limit
RETURN b.name AS body, labels(b)[0] AS label, b.id AS id, events
