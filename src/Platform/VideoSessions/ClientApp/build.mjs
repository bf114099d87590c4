// Bundles the video-session browser code into ../../wwwroot/js/video/room.js (`npm run build`,
// which scripts/install-deps.sh calls for every folder with a tracked package-lock.json).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/room.js'],
  outfile: '../../wwwroot/js/video/room.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'info',
});
