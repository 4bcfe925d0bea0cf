#!/usr/bin/env bash
# Installs the Debian packages the test suite drives, only those missing:
#   browser     chromium, chromium-driver   (every browser test; `./mvnw verify` asks for this one)
#   postgresql  postgresql-client           (the backup/restore test under -Ppostgresql)
#   nginx       nginx                       (the two-node test's load balancer)
# No argument: all three. Installs with apt-get as root, or through sudo; where neither
# can, it stops with the command to run, instead of letting a test fail obscurely later.
set -euo pipefail

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(browser postgresql nginx)

missing=()
for what in "${wanted[@]}"; do
  case "$what" in
    browser)
      command -v chromium >/dev/null 2>&1 || missing+=(chromium)
      command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver) ;;
    postgresql)
      command -v pg_dump >/dev/null 2>&1 || missing+=(postgresql-client) ;;
    nginx)
      command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx) ;;
    *)
      echo "test-tools: unknown tool set '$what' (browser, postgresql, nginx)" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -gt 0 ] || exit 0

echo "== installing ${missing[*]} (Debian packages the tests drive)"
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo -E apt-get update -qq && sudo -E apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "test-tools: the tests need ${missing[*]}; install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
