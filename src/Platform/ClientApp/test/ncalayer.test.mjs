import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequest, parseReply } from '../src/ncalayer.js';

test('basics request asks for a detached CMS with the AUTH usage', () => {
  const r = buildRequest('basics', 'AAEC', 'auth', 'kk');
  assert.equal(r.module, 'kz.gov.pki.knca.basics');
  assert.equal(r.method, 'sign');
  assert.equal(r.args.data, 'AAEC');
  assert.equal(r.args.signingParams.encapsulate, false);
  assert.deepEqual(r.args.signerParams.extKeyUsageOids, ['1.3.6.1.5.5.7.3.2']);
});

test('legacy request uses createCAdESFromBase64 with the key type', () => {
  assert.deepEqual(buildRequest('commonUtils', 'AAEC', 'sign').args, ['PKCS12', 'SIGNATURE', 'AAEC', false]);
  assert.equal(buildRequest('commonUtils', 'AAEC', 'auth').args[1], 'AUTHENTICATION');
});

test('replies of both shapes give the CMS or NCALayer\'s message', () => {
  assert.equal(parseReply({ status: true, body: { result: ['MIIB'] } }), 'MIIB');
  assert.equal(parseReply({ code: '200', responseObject: 'MIIC' }), 'MIIC');
  assert.throws(() => parseReply({ status: false, code: 'canceled', message: 'action canceled' }), /action canceled/);
  assert.throws(() => parseReply({ code: '500', message: 'wrong password' }), /wrong password/);
  assert.throws(() => parseReply({ hello: 1 }), /does not understand/);
});
