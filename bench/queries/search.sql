-- The baseline of search: the same FTS5 match acct runs, with the rows it prints (kind,
-- id, client, date, text of every matching note, touch, follow-up, deal and case, newest
-- first), as CSV. The term is a prefix match, as acct's words are.
WITH hits AS MATERIALIZED (SELECT rowid / 8 AS id, rowid % 8 AS k FROM search_index WHERE search_index MATCH '"renewal"*'),
found AS (
    SELECT 'note' AS kind, c.id, c.name AS client, c.created_on AS day, c.notes AS text
      FROM hits h JOIN client c ON h.k = 1 AND c.id = h.id
    UNION ALL SELECT 'contact', k.id, c.name, NULL, k.notes
      FROM hits h JOIN contact k ON h.k = 2 AND k.id = h.id JOIN client c ON c.id = k.client_id
    UNION ALL SELECT 'touch', t.id, c.name, t.touched_on, t.summary
      FROM hits h JOIN touch t ON h.k = 3 AND t.id = h.id JOIN client c ON c.id = t.client_id
    UNION ALL SELECT 'followup', f.id, c.name, f.due_on, f.action
      FROM hits h JOIN followup f ON h.k = 4 AND f.id = h.id JOIN client c ON c.id = f.client_id
    UNION ALL SELECT 'deal', d.id, c.name, coalesce(d.closed_on, d.created_on), d.title
      FROM hits h JOIN deal d ON h.k = 5 AND d.id = h.id JOIN client c ON c.id = d.client_id
    UNION ALL SELECT 'case', s.id, c.name, substr(s.opened_at, 1, 10), s.summary
      FROM hits h JOIN support_case s ON h.k = 6 AND s.id = h.id JOIN client c ON c.id = s.client_id)
SELECT kind, id, client, day, text FROM found ORDER BY day IS NULL, day DESC, kind, id;
