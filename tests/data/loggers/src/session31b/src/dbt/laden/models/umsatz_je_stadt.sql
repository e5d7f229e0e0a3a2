select stadt, count(*) as kunden, sum(umsatz) as umsatz
from {{ ref('kunden') }}
group by stadt
