// eGov mobile QR signing (issue 14 §2): the page opens a one-time procedure for the bytes it would sign, shows its QR
// (and the deep link for the same phone), polls until the phone has put the CMS back, then hands the CMS to the same
// submit as NCALayer and the .p12 (login: /api/auth/login with the nonce; a document: the widget's submit URL).
import { show } from './ui.js';

const POLL_MS = 2000;

async function call(url, { method = 'GET', token, procedureToken, body } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers['X-CSRF-TOKEN'] = token;
  if (procedureToken) headers['X-Procedure-Token'] = procedureToken;
  const response = await fetch(url, { method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || `HTTP ${response.status}`);
  return json;
}

function showQr(root, procedure) {
  const box = root.querySelector('[data-role=egov-qr]');
  const img = box.querySelector('img');
  img.src = 'data:image/svg+xml;base64,' + btoa(procedure.qrSvg);
  box.querySelector('a').href = procedure.deepLink;
  box.dataset.qr = procedure.qr;
  box.hidden = false;
}

// Polls the procedure until the phone has signed (returns the CMS) or it expires (throws).
async function waitForSignature(root, statusUrl, procedure, expiredText = root.dataset.textEgovExpired) {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const status = await call(statusUrl, { procedureToken: procedure.pageToken });
    if (status.status === 'signed') return status.cms;
    if (status.status === 'expired') {
      root.querySelector('[data-role=egov-qr]').hidden = true;
      throw new Error(expiredText || 'The QR code has expired.');
    }
  }
}

/**
 * Signs by QR inside `box` (the element holding [data-role=egov-qr]) for a page with its own submit (the registrar's
 * verdict in the video room): `open()` opens the procedure; resolves with the CMS once the phone has put it back.
 */
export async function signByQr(box, open, { onWaiting, expiredText } = {}) {
  const procedure = await open();
  showQr(box, procedure);
  onWaiting?.();
  return waitForSignature(box, `/api/egov-mobile/procedures/${procedure.id}`, procedure, expiredText);
}

async function run(root, open, statusUrl, finish) {
  const status = root.querySelector('[data-role=status]');
  try {
    const procedure = await open();
    showQr(root, procedure);
    show(status, root.dataset.textEgovWaiting);
    const cms = await waitForSignature(root, statusUrl(procedure), procedure);
    show(status, root.dataset.textWorking);
    await finish(cms);
  } catch (e) {
    show(status, e.message, true);
  }
}

/** The signing widget (#eds-sign): sign its document by QR; `submit(root, cms)` is the widget's own submit. */
export function wireEgovSign(root, submit) {
  root.querySelector('#sign-egov')?.addEventListener('click', () => run(root,
    () => call('/api/egov-mobile/procedures', { method: 'POST', token: root.dataset.token, body: { document: root.dataset.document, name: document.title, purpose: root.dataset.purpose } }),
    (p) => `/api/egov-mobile/procedures/${p.id}`,
    async (cms) => {
      await submit(root, cms);
      window.location.assign(root.dataset.redirect || window.location.pathname);
    }));
}

/** The login page (#eds-login): log in by QR; the procedure is bound to this browser's challenge. */
export function wireEgovLogin(root) {
  root.querySelector('#login-egov')?.addEventListener('click', async () => {
    let nonce;
    await run(root,
      async () => {
        const challenge = await call(root.dataset.challengeUrl, { method: 'POST', token: root.dataset.token, body: {} });
        nonce = challenge.nonce;
        return call('/api/auth/egov-mobile', { method: 'POST', token: root.dataset.token, body: { nonce } });
      },
      (p) => `/api/auth/egov-mobile/${p.id}`,
      async (cms) => {
        const result = await call(root.dataset.loginUrl, { method: 'POST', token: root.dataset.token, body: { nonce, cms } });
        window.location.assign(result.redirect || '/');
      });
  });
}
