bad-state:
  file.managed
    - name: /tmp/x
  : [
