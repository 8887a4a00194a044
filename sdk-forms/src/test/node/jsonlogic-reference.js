// Runs json-logic-js 2.0.5, the reference implementation, for the Java tests of dev.loket.forms.logic.
// stdin: one JSON object {"rule": ..., "data": ...} per line.
// stdout: one JSON object per line, in the same order:
//   {"result": <result, with undefined/NaN/Infinity as null>, "inexact": <bool>} or {"error": "<message>"}.
// "inexact" is true when some arithmetic step may have rounded in binary floating point (or produced -0),
// so that Loket's exact decimals may legitimately differ. It is decided conservatively: every operand and
// result must be a multiple of 2^-10 below 2^20 in magnitude, where doubles are exact and print exactly.
"use strict";
const jsonLogic = require("json-logic-js");
const readline = require("readline");

console.log = () => {}; // the "log" operator must not write into the results

const SCALE = 2 ** 10;
const LIMIT = 2 ** 20;
let inexact = false;

function exact(x) {
  return !Number.isFinite(x) || (Number.isInteger(x * SCALE) && Math.abs(x) < LIMIT);
}

function check(operands, result) {
  if (!operands.every(exact) || !exact(result) || Object.is(result, -0)) {
    inexact = true;
  }
  return result;
}

function scaled(x) {
  return BigInt(x * SCALE);
}

// The arithmetic of json-logic-js 2.0.5, unchanged, with the exactness check around it.
jsonLogic.add_operation("+", function () {
  const operands = Array.prototype.map.call(arguments, (a) => parseFloat(a, 10));
  const result = Array.prototype.reduce.call(arguments, (a, b) => parseFloat(a, 10) + parseFloat(b, 10), 0);
  return check(operands, result);
});
jsonLogic.add_operation("*", function () {
  const result = Array.prototype.reduce.call(arguments, (a, b) => parseFloat(a, 10) * parseFloat(b, 10));
  if (arguments.length < 2) {
    return result;
  }
  const operands = Array.prototype.map.call(arguments, (a) => parseFloat(a, 10));
  check(operands, result);
  if (!inexact && operands.every(Number.isFinite) && Number.isFinite(result)) {
    const product = operands.map(scaled).reduce((a, b) => a * b);
    if (scaled(result) * BigInt(SCALE) ** BigInt(operands.length - 1) !== product) {
      inexact = true;
    }
  }
  return result;
});
jsonLogic.add_operation("-", function (a, b) {
  const result = b === undefined ? -a : a - b;
  return check(b === undefined ? [Number(a)] : [Number(a), Number(b)], result);
});
jsonLogic.add_operation("/", function (a, b) {
  const result = a / b;
  const x = Number(a);
  const y = Number(b);
  check([x, y], result);
  if (!inexact && Number.isFinite(x) && Number.isFinite(y) && y !== 0 && Number.isFinite(result)) {
    if (scaled(result) * scaled(y) !== scaled(x) * BigInt(SCALE)) {
      inexact = true;
    }
  }
  return result;
});
jsonLogic.add_operation("%", function (a, b) {
  return check([Number(a), Number(b)], a % b);
});

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (line.trim() === "") {
    return;
  }
  const testCase = JSON.parse(line);
  inexact = false;
  let output;
  try {
    const result = jsonLogic.apply(testCase.rule, testCase.data === undefined ? null : testCase.data);
    output = { result: result === undefined ? null : result, inexact: inexact };
  } catch (e) {
    output = { error: String(e && e.message) };
  }
  process.stdout.write(JSON.stringify(output) + "\n");
});
