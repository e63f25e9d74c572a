-- Last touch per client, on the CSV imported as text.
SELECT client, max(date) FROM touches GROUP BY client;
