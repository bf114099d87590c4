// Entry point of wwwroot/js/rto.js: wires the page it is loaded into (no inline scripts: CSP script-src 'self').
import { wireLogin } from './login.js';
import { wireSign } from './sign.js';
import { signWithNcaLayer, buildRequest, parseReply } from './ncalayer.js';
import { signWithPkcs12, createCadesBes, openPkcs12 } from './cades.js';

window.RentToOwn = { signWithNcaLayer, buildRequest, parseReply, signWithPkcs12, createCadesBes, openPkcs12 };

function wire() {
  wireLogin();
  wireSign();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
else wire();
