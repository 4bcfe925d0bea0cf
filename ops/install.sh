#!/usr/bin/env bash
# Configures a WildFly installation for Newsroom: adds the PostgreSQL driver module
# and runs cli/install.cli offline (plus cli/json-logs.cli when NEWSROOM_JSON_LOGS=true).
# Usage: ops/install.sh WILDFLY_HOME [postgresql.jar]   (docs/deploy.md)
# NEWSROOM_SERVER_CONFIG names the configuration file to change (default standalone-full.xml;
# ops/two-nodes.sh uses standalone-full-ha.xml).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wildfly_home=${1:?usage: install.sh WILDFLY_HOME [postgresql.jar]}
driver_jar=${2:-}
cli="$wildfly_home/bin/jboss-cli.sh"
server_config=${NEWSROOM_SERVER_CONFIG:-standalone-full.xml}

if [ -n "$driver_jar" ] && [ ! -d "$wildfly_home/modules/org/postgresql/main" ]; then
  "$cli" --command="module add --name=org.postgresql --resources=$driver_jar --dependencies=java.sql,jakarta.transaction.api"
fi
"$cli" -Dnewsroom.server.config="$server_config" --file="$here/cli/install.cli"
# install.cli sets the logger org.jboss.as.config to INFO; the server only copies that into the boot-time
# logging.properties after its next start, and that start would still log every JVM argument
# (-D…password=…) at DEBUG. Same setting, applied to the boot file now.
boot_logging="$wildfly_home/standalone/configuration/logging.properties"
if [ -f "$boot_logging" ]; then
  sed -i.bak 's/^logger\.org\.jboss\.as\.config\.level=DEBUG$/logger.org.jboss.as.config.level=INFO/' "$boot_logging" && rm -f "$boot_logging.bak"
fi
# Optional: JSON console logs for a log shipper (docs/operations.md).
if [ "${NEWSROOM_JSON_LOGS:-false}" = true ]; then
  "$cli" -Dnewsroom.server.config="$server_config" --file="$here/cli/json-logs.cli"
fi
echo "Newsroom: WildFly at $wildfly_home is configured ($server_config)."
