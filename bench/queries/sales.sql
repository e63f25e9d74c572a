-- report sales --by client --period 2025: a range scan of the covering won-by-date index.
SELECT c.name, s.deals, s.revenue, s.revenue * 1.0 / s.deals AS avg_deal
FROM (SELECT client_id, count(*) AS deals, sum(amount) AS revenue
      FROM deal
      WHERE stage = 'won' AND closed_on BETWEEN '2025-01-01' AND '2025-12-31'
      GROUP BY client_id) AS s
JOIN client AS c ON c.id = s.client_id
ORDER BY s.revenue DESC;
