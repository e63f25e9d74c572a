-- report portfolio: per client, revenue of the last 12 months, last order, last touch,
-- open pipeline and overdue receivables.
SELECT c.name, c.tier, r.revenue, o.last_order, t.last_touch, p.open_pipeline, i.overdue
FROM client AS c
LEFT JOIN (SELECT client_id, sum(amount) AS revenue FROM deal
           WHERE stage = 'won' AND closed_on > '2025-11-23' GROUP BY client_id) AS r
  ON r.client_id = c.id
LEFT JOIN (SELECT client_id, max(closed_on) AS last_order FROM deal
           WHERE stage = 'won' GROUP BY client_id) AS o ON o.client_id = c.id
LEFT JOIN (SELECT client_id, max(touched_on) AS last_touch FROM touch GROUP BY client_id) AS t
  ON t.client_id = c.id
LEFT JOIN (SELECT client_id, sum(amount) AS open_pipeline FROM deal
           WHERE stage NOT IN ('won', 'lost') GROUP BY client_id) AS p ON p.client_id = c.id
LEFT JOIN (SELECT client_id, sum(amount - paid_amount) AS overdue FROM invoice
           WHERE paid_amount < amount AND due_on < '2026-11-23' GROUP BY client_id) AS i
  ON i.client_id = c.id
WHERE c.status <> 'archived'
ORDER BY r.revenue DESC;
