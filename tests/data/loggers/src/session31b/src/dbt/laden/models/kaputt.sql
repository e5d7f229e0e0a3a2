select stadt, sum(umsatz) as umsatz, nicht_da
from {{ ref('kunden') }}
group by stadt
