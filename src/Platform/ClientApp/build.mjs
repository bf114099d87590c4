// One build for all browser code of the Platform (run by `npm run build`, which scripts/install-deps.sh calls):
//   src/main.js        → ../wwwroot/js/rto.js        NCALayer client, in-browser .p12 signer, login and signing widgets
//   src/video/room.js  → ../wwwroot/js/video/room.js the registrar's video room (A.21, A.30): SignalR + WebRTC
//   src/nav.js         → ../wwwroot/js/nav.js        the menu button on phones
//   src/styles/*.css   → ../wwwroot/css/             Pico CSS (from npm) and the cabinets' few own rules
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'info',
};

await build({
  ...common,
  entryPoints: { rto: 'src/main.js', 'video/room': 'src/video/room.js', nav: 'src/nav.js' },
  outdir: '../wwwroot/js',
  format: 'iife',
});

await build({
  ...common,
  entryPoints: { site: 'src/styles/site.css', video: 'src/styles/video.css' },
  outdir: '../wwwroot/css',
});
