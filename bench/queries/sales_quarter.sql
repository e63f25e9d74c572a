-- The baseline of kpi --period 2025-Q4: the same sales query over the quarter.
SELECT c.name, s.deals, s.revenue
FROM (SELECT client_id, count(*) AS deals, sum(amount) AS revenue
      FROM deal
      WHERE stage = 'won' AND closed_on BETWEEN '2025-10-01' AND '2025-12-31'
      GROUP BY client_id) AS s
JOIN client AS c ON c.id = s.client_id
ORDER BY s.revenue DESC;
