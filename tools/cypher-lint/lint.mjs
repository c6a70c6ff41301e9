// Lint Cypher statements with Neo4j's own linter.
// stdin: {"schema": DbSchema, "statements": [{"name": str, "cypher": str}]}
// stdout: [{"name": str, "diagnostics": [{"severity": "error"|"warning", "message": str, "offset": int}]}]
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { schema, statements } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const severity = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const results = statements.map(({ name, cypher }) => ({
  name,
  diagnostics: lintCypherQuery(cypher, schema).diagnostics.map((d) => ({
    severity: severity[d.severity] ?? String(d.severity),
    message: d.message,
    offset: d.offsets?.start ?? null,
  })),
}));
process.stdout.write(JSON.stringify(results));
