select * from {{ ref('kaputt') }}
