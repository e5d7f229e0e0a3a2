# A small manifest for `puppet apply`: a change, an unchanged file, a notify with non-ASCII, a warning,
# a failing exec and a resource that is skipped because it depends on it.
$w = '/tmp/w32d/puppet/work'
file { $w: ensure => directory }
file { "${w}/grüße.txt":
  ensure  => file,
  content => "Grüße aus Köln / 東京\n",
}
file { "${w}/nicht-da/datei.txt":
  ensure  => file,
  content => "x\n",
}
notify { 'hallo':
  message => 'Café geöffnet: 東京 "Filiale"',
}
warning('Dies ist eine Warnung aus dem Manifest: Käse ist alle')
exec { 'fehlschlag':
  command => '/bin/sh -c "echo stdout-Zeile; echo Fehler: Köln >&2; exit 3"',
  logoutput => on_failure,
}
exec { 'danach':
  command => '/bin/true',
  require => Exec['fehlschlag'],
}
service { 'gibt-es-nicht':
  ensure   => running,
  provider => 'base',
  start    => '/bin/false',
  status   => '/bin/false',
}
