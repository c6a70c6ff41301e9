// name: relationship-evidence
// description: The evidence for the relationships from one entity to another: type, articles (date and title) and sentences.
// param: source: string example "市场监管总局" -- a fragment of the source's name or alias (a body, person or place)
// param: target: string example "2024年全国检验检测机构开放日" -- a fragment of the target's name or of an alias
// param: type: string = "" example "HOSTED" -- only this relationship type ("" for any)
// param: max_articles: integer = 20 example 5 -- at most this many articles listed per relationship
// param: limit: integer = 50 example 10 -- at most this many relationships
// Sources are bodies, people and places; an event's own links (venue, launches) are listed
// by event-participants (scanning every event here would cost 20 ms).
OPTIONAL MATCH (a:Agency)
WHERE a.name CONTAINS $source OR any(x IN a.aliases WHERE x CONTAINS $source)
WITH collect(a) AS agencies
OPTIONAL MATCH (u:University)
WHERE u.name CONTAINS $source OR any(x IN u.aliases WHERE x CONTAINS $source)
WITH agencies, collect(u) AS universities
OPTIONAL MATCH (o:Organization)
WHERE o.name CONTAINS $source OR any(x IN o.aliases WHERE x CONTAINS $source)
WITH agencies, universities, collect(o) AS organizations
OPTIONAL MATCH (p:Person)
WHERE p.name CONTAINS $source OR any(x IN p.aliases WHERE x CONTAINS $source)
WITH agencies, universities, organizations, collect(p) AS persons
OPTIONAL MATCH (l:Place)
WHERE l.name CONTAINS $source OR any(x IN l.aliases WHERE x CONTAINS $source)
WITH agencies, universities, organizations, persons, collect(l) AS places
UNWIND agencies + universities + organizations + persons + places AS s
MATCH (s)-[r]->(t)
WHERE (t.name CONTAINS $target OR any(x IN t.aliases WHERE x CONTAINS $target))
  AND ($type = "" OR type(r) = $type)
WITH s, r, t
ORDER BY type(r), s.name, t.name
LIMIT $limit
UNWIND r.articles[0..$max_articles] AS article_id
MATCH (art:Article {id: article_id})
WITH s, r, t, art ORDER BY art.date
RETURN type(r) AS relation, s.name AS source, t.name AS target, r.confidence AS confidence,
       r.first_seen AS first_seen, r.last_seen AS last_seen, size(r.articles) AS articles,
       collect(art.date + " " + coalesce(art.title, "") + " (" + art.id + ")") AS sources,
       r.evidence AS evidence
ORDER BY relation, source, target
