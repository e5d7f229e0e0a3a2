{% macro gruss() %}
  {{ log("Grüße aus Köln — 日本 vom Makro", info=True) }}
  {{ exceptions.warn("Makro-Warnung: Währung nicht gesetzt") }}
{% endmacro %}
