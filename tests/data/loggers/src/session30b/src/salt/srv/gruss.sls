/tmp/w30/salt/out/gruss.txt:
  file.managed:
    - contents: "Grüße aus Köln — café 日本"
    - makedirs: True

ein-befehl-der-scheitert:
  cmd.run:
    - name: "echo 'Fehler: Datei fehlt' >&2; exit 2"

nach-dem-fehler:
  cmd.run:
    - name: echo ok
    - require:
      - cmd: ein-befehl-der-scheitert

/tmp/w30/salt/out/unverändert.txt:
  file.managed:
    - source: salt://gibtsnicht.txt
