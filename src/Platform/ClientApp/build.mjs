// Bundles the browser code into ../wwwroot/js/rto.js (run by `npm run build`, which scripts/install-deps.sh calls).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.js'],
  outfile: '../wwwroot/js/rto.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'info',
});
