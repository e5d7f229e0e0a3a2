{% set x = 1 %}
kaputt:
  test.nop:
    - name: {{ x | keinfilter }}
