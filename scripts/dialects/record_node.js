#!/usr/bin/env node
// Record how npm's dotenv reads each dialect case file.
//
// Usage: node record_node.js CASES_DIR GOLDEN_DIR
// (dotenv is resolved with require(), so set NODE_PATH to the node_modules
// directory that holds it.)
//
// For every CASES_DIR/NN-name.env writes GOLDEN_DIR/NN-name.node-dotenv.json:
// dotenv.parse(<file bytes as a Buffer>) with default options, as a JSON array
// of {"key": K, "value": V} in Object.keys() order, or {"error": "<class name>"}
// if parse threw.
'use strict'
const fs = require('fs')
const path = require('path')
const dotenv = require('dotenv')
const version = require('dotenv/package.json').version

function read (file) {
  try {
    const parsed = dotenv.parse(fs.readFileSync(file)) // Buffer, default options
    return Object.keys(parsed).map((key) => ({ key, value: parsed[key] }))
  } catch (e) {
    return { error: (e && e.constructor && e.constructor.name) || String(e) }
  }
}

const [casesDir, goldenDir] = process.argv.slice(2)
const names = fs.readdirSync(casesDir).filter((f) => f.endsWith('.env')).sort()
for (const name of names) {
  const stem = name.slice(0, -'.env'.length)
  const out = path.join(goldenDir, stem + '.node-dotenv.json')
  fs.writeFileSync(out, JSON.stringify(read(path.join(casesDir, name)), null, 2) + '\n', 'utf8')
}
console.log(`dotenv (npm) ${version}: ${names.length} cases`)
