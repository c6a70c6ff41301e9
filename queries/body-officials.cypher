// name: body-officials
// description: The people holding positions in a body, with their titles and when they were seen.
// param: body: string example "国家认监委" -- a fragment of the body's name or of an alias
// param: limit: integer = 100 example 20 -- at most this many rows
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $body OR any(x IN a.aliases WHERE x CONTAINS $body)
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $body OR any(x IN u.aliases WHERE x CONTAINS $body)
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $body OR any(x IN o.aliases WHERE x CONTAINS $body)
WITH agencies, universities, collect(o) AS organizations
UNWIND agencies + universities + organizations AS b
MATCH (p:Person)-[r:HOLDS_POSITION]->(b)
RETURN b.name AS body, p.name AS person, r.title AS title, r.first_seen AS first_seen,
       r.last_seen AS last_seen, size(r.articles) AS articles
ORDER BY body, last_seen DESC, person, title
LIMIT $limit
