# a syntax error: compilation fails
file { '/tmp/w32d/puppet/work/x': ensure => file, content => 'ü'
notify { 'nie': }
