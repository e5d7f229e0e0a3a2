{
  "targets": [
    { "target_name": "gruss", "sources": [ "gruss.c" ] }
  ]
}
