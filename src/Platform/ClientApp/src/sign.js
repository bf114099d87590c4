// Document signing widget (#eds-sign): signs the page's document bytes with the SIGNING key through NCALayer
// or a .p12 in the browser, and posts {language, cms} as JSON. The key never leaves the browser.
import { signWithNcaLayer } from './ncalayer.js';
import { signWithPkcs12 } from './cades.js';
import { readFileAsBinary, show } from './ui.js';
import { wireEgovSign } from './egov.js';

async function submit(root, cms) {
  const response = await fetch(root.dataset.submitUrl, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': root.dataset.token },
    body: JSON.stringify({ language: root.dataset.language, cms }),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || `HTTP ${response.status}`);
  return json;
}

async function run(root, sign) {
  const status = root.querySelector('[data-role=status]');
  try {
    show(status, root.dataset.textWorking);
    const cms = await sign(root.dataset.document);
    await submit(root, cms);
    window.location.assign(root.dataset.redirect || window.location.pathname);
  } catch (e) {
    show(status, e.message, true);
  }
}

export function wireSign() {
  const root = document.getElementById('eds-sign');
  if (!root) return;
  const urls = (root.dataset.ncalayerUrls || '').split(' ').filter(Boolean);
  root.querySelector('#sign-ncalayer')?.addEventListener('click', () =>
    run(root, (data) => signWithNcaLayer(data, { purpose: 'sign', locale: document.documentElement.lang, urls: urls.length ? urls : undefined })));
  root.querySelector('#sign-p12')?.addEventListener('click', async () => {
    const file = root.querySelector('#sign-p12-file').files[0];
    if (!file) {
      show(root.querySelector('[data-role=status]'), root.dataset.textNofile, true);
      return;
    }
    const p12 = await readFileAsBinary(file);
    const password = root.querySelector('#sign-p12-password').value;
    await run(root, async (data) => signWithPkcs12(p12, password, data));
  });
  wireEgovSign(root, submit);
}
