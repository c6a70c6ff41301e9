// name: person-timeline
// description: A person's positions and appearances at events over time, oldest first.
// param: person: string example "蒲淳" -- a fragment of the person's name or of an alias
// param: limit: integer = 200 example 50 -- at most this many rows
MATCH (p:Person)
WHERE p.name CONTAINS $person OR any(x IN p.aliases WHERE x CONTAINS $person)
MATCH (p)-[r:HOLDS_POSITION|SPOKE_AT|ATTENDED|LAUNCHED]->(x)
RETURN p.name AS person, p.id AS id, coalesce(x.date, r.first_seen) AS date,
       r.last_seen AS last_seen, type(r) AS relation, coalesce(r.title, "") AS title,
       x.name AS target, labels(x)[0] AS label
ORDER BY person, id, date, relation, target
LIMIT $limit
