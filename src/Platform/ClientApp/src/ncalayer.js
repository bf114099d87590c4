// NCALayer client: the WebSocket protocol every Kazakh e-gov site uses to ask the user's local
// NCALayer (or the compatible `rto signer serve`) for a CMS signature. Two request shapes exist:
//   basics  (NCALayer 1.4+): {"module":"kz.gov.pki.knca.basics","method":"sign","args":{...}}
//            reply {"status":true,"body":{"result":["<base64 CMS>"]}} or {"status":false,"code":..,"message":..}
//   commonUtils (legacy):    {"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64",
//            "args":["PKCS12","SIGNATURE"|"AUTHENTICATION","<base64>",false]}
//            reply {"code":"200","responseObject":"<base64 CMS>"} or {"code":"500","message":..}
// On connect NCALayer may first send {"result":{"version":"..."}}; that greeting is skipped.

export const DEFAULT_URLS = ['wss://127.0.0.1:13579/', 'ws://127.0.0.1:13579/'];

const OID_CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const OID_EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';

/** One request/response over a fresh socket. */
function exchange(url, request, timeoutMs) {
  return new Promise((resolve, reject) => {
    let ws;
    try {
      ws = new WebSocket(url);
    } catch (e) {
      reject(new Error(`NCALayer is not reachable at ${url}: ${e.message}`));
      return;
    }
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error(`NCALayer did not answer within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    ws.onopen = () => ws.send(JSON.stringify(request));
    ws.onerror = () => {
      clearTimeout(timer);
      reject(new Error(`NCALayer is not running (no answer at ${url}).`));
    };
    ws.onmessage = (event) => {
      let reply;
      try {
        reply = JSON.parse(event.data);
      } catch {
        return;
      }
      if (reply && reply.result && reply.result.version && !('status' in reply) && !('code' in reply)) return; // greeting
      clearTimeout(timer);
      ws.close();
      resolve(reply);
    };
  });
}

/** Builds the request in the given protocol shape. */
export function buildRequest(shape, base64Data, purpose, locale = 'kk') {
  if (shape === 'basics') {
    return {
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: ['PKCS12', 'AKKaztokenStore', 'AKKZIDCardStore'],
        format: 'cms',
        data: base64Data,
        signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: {} },
        signerParams: { extKeyUsageOids: [purpose === 'auth' ? OID_CLIENT_AUTH : OID_EMAIL_PROTECTION], chain: [] },
        locale: locale === 'kk' ? 'kk' : locale === 'en' ? 'en' : 'ru',
      },
    };
  }
  return {
    module: 'kz.gov.pki.knca.commonUtils',
    method: 'createCAdESFromBase64',
    args: ['PKCS12', purpose === 'auth' ? 'AUTHENTICATION' : 'SIGNATURE', base64Data, false],
  };
}

/** Extracts the CMS from a reply of either shape, or throws with NCALayer's own message. */
export function parseReply(reply) {
  if (reply && 'status' in reply) {
    if (reply.status === true && reply.body && Array.isArray(reply.body.result) && reply.body.result[0]) return reply.body.result[0];
    throw new Error(reply.message || `NCALayer refused (code ${reply.code ?? 'unknown'}).`);
  }
  if (reply && 'code' in reply) {
    if (String(reply.code) === '200' && reply.responseObject) return reply.responseObject;
    throw new Error(reply.message || `NCALayer refused (code ${reply.code}).`);
  }
  throw new Error('NCALayer sent an answer this page does not understand.');
}

function isUnknownModule(error) {
  return /module|method|unknown|not found|not supported/i.test(error.message);
}

/**
 * Signs base64 data through NCALayer: tries each URL, the `basics` shape first and the legacy
 * `commonUtils` shape when the module is not known. `purpose` is 'auth' (AUTH key) or 'sign'.
 */
export async function signWithNcaLayer(base64Data, { purpose = 'sign', urls = DEFAULT_URLS, timeoutMs = 120000, locale } = {}) {
  let lastError = new Error('NCALayer is not running.');
  for (const url of urls) {
    for (const shape of ['basics', 'commonUtils']) {
      let reply;
      try {
        reply = await exchange(url, buildRequest(shape, base64Data, purpose, locale), timeoutMs);
      } catch (e) {
        lastError = e;
        break; // socket problem: try the next URL
      }
      try {
        return parseReply(reply);
      } catch (e) {
        lastError = e;
        if (shape === 'basics' && isUnknownModule(e)) continue; // older NCALayer: legacy shape
        throw e;
      }
    }
  }
  throw lastError;
}
