#!/usr/bin/env bash
# Measures Maillage's start: first start (PostgreSQL initdb, migrations, demo data) and warm start (data kept),
# each from launching the jar to the first 200 on /.
# Usage: bench/startup.sh [runs] [jar|extracted|aot]   (build first: ./mvnw package)
#   jar        java -jar target/maillage.jar
#   extracted  the jar extracted by Spring Boot's jarmode tools (classes read from plain jars)
#   aot        extracted, with a JDK 25 AOT cache made by one training start (-XX:AOTCacheOutput)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
mode="${2:-jar}"
java_bin="${JAVA:-}"
if [ -z "$java_bin" ]; then
	for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
		[ -x "$candidate" ] || continue
		version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
		if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin="$candidate"; break; fi
	done
fi
[ -n "$java_bin" ] || { echo "No JDK 21+ found; set JAVA=/path/to/java" >&2; exit 1; }
port=18080
data=$(mktemp -d /tmp/maillage-bench.XXXXXX)
chmod 755 "$data"
pid=""
work=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data" ${work:+"$work"}' EXIT

app=target/maillage.jar
options=()
if [ "$mode" != jar ]; then
	work=$(mktemp -d /tmp/maillage-app.XXXXXX)
	"$java_bin" -Djarmode=tools -jar target/maillage.jar extract --destination "$work/app" >/dev/null
	app="$work/app/maillage.jar"
fi

measure() {
	local start end
	start=$(date +%s%N)
	MAILLAGE_DATA_DIR="$data" PORT=$port "$java_bin" "${options[@]}" -jar "$app" >"$data/app.log" 2>&1 &
	pid=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = "200" ]; do
		kill -0 $pid 2>/dev/null || { echo "Maillage stopped; see $data/app.log" >&2; tail -20 "$data/app.log" >&2; exit 1; }
		sleep 0.1
	done
	end=$(date +%s%N)
	kill $pid; wait $pid 2>/dev/null || true
	echo $(( (end - start) / 1000000 ))
}

if [ "$mode" = aot ]; then
	MAILLAGE_DATA_DIR="$data" PORT=$port "$java_bin" -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh \
		-jar "$app" >"$data/training.log" 2>&1
	options=(-XX:AOTCache="$work/app.aot")
fi

echo "mode: $mode; java: $("$java_bin" -version 2>&1 | head -1); cores: $(nproc); cpu: $(lscpu 2>/dev/null | sed -n 's/Model name: *//p')"
for run in $(seq 1 "$runs"); do
	rm -rf "$data"/*
	first=$(measure)
	warm=$(measure)
	echo "run $run: first start ${first} ms, warm start ${warm} ms"
done
