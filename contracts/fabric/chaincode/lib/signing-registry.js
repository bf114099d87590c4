'use strict';
// Same semantics as contracts/evm/SigningRegistry.sol, with MSP ids in place of EVM accounts:
// - init(): the first caller (an admin of its MSP) becomes the owner MSP and its first writer;
// - setWriter(mspId, allowed): owner MSP admins only;
// - record(subject, entryHash, kind): allow-listed writer MSPs, once per entry hash;
// - anchor(treeSize, root): allow-listed writer MSPs, tree size never goes backwards;
// - getEntry(entryHash), entriesBySubject(subject), latestAnchor(), isWriter(mspId).
// No global counter is kept: a key every record writes would make concurrent records MVCC conflicts.
const { Contract } = require('fabric-contract-api');

const OWNER_KEY = 'owner';
const ANCHOR_KEY = 'anchor';
const HEX32 = /^[0-9a-f]{64}$/;

function fail(message) {
  throw new Error(`SigningRegistry: ${message}`);
}

function hex32(value, name) {
  if (typeof value !== 'string' || !HEX32.test(value)) fail(`${name} must be 32 bytes of lower-case hex`);
  return value;
}

function isAdmin(ctx) {
  // NodeOUs: an admin certificate carries OU=admin in its subject (getID() = "x509::<subject>::<issuer>").
  const subject = ctx.clientIdentity.getID().split('::')[1] || '';
  return subject.split('/').includes('OU=admin');
}

function json(value) {
  return Buffer.from(JSON.stringify(value));
}

class SigningRegistry extends Contract {
  constructor() {
    super('SigningRegistry');
  }

  async init(ctx) {
    if ((await ctx.stub.getState(OWNER_KEY)).length > 0) fail('already initialised');
    if (!isAdmin(ctx)) fail('init needs an admin identity');
    const msp = ctx.clientIdentity.getMSPID();
    await ctx.stub.putState(OWNER_KEY, Buffer.from(msp));
    await this._putWriter(ctx, msp, true);
    return msp;
  }

  async setWriter(ctx, mspId, allowed) {
    const owner = (await ctx.stub.getState(OWNER_KEY)).toString();
    if (!owner) fail('not initialised');
    if (ctx.clientIdentity.getMSPID() !== owner || !isAdmin(ctx)) fail('caller is not the owner');
    if (typeof mspId !== 'string' || !/^[A-Za-z0-9.-]{1,64}$/.test(mspId)) fail('bad MSP id');
    await this._putWriter(ctx, mspId, allowed === 'true');
  }

  async isWriter(ctx, mspId) {
    const key = ctx.stub.createCompositeKey('writer', [mspId]);
    return (await ctx.stub.getState(key)).toString() === '1';
  }

  async record(ctx, subject, entryHash, kind) {
    await this._requireWriter(ctx);
    hex32(subject, 'subject');
    hex32(entryHash, 'entryHash');
    const k = Number(kind);
    if (!/^\d{1,3}$/.test(String(kind)) || k > 255) fail('kind must be 0..255');
    const key = ctx.stub.createCompositeKey('entry', [entryHash]);
    const existing = await ctx.stub.getState(key);
    if (existing.length > 0) {
      const earlier = JSON.parse(existing.toString());
      fail(`entry already recorded in transaction ${earlier.txId}`);
    }
    const ts = ctx.stub.getTxTimestamp();
    const entry = {
      subject,
      entryHash,
      kind: k,
      writer: ctx.clientIdentity.getMSPID(),
      txId: ctx.stub.getTxID(),
      timestamp: Number(ts.seconds) * 1000 + Math.floor(ts.nanos / 1e6),
    };
    await ctx.stub.putState(key, json(entry));
    await ctx.stub.putState(ctx.stub.createCompositeKey('subject', [subject, entryHash]), Buffer.from([0]));
    ctx.stub.setEvent('Recorded', json(entry));
    return JSON.stringify(entry);
  }

  async anchor(ctx, treeSize, root) {
    await this._requireWriter(ctx);
    hex32(root, 'root');
    if (!/^\d{1,19}$/.test(String(treeSize))) fail('treeSize must be a non-negative integer');
    const size = BigInt(treeSize);
    const latest = await ctx.stub.getState(ANCHOR_KEY);
    if (latest.length > 0 && size < BigInt(JSON.parse(latest.toString()).treeSize)) fail('tree size went backwards');
    const value = { treeSize: size.toString(), root, writer: ctx.clientIdentity.getMSPID(), txId: ctx.stub.getTxID() };
    await ctx.stub.putState(ANCHOR_KEY, json(value));
    ctx.stub.setEvent('Anchored', json(value));
    return JSON.stringify(value);
  }

  async getEntry(ctx, entryHash) {
    hex32(entryHash, 'entryHash');
    const value = await ctx.stub.getState(ctx.stub.createCompositeKey('entry', [entryHash]));
    return value.length > 0 ? value.toString() : '';
  }

  async entriesBySubject(ctx, subject) {
    hex32(subject, 'subject');
    const out = [];
    const it = await ctx.stub.getStateByPartialCompositeKey('subject', [subject]);
    try {
      for (let r = await it.next(); !r.done; r = await it.next()) {
        const { attributes } = ctx.stub.splitCompositeKey(r.value.key);
        const value = await ctx.stub.getState(ctx.stub.createCompositeKey('entry', [attributes[1]]));
        out.push(JSON.parse(value.toString()));
      }
    } finally {
      await it.close();
    }
    return JSON.stringify(out);
  }

  async latestAnchor(ctx) {
    const value = await ctx.stub.getState(ANCHOR_KEY);
    return value.length > 0 ? value.toString() : '';
  }

  async _requireWriter(ctx) {
    if (!(await this.isWriter(ctx, ctx.clientIdentity.getMSPID()))) fail('writer not allow-listed');
  }

  async _putWriter(ctx, msp, allowed) {
    const key = ctx.stub.createCompositeKey('writer', [msp]);
    if (allowed) await ctx.stub.putState(key, Buffer.from('1'));
    else await ctx.stub.deleteState(key);
  }
}

module.exports = SigningRegistry;
