-- report sales --by client --period 2025, on the CSV imported as text.
SELECT client, count(*) AS deals, sum(CAST(amount AS REAL)) AS revenue
FROM deals
WHERE stage = 'won' AND date BETWEEN '2025-01-01' AND '2025-12-31'
GROUP BY client ORDER BY revenue DESC;
