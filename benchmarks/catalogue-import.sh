#!/usr/bin/env bash
# The full import of a generated national catalogue (about 200,000 products, SC XML) into H2 and
# PostgreSQL, with time, throughput and memory. Usage (from the repository root):
#   bash benchmarks/catalogue-import.sh
# Not run in CI. HEAP (default 1g) caps the JVM, to show the import streams.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
java -Xmx"${HEAP:-1g}" -Dloket.test.data=testdata -cp benchmarks/target/benchmarks.jar \
  dev.loket.benchmarks.CatalogueImportBenchmark benchmarks/target/catalogue-import
