-- report activity --period 2025-Q4: touches in the period and last touch per client.
SELECT c.name, c.tier, coalesce(a.touches, 0), coalesce(a.calls, 0), coalesce(a.visits, 0),
       l.last_touch
FROM client AS c
LEFT JOIN (SELECT client_id, count(*) AS touches, sum(kind = 'call') AS calls,
                  sum(kind = 'visit') AS visits
           FROM touch WHERE touched_on BETWEEN '2025-10-01' AND '2025-12-31'
           GROUP BY client_id) AS a ON a.client_id = c.id
LEFT JOIN (SELECT client_id, max(touched_on) AS last_touch FROM touch
           WHERE touched_on <= '2025-12-31' GROUP BY client_id) AS l ON l.client_id = c.id
WHERE c.status <> 'archived'
ORDER BY c.name;
