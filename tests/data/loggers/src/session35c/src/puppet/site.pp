# A manifest with normal work, a warning, a failing resource and a resource that depends on it.
$root = '/tmp/w35c/puppet/shop'

file { ['/tmp/w35c/puppet', $root]:
  ensure => directory,
  mode   => '0755',
}

file { "${root}/shop.conf":
  ensure  => file,
  content => "listen = 127.0.0.1:8080\nname = Café Zoë in 東京\n",
  require => File[$root],
}

notify { 'greeting':
  message => 'Deploying "shop" — Café Zoë in 東京',
}

warning('shop.conf: the "listen" setting is deprecated; use "bind"')

exec { 'migrate-database':
  command => '/bin/sh -c "echo migrating; echo \"relation orders does not exist\" >&2; exit 3"',
  logoutput => true,
  require => File["${root}/shop.conf"],
}

service { 'shop-worker':
  ensure   => running,
  provider => 'base',
  start    => '/bin/true',
  status   => '/bin/false',
  require  => Exec['migrate-database'],
}

file { '/nonexistent-dir/sub/file.txt':
  ensure  => file,
  content => 'x',
}

notify { "multi-line":
  message => "first line\nsecond line\tafter a tab",
}
