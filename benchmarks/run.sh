#!/usr/bin/env bash
# Builds and runs the benchmarks and prints Loket next to the reference engines, in one run.
# Usage (from the repository root): bash benchmarks/run.sh
# Not run in CI: benchmarks need a quiet machine and minutes, not a test budget.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
npm ci --silent --no-audit --no-fund --prefix benchmarks/node
suite=testdata/jsonlogic-official/tests.json

java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh.json FormEvaluationBenchmark JsonLogicBenchmark \
  -p suite="$suite" > benchmarks/target/jmh.txt
node benchmarks/node/bench.js "$suite" 10 > benchmarks/target/node.json
python3 benchmarks/node/to-formio.py sdk-forms/src/test/resources/forms/bijzondere-bijstand.json \
  > benchmarks/target/bijzondere-bijstand.formio.json
node benchmarks/node/bench-formio.js benchmarks/target/bijzondere-bijstand.formio.json \
  sdk-forms/src/test/resources/forms/bijzondere-bijstand.data.json 10 > benchmarks/target/formio.json

python3 - <<'PY'
import json
jmh = {r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]: r["primaryMetric"]["score"]
       for r in json.load(open("benchmarks/target/jmh.json"))}
node = json.load(open("benchmarks/target/node.json"))
formio = json.load(open("benchmarks/target/formio.json"))
loket_rules = jmh["JsonLogicBenchmark.evaluateSuite"]
print(f"{'benchmark':52} {'ops/s':>14}")
for name, score in sorted(jmh.items()):
    print(f"{'Loket ' + name:52} {score:14,.0f}")
print(f"{'json-logic-js 2.0.5, same suite':52} {node['opsPerSecond']:14,.0f}")
print(f"{formio['engine'] + ', same form and answers (submission + evaluator)':52} {formio['opsPerSecond']:14,.0f}")
if formio["validationErrors"]:
    print("  (@formio/core reported:", ", ".join(formio["validationErrors"]), ")")
print(f"Loket / json-logic-js on rule evaluation: {loket_rules / node['opsPerSecond']:.1f}x")
print(f"Loket submit / @formio/core on the large form: {jmh['FormEvaluationBenchmark.submit'] / formio['opsPerSecond']:.0f}x")
PY
