base:
  '*':
    - gruss
