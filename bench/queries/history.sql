-- report history REF: won deals and touches of one client per month.
SELECT month, sum(deals), sum(revenue), sum(touches)
FROM (SELECT substr(closed_on, 1, 7) AS month, 1 AS deals, amount AS revenue, 0 AS touches
      FROM deal WHERE stage = 'won' AND client_id = :client
      UNION ALL
      SELECT substr(touched_on, 1, 7), 0, 0, 1 FROM touch WHERE client_id = :client)
GROUP BY month ORDER BY month;
