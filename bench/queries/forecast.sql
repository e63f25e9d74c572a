-- report forecast --period 2026-Q4: won per week, plus open deals weighted by expected close.
SELECT week, sum(won), sum(weighted)
FROM (SELECT strftime('%Y-%W', closed_on) AS week, amount AS won, 0 AS weighted
      FROM deal WHERE stage = 'won' AND closed_on BETWEEN '2026-10-01' AND '2026-12-31'
      UNION ALL
      SELECT strftime('%Y-%W', max(expected_close, '2026-11-23')), 0,
             amount * coalesce(probability, CASE stage WHEN 'lead' THEN 0.10
                 WHEN 'qualified' THEN 0.25 WHEN 'proposal' THEN 0.50 ELSE 0.75 END)
      FROM deal WHERE stage NOT IN ('won', 'lost') AND expected_close <= '2026-12-31')
GROUP BY week ORDER BY week;
