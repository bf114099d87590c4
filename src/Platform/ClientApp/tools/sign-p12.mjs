// Used by the .NET tests: signs base64 data with a .p12 through the same code the browser runs.
// usage: node tools/sign-p12.mjs KEY.p12 PASSWORD BASE64DATA  → prints the CMS (base64)
import { readFileSync } from 'node:fs';
import { signWithPkcs12 } from '../src/cades.js';

const [p12Path, password, data] = process.argv.slice(2);
try {
  process.stdout.write(signWithPkcs12(readFileSync(p12Path).toString('binary'), password, data));
} catch (e) {
  process.stderr.write(e.message + '\n');
  process.exit(1);
}
