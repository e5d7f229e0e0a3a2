shop-dir:
  file.directory:
    - name: /tmp/w35c/salt/shop
    - makedirs: True

shop-conf:
  file.managed:
    - name: /tmp/w35c/salt/shop/shop.conf
    - contents: |
        listen = 127.0.0.1:8080
        name = Café Zoë in 東京
    - require:
      - file: shop-dir

migrate-database:
  cmd.run:
    - name: 'echo migrating; echo "relation orders does not exist" >&2; exit 3'
    - require:
      - file: shop-conf

shop-worker:
  cmd.run:
    - name: echo started
    - require:
      - cmd: migrate-database

missing-package-source:
  file.managed:
    - name: /tmp/w35c/salt/shop/missing.txt
    - source: salt://no-such-file.txt

cafe-note:
  test.succeed_with_changes:
    - name: 'Café Zoë in 東京 says "hi"'
