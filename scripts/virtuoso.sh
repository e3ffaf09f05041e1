#!/usr/bin/env bash
# Start a throw-away Virtuoso (Debian's virtuoso-opensource) on free loopback ports for kg push's CI test,
# and print its Graph Store endpoint. Usage: bash scripts/virtuoso.sh DIR   (stop: kill "$(cat DIR/pid)")
set -euo pipefail
dir="$1"
mkdir -p "$dir/db"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sql_port="$(free_port)"; http_port="$(free_port)"
python3 - "$dir" "$sql_port" "$http_port" <<'PY'
import re, sys
d, sql, http = sys.argv[1:]
s = open("/etc/virtuoso-opensource-7/virtuoso.ini").read().replace("/var/lib/virtuoso-opensource-7/db/", d + "/db/")
s = re.sub(r"(?m)^ServerPort(\s*)=\s*1111\b", rf"ServerPort\g<1>= {sql}", s)
s = re.sub(r"(?m)^ServerPort(\s*)=\s*8890\b", rf"ServerPort\g<1>= {http}", s)
open(d + "/virtuoso.ini", "w").write(s)
PY
virtuoso-t -f -c "$dir/virtuoso.ini" >"$dir/log" 2>&1 &
echo $! >"$dir/pid"
for _ in $(seq 120); do
  grep -q "Server online at $sql_port" "$dir/log" 2>/dev/null && break
  sleep 0.5
done
# a fresh database's dba password is dba; let the anonymous SPARQL user write through the Graph Store endpoint
isql-vt "$sql_port" dba dba exec="grant SPARQL_UPDATE to \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);" >/dev/null
echo "http://127.0.0.1:$http_port"
