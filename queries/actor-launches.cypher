// name: actor-launches
// description: What a body or a person launched, released, started or signed, newest first.
// param: actor: string example "中国消费者协会" -- a fragment of the launcher's name or of an alias
// param: limit: integer = 100 example 20 -- at most this many rows
// What an event launched is listed by event-participants (scanning events here costs 20 ms).
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $actor OR any(x IN a.aliases WHERE x CONTAINS $actor)
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $actor OR any(x IN u.aliases WHERE x CONTAINS $actor)
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $actor OR any(x IN o.aliases WHERE x CONTAINS $actor)
WITH agencies, universities, collect(o) AS organizations
OPTIONAL MATCH (p:Person)
WHERE p.name CONTAINS $actor OR any(x IN p.aliases WHERE x CONTAINS $actor)
WITH agencies, universities, organizations, collect(p) AS persons
UNWIND agencies + universities + organizations + persons AS s
MATCH (s)-[r:LAUNCHED]->(i:Initiative)
RETURN s.name AS launcher, labels(s)[0] AS label, i.name AS initiative,
       r.first_seen AS first_seen, r.last_seen AS last_seen, size(r.articles) AS articles,
       r.evidence[0] AS evidence
ORDER BY first_seen DESC, launcher, initiative
LIMIT $limit
