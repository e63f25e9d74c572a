-- report pipeline: open deals per stage, weighted by the stage's default probability.
SELECT stage, count(*), sum(amount),
       sum(amount * coalesce(probability, CASE stage WHEN 'lead' THEN 0.10
           WHEN 'qualified' THEN 0.25 WHEN 'proposal' THEN 0.50 ELSE 0.75 END))
FROM deal WHERE stage NOT IN ('won', 'lost')
GROUP BY stage;
