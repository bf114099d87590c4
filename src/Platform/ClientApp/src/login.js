// The EDS login page (/Login): get a challenge, sign it with the AUTH key (NCALayer or a .p12 in the
// browser): the signed content is a text naming this site, the nonce and the time (NCALayer shows it);
// send the CMS from this browser (the challenge is bound to its pre-login cookie), follow the redirect.
// The page carries the URLs and the anti-forgery token.
import { signWithNcaLayer } from './ncalayer.js';
import { signWithPkcs12 } from './cades.js';
import { readFileAsBinary, show } from './ui.js';
import { wireEgovLogin } from './egov.js';

async function post(url, token, body) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
    body: JSON.stringify(body ?? {}),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || `HTTP ${response.status}`);
  return json;
}

async function login(root, sign) {
  const token = root.dataset.token;
  const status = root.querySelector('[data-role=status]');
  try {
    show(status, root.dataset.textWorking);
    const challenge = await post(root.dataset.challengeUrl, token);
    const cms = await sign(challenge.content); // the text naming this site, the nonce and the time
    const result = await post(root.dataset.loginUrl, token, { nonce: challenge.nonce, cms });
    window.location.assign(result.redirect || '/');
  } catch (e) {
    show(status, e.message, true);
  }
}

function ncaLayerUrls(root) {
  const urls = (root.dataset.ncalayerUrls || '').split(' ').filter(Boolean);
  return urls.length ? urls : undefined;
}

export function wireLogin() {
  const root = document.getElementById('eds-login');
  if (!root) return;
  const locale = document.documentElement.lang;
  root.querySelector('#login-ncalayer')?.addEventListener('click', () =>
    login(root, (data) => signWithNcaLayer(data, { purpose: 'auth', locale, urls: ncaLayerUrls(root) })));
  root.querySelector('#login-p12')?.addEventListener('click', async () => {
    const file = root.querySelector('#p12-file').files[0];
    const password = root.querySelector('#p12-password').value;
    if (!file) {
      show(root.querySelector('[data-role=status]'), root.dataset.textNofile, true);
      return;
    }
    const p12 = await readFileAsBinary(file);
    await login(root, async (data) => signWithPkcs12(p12, password, data));
  });
  wireEgovLogin(root);
}
