file { '/tmp/w35c/puppet/broken':
  ensure => file,
  content => 
}
