#!/usr/bin/env bash
# Deploy Kumiai on an existing Payara Server 6 domain backed by PostgreSQL.
#
#   PAYARA_HOME=/opt/payara6 DOMAIN=domain1 ./deploy-postgresql.sh path/to/ear.ear
#
# The database settings are read by the application from the environment of the server
# process (KUMIAI_DB_URL, KUMIAI_DB_USER, KUMIAI_DB_PASSWORD, KUMIAI_DB_CLASS); set them in
# the service that starts the domain (see kumiai.env.example and payara-kumiai.service), never
# in domain.xml. This script is idempotent: run it again to redeploy a new EAR.
set -euo pipefail

ear=${1:?usage: deploy-postgresql.sh path/to/ear.ear}
PAYARA_HOME=${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation}
DOMAIN=${DOMAIN:-domain1}
PG_JDBC_VERSION=${PG_JDBC_VERSION:-42.7.14}
asadmin="$PAYARA_HOME/bin/asadmin"
here=$(cd "$(dirname "$0")" && pwd)

# The PostgreSQL driver: shipped inside the EAR already; adding it to the server too lets
# operators use it from asadmin (pools, ping) and keeps one version per domain.
driver="$here/lib/postgresql-$PG_JDBC_VERSION.jar"
if [ ! -f "$driver" ]; then
  mkdir -p "$here/lib"
  mvn -q dependency:copy -Dartifact="org.postgresql:postgresql:$PG_JDBC_VERSION" -DoutputDirectory="$here/lib"
fi

if ! "$asadmin" list-domains | grep -q "^$DOMAIN running"; then
  "$asadmin" start-domain "$DOMAIN"
fi
if ! "$asadmin" list-libraries --type common | grep -q "postgresql-$PG_JDBC_VERSION.jar"; then
  "$asadmin" add-library --type common "$driver"
fi

# Japan time for logs and the JVM; dates in the application are decided in Asia/Tokyo anyway.
jvm_option() {
  "$asadmin" list-jvm-options | grep -qxF -- "$1" || "$asadmin" create-jvm-options -- "$(printf '%s' "$1" | sed 's/:/\\:/g')"
}
jvm_option "-Duser.timezone=Asia/Tokyo"
jvm_option "-Dfile.encoding=UTF-8"

# The outbox dispatcher and the member pages share the pool: 32 threads from the start, as many as
# the datasource has connections (the default five made 16 registers queue), up to 64. Grizzly
# reads both at start only, hence the restart below.
"$asadmin" set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=32 \
  configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64

# Do not advertise the server and Java versions to every visitor.
"$asadmin" set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false
"$asadmin" set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false

"$asadmin" restart-domain "$DOMAIN"
"$asadmin" deploy --force=true --name kumiai "$ear"
echo "Deployed. Check: curl -fsS http://localhost:8080/health/ready"
