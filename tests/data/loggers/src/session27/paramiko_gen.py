import paramiko, logging
paramiko.util.log_to_file("/tmp/w27/pk/paramiko.log", level=logging.DEBUG)
c = paramiko.SSHClient()
c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
try:
    c.connect("127.0.0.1", port=2222, username="jürgen", password="falsch", key_filename="/tmp/w27/pk/userkey", look_for_keys=False, allow_agent=False, timeout=5)
except Exception as e:
    print("1", type(e).__name__, e)
c.close()
c = paramiko.SSHClient()
c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
try:
    c.connect("127.0.0.1", port=18499, username="root", password="x", look_for_keys=False, allow_agent=False, timeout=5, banner_timeout=1)
except Exception as e:
    print("2", type(e).__name__, e)
c.close()
