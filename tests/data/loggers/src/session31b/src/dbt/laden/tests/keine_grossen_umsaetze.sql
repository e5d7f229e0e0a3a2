-- fails: a customer with more than 500
select * from {{ ref('kunden') }} where umsatz > 500
