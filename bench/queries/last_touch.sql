-- The baseline of plan: last touch per client (a scan of the covering index).
SELECT c.id, c.name, c.tier, t.last_touch
FROM client AS c
LEFT JOIN (SELECT client_id, max(touched_on) AS last_touch FROM touch GROUP BY client_id) AS t
  ON t.client_id = c.id
WHERE c.status <> 'archived';
