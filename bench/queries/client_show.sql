-- client show REF: the client, its last touches, open deals, sales this year and last,
-- open receivables.
SELECT * FROM client WHERE id = :client;
SELECT touched_on, kind FROM touch WHERE client_id = :client ORDER BY touched_on DESC LIMIT 5;
SELECT stage, amount, expected_close FROM deal
WHERE client_id = :client AND stage NOT IN ('won', 'lost');
SELECT sum(amount) FILTER (WHERE closed_on >= '2026-01-01'),
       sum(amount) FILTER (WHERE closed_on < '2026-01-01')
FROM deal WHERE stage = 'won' AND client_id = :client
  AND closed_on BETWEEN '2025-01-01' AND '2026-12-31';
SELECT sum(amount - paid_amount) FROM invoice
WHERE client_id = :client AND paid_amount < amount;
