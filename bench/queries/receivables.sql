-- report receivables: open invoices per client in ageing buckets as of 2026-11-23.
SELECT c.name,
       sum(CASE WHEN age <= 0 THEN open END),
       sum(CASE WHEN age BETWEEN 1 AND 30 THEN open END),
       sum(CASE WHEN age BETWEEN 31 AND 60 THEN open END),
       sum(CASE WHEN age BETWEEN 61 AND 90 THEN open END),
       sum(CASE WHEN age > 90 THEN open END),
       sum(open), sum(CASE WHEN age > 0 THEN open END)
FROM (SELECT client_id, amount - paid_amount AS open,
             CAST(julianday('2026-11-23') - julianday(due_on) AS INTEGER) AS age
      FROM invoice WHERE paid_amount < amount) AS i
JOIN client AS c ON c.id = i.client_id
GROUP BY i.client_id ORDER BY c.name;
