// name: new-actors
// description: Actors (bodies and people) first seen in an article on or after a date, oldest first.
// param: since: date example "2025-01-01" -- first day
// param: limit: integer = 100 example 20 -- at most this many rows
OPTIONAL MATCH (a:Agency) WHERE a.first_seen >= $since
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University) WHERE u.first_seen >= $since
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization) WHERE o.first_seen >= $since
WITH agencies, universities, collect(o) AS organizations
OPTIONAL MATCH (p:Person) WHERE p.first_seen >= $since
WITH agencies, universities, organizations, collect(p) AS persons
UNWIND agencies + universities + organizations + persons AS n
RETURN n.first_seen AS first_seen, labels(n)[0] AS label, n.name AS name, n.id AS id,
       n.last_seen AS last_seen
ORDER BY first_seen, label, name
LIMIT $limit
