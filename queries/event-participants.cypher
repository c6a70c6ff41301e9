// name: event-participants
// description: Everyone and everything linked to the events matching a name fragment: hosts, organizers, speakers, attendees, venue, launches.
// param: event: string example "开放日" -- a fragment of the event's name or of an alias
// param: events: integer = 5 example 3 -- how many matching events (the newest)
// param: limit: integer = 200 example 50 -- at most this many rows
MATCH (e:Event)
WHERE e.name CONTAINS $event OR any(x IN e.aliases WHERE x CONTAINS $event)
WITH e, coalesce(e.date, e.first_seen) AS date
ORDER BY date DESC, e.name
LIMIT $events
MATCH (e)-[r:HOSTED|ORGANIZED|SPOKE_AT|ATTENDED|HELD_AT|LAUNCHED|LOCATED_IN]-(x)
RETURN date, e.name AS event, type(r) AS relation, x.name AS name, labels(x)[0] AS label,
       size(r.articles) AS articles
ORDER BY date DESC, event, relation, name
LIMIT $limit
