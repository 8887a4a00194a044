// Rule evaluations per second of json-logic-js over the official JSON Logic test suite, the
// same cases as JsonLogicBenchmark. Usage: node bench.js <tests.json> [seconds]
const fs = require('fs');
const jsonLogic = require('json-logic-js');

const suite = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).filter(Array.isArray);
const seconds = Number(process.argv[3] || 10);
let sink = 0;

function round() {
  for (const [rule, data] of suite) {
    const result = jsonLogic.apply(rule, data);
    if (result !== undefined) sink++;
  }
}

const warmupEnd = Date.now() + 3000;
while (Date.now() < warmupEnd) round();
let evaluations = 0;
const start = process.hrtime.bigint();
const end = Date.now() + seconds * 1000;
while (Date.now() < end) { round(); evaluations += suite.length; }
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({engine: 'json-logic-js 2.0.5', cases: suite.length, opsPerSecond: Math.round(evaluations / elapsed), sink}));
