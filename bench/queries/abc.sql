-- report abc --period 2025: revenue per client and month, then shares and cumulative share.
WITH monthly AS (
    SELECT client_id, substr(closed_on, 1, 7) AS month, sum(amount) AS revenue
    FROM deal WHERE stage = 'won' AND closed_on BETWEEN '2025-01-01' AND '2025-12-31'
    GROUP BY client_id, month),
per_client AS (
    SELECT client_id, sum(revenue) AS revenue, sum(revenue * revenue) AS squares
    FROM monthly GROUP BY client_id)
SELECT c.name, p.revenue, p.revenue * 1.0 / sum(p.revenue) OVER () AS share,
       sum(p.revenue) OVER (ORDER BY p.revenue DESC ROWS UNBOUNDED PRECEDING) * 1.0
           / sum(p.revenue) OVER () AS cum_share,
       p.squares
FROM per_client AS p JOIN client AS c ON c.id = p.client_id
ORDER BY p.revenue DESC;
