// Server-side processing per second of @formio/core on the Form.io equivalent of the large example
// form, with the same complete answers as FormEvaluationBenchmark: the submission processors and
// then the evaluator processors (calculations, conditions, clearing hidden values, validation), as
// the Form.io server does for a submission.
// Usage: node bench-formio.js <form.formio.json> <data.json> [seconds]
const fs = require('fs');
const { processSync, ProcessTargets } = require('@formio/core');

const form = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const answers = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const seconds = Number(process.argv[4] || 10);

function processOnce() {
  const data = structuredClone(answers);
  const context = {
    form, submission: { data }, data, components: form.components,
    processors: ProcessTargets.submission, scope: {}, config: { server: true },
  };
  processSync(context);
  context.processors = ProcessTargets.evaluator;
  processSync(context);
  return context.scope;
}

const first = processOnce();
const errors = (first.errors || []).map((e) => `${e.context && e.context.path}: ${e.ruleName}`);
const warmupEnd = Date.now() + 3000;
while (Date.now() < warmupEnd) processOnce();
let runs = 0;
const start = process.hrtime.bigint();
const end = Date.now() + seconds * 1000;
while (Date.now() < end) { processOnce(); runs++; }
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ engine: '@formio/core ' + JSON.parse(fs.readFileSync(require.resolve('@formio/core').replace(/lib[/]index.js$/, 'package.json'), 'utf8')).version,
  opsPerSecond: Math.round(runs / elapsed), validationErrors: errors }));
