// The registrar's panel (A.21, A.23): each participant's EDS identity (name, masked IIN, role,
// certificate and any photo data), the join/leave log, and the checklist whose verdict the registrar
// signs once with their EDS (NCALayer, the in-browser .p12 signer or eGov mobile by QR): the cadastre's findings bytes,
// shown readably first.
import { signWithNcaLayer } from '../ncalayer.js';
import { signWithPkcs12 } from '../cades.js';
import { signByQr } from '../egov.js';
import { api } from './api.js';
import { el, setStatus, readFileAsBinary } from './dom.js';

export function wireRegistrar(root) {
  const list = root.querySelector('#participants');
  const log = root.querySelector('#session-log');
  const roleNames = JSON.parse(root.dataset.roleNames || '{}');
  const t = root.dataset;

  function photo(p) {
    if (!p.certificateSubject) return el('span', { className: 'photo pending' }, [t.textPending]);
    if (p.photos.length === 0) return el('span', { className: 'photo none' }, [t.textNophoto]);
    const first = p.photos[0];
    if (first.inlineImage) return el('img', { className: 'photo', src: first.inlineImage, alt: p.fullName, width: 96 });
    return el('span', { className: 'photo hash' }, [`${first.hashAlgorithm}: ${first.hashHex}${first.sourceUri ? ` (${first.sourceUri})` : ''}`]);
  }

  function render(view) {
    list.replaceChildren(...view.participants.map((p) => el('li', { dataset: { participant: p.participantId, role: p.role, present: String(p.present) } }, [
      el('strong', {}, [p.fullName]), ` · ${roleNames[p.role] || p.role} · `,
      el('span', { className: 'iin' }, [p.maskedIin]), ` · ${p.present ? t.textPresent : t.textAbsent} · `,
      el('span', { className: 'identity' }, [p.identityConfirmedAt ? `${t.textConfirmed}: ${p.certificateSubject}` : t.textPending]), ' · ',
      photo(p),
    ])));
    log.replaceChildren(...view.log.map((l) => el('li', {}, [`${l.at} ${roleNames[l.role] || l.role} ${l.kind}`])));
  }

  async function refresh() {
    try {
      render(await api(t.api));
    } catch (e) {
      // keep the last view; the next poll retries
    }
  }
  refresh();
  setInterval(refresh, 2000);

  // A.21: the registrar signs once — the cadastre's findings bytes the platform prepares from the checklist and the
  // session log. "Show what I sign" reads them back; changing the checklist discards them.
  const status = root.querySelector('#verdict-status');
  const readable = root.querySelector('#verdict-readable');
  const readableText = root.querySelector('#verdict-readable-text');
  const checked = (id) => root.querySelector(id).checked;
  let prepared = null;
  function discard() {
    prepared = null;
    readable.hidden = true;
    readableText.textContent = '';
  }
  for (const id of ['#check-signatures', '#check-capacity', '#check-freewill', '#check-spouses', '#check-remark']) {
    root.querySelector(id).addEventListener('input', discard);
  }
  async function prepare() {
    prepared = await api(`${t.api}/verdict/prepare`, {
      signaturesAuthentic: checked('#check-signatures'),
      legalCapacity: checked('#check-capacity'),
      freeWill: checked('#check-freewill'),
      spousesPresent: checked('#check-spouses'),
      remark: root.querySelector('#check-remark').value,
    });
    readableText.textContent = prepared.readable.join('\n');
    readable.hidden = false;
    readable.dataset.sha256 = prepared.findingsSha256;
    return prepared;
  }
  root.querySelector('#verdict-prepare').addEventListener('click', async () => {
    try {
      await prepare();
      setStatus(status, '');
    } catch (e) {
      discard();
      setStatus(status, e.message, true);
    }
  });
  async function record(sign) {
    try {
      const draft = prepared || (await prepare());
      const cms = await sign(draft.findings);
      // A refused verdict (expired, the log changed) is prepared afresh next time; a failed signature keeps the draft.
      const verdict = await api(`${t.api}/verdict`, { findings: draft.findings, cms, remark: draft.remark }).catch((e) => {
        discard();
        throw e;
      });
      setStatus(status, `${t.textRecorded}: ${verdict.ledgerIndex}`);
      status.dataset.ledgerIndex = String(verdict.ledgerIndex);
      status.dataset.confirmed = String(verdict.confirmed);
    } catch (e) {
      setStatus(status, e.message, true);
    }
  }
  root.querySelector('#verdict-ncalayer').addEventListener('click', () =>
    record((data) => signWithNcaLayer(data, { purpose: 'sign', locale: document.documentElement.lang })));
  // eGov mobile: the same findings bytes by QR; the phone signs, the page records the verdict with that CMS.
  root.querySelector('#verdict-egov')?.addEventListener('click', () => {
    const form = root.querySelector('#verdict-form');
    return record((data) => signByQr(form,
      () => api('/api/egov-mobile/procedures', { document: data, name: document.title, purpose: 'verdict' }),
      { onWaiting: () => setStatus(status, form.dataset.textEgovWaiting || ''), expiredText: form.dataset.textEgovExpired }));
  });
  root.querySelector('#verdict-p12-submit').addEventListener('click', async () => {
    const file = root.querySelector('#verdict-p12').files[0];
    if (!file) return setStatus(status, 'Choose the .p12 file of your signing key.', true);
    const p12 = await readFileAsBinary(file);
    const password = root.querySelector('#verdict-password').value;
    await record(async (data) => signWithPkcs12(p12, password, data));
  });
}
