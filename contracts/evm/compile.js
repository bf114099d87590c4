// Compiles SigningRegistry.sol with solc-js (pinned in package.json) into build/SigningRegistry.{abi,bin}.json.
// EVM target "paris": runs on ganache 7.9.2 and on Hyperledger Besu with a pre-Shanghai genesis.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const source = fs.readFileSync(path.join(__dirname, 'SigningRegistry.sol'), 'utf8');
const input = {
  language: 'Solidity',
  sources: { 'SigningRegistry.sol': { content: source } },
  settings: {
    evmVersion: 'paris',
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const e of output.errors || []) console.error(e.formattedMessage);
if (errors.length) process.exit(1);
const c = output.contracts['SigningRegistry.sol'].SigningRegistry;
const out = path.join(__dirname, 'build');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'SigningRegistry.abi.json'), JSON.stringify(c.abi, null, 2));
fs.writeFileSync(path.join(out, 'SigningRegistry.bin'), c.evm.bytecode.object);
console.log(`compiled SigningRegistry with solc ${solc.version()} -> build/`);
