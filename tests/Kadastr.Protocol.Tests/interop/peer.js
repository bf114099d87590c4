// Reference gRPC peer (@grpc/grpc-js, loaded from contracts/proto/kadastr.proto) for the
// Kadastr.Protocol interop tests and the `grpc` bench suite.
//   node peer.js server                         -> prints {"port":N}, serves until stdin closes
//   node peer.js client <host:port> <token>     -> runs the interop scenarios against a server, prints JSON
//   node peer.js bench <host:port> <ms> <conc>  -> unary round trips for <ms>, prints JSON
'use strict';
const path = require('path');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const PROTO = path.resolve(__dirname, '../../../contracts/proto/kadastr.proto');
const def = loader.loadSync(PROTO, { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
const pkg = grpc.loadPackageDefinition(def).rto.kadastr.v1;
const Registry = pkg.RealEstateRegistry;
const TOKEN = 'secret-token';
const MAX_RECEIVE = 64 * 1024;

// The behaviour mirrored by the C# InteropRegistry in the test project.
const service = {
  SubmitApplication(call, cb) {
    const app = call.request.application || {};
    if (app.id === 'fail') {
      return cb({ code: grpc.status.INVALID_ARGUMENT, details: 'bad application: қате / ошибка 100%' });
    }
    if (app.id === 'auth' && call.metadata.get('authorization')[0] !== 'Bearer ' + TOKEN) {
      return cb({ code: grpc.status.UNAUTHENTICATED, details: 'missing or wrong token' });
    }
    const md = new grpc.Metadata();
    md.set('x-echo-token', String(call.metadata.get('authorization')[0] || ''));
    const bin = call.metadata.get('x-request-bin')[0];
    if (bin) md.set('x-echo-bin', Buffer.from(bin));
    call.sendMetadata(md);
    const trailer = new grpc.Metadata();
    trailer.set('x-trailer', 'trailer-value');
    trailer.set('x-data-bin', Buffer.from([1, 2, 3, 250]));
    cb(null, { id: app.id, kind: app.kind, cadastralNumber: app.cadastralNumber, status: 'RECEIVED', parties: app.parties }, trailer);
  },
  GetApplication(call, cb) {
    const id = call.request.id;
    if (id === 'missing') return cb({ code: grpc.status.NOT_FOUND, details: 'application missing not found' });
    if (id === 'slow') {
      const t = setTimeout(() => cb(null, { id }), 3000);
      call.on('cancelled', () => clearTimeout(t));
      return;
    }
    if (id === 'deadline') {
      const d = call.getDeadline();
      const left = d instanceof Date ? d.getTime() - Date.now() : (d === Infinity ? -1 : d - Date.now());
      return cb(null, { id, cadastralNumber: String(Math.round(left)) });
    }
    cb(null, { id, status: 'UNDER_REVIEW' });
  },
  WatchApplication(call) {
    const id = call.request.id;
    const after = Number(call.request.afterSequence || 0);
    if (id === 'stream-slow') {
      let seq = after;
      const t = setInterval(() => call.write({ applicationId: id, sequence: ++seq, status: 'UNDER_REVIEW' }), 50);
      call.on('cancelled', () => clearInterval(t));
      return;
    }
    const n = id === 'stream-fail' ? 2 : Number((id.match(/^stream-(\d+)$/) || [0, 5])[1]);
    for (let i = 1; i <= n; i++) call.write({ applicationId: id, sequence: after + i, status: 'UNDER_REVIEW' });
    if (id === 'stream-fail') return call.emit('error', { code: grpc.status.ABORTED, details: 'stream aborted on purpose' });
    call.end();
  },
};

function serve() {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_RECEIVE });
  server.addService(Registry.service, service);
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) { console.error(err); process.exit(1); }
    process.stdout.write(JSON.stringify({ port }) + '\n');
  });
  process.stdin.resume();
  process.stdin.on('end', () => server.tryShutdown(() => process.exit(0)));
  process.on('SIGTERM', () => server.forceShutdown() || process.exit(0));
}

const deadlineIn = (ms) => new Date(Date.now() + ms);
const outcome = (err, extra) => Object.assign(err ? { code: err.code, details: err.details } : { code: 0 }, extra || {});

function unary(client, method, req, md, opts) {
  return new Promise((resolve) => {
    let headers = null;
    let trailers = null;
    const call = client[method](req, md || new grpc.Metadata(), opts || {}, (err, res) => {
      setImmediate(() => resolve({ err, res, headers, trailers }));
    });
    call.on('metadata', (m) => { headers = m; });
    call.on('status', (s) => { trailers = s.metadata; });
  });
}

function stream(client, req, opts, cancelAfter) {
  return new Promise((resolve) => {
    const seqs = [];
    const call = client.WatchApplication(req, new grpc.Metadata(), opts || {});
    call.on('data', (e) => { seqs.push(Number(e.sequence)); if (cancelAfter && seqs.length === cancelAfter) call.cancel(); });
    call.on('error', (err) => resolve(outcome(err, { seqs })));
    call.on('end', () => setImmediate(() => resolve({ code: 0, seqs })));
  });
}

async function runClient(address, token) {
  const client = new Registry(address, grpc.credentials.createInsecure(), { 'grpc.max_receive_message_length': MAX_RECEIVE });
  const results = {};
  const md = new grpc.Metadata();
  md.set('authorization', 'Bearer ' + token);
  md.set('x-request-bin', Buffer.from([9, 8, 7]));

  let r = await unary(client, 'SubmitApplication', { application: { id: 'app-1', kind: 'LEASE_ENCUMBRANCE_REGISTRATION', cadastralNumber: '20:320:000:111', parties: [{ role: 'RECIPIENT', iin: '900101300123' }] } }, md);
  results.unary = outcome(r.err, r.res && {
    id: r.res.id, kind: r.res.kind, status: r.res.status, cadastralNumber: r.res.cadastralNumber,
    partyIin: r.res.parties[0] && r.res.parties[0].iin,
    echoToken: r.headers && r.headers.get('x-echo-token')[0],
    echoBin: r.headers && r.headers.get('x-echo-bin').map((b) => Buffer.from(b).toString('hex'))[0],
    trailer: r.trailers && r.trailers.get('x-trailer')[0],
  });
  r = await unary(client, 'SubmitApplication', { application: { id: 'auth' } }, new grpc.Metadata());
  results.unauthenticated = outcome(r.err);
  r = await unary(client, 'SubmitApplication', { application: { id: 'fail' } });
  results.error = outcome(r.err);
  r = await unary(client, 'GetApplication', { id: 'missing' });
  results.notFound = outcome(r.err);
  r = await unary(client, 'GetApplication', { id: 'slow' }, null, { deadline: deadlineIn(300) });
  results.deadline = outcome(r.err);
  r = await unary(client, 'GetApplication', { id: 'deadline' }, null, { deadline: deadlineIn(5000) });
  results.deadlineSeen = outcome(r.err, r.res && { leftMs: Number(r.res.cadastralNumber) });
  r = await unary(client, 'GetApplication', { id: 'x'.repeat(100 * 1024) });
  results.oversize = outcome(r.err);
  results.unimplemented = await new Promise((resolve) => {
    client.makeUnaryRequest('/rto.kadastr.v1.RealEstateRegistry/NoSuchMethod', (x) => x, (b) => b,
      Buffer.alloc(0), (err) => resolve(outcome(err)));
  });
  results.stream = await stream(client, { id: 'stream-5', afterSequence: 2 });
  results.streamError = await stream(client, { id: 'stream-fail' });
  // 3 s: the first events must arrive before the deadline even when the server's streaming path is cold and the
  // machine is busy (1 s once gave no event at all in a loaded CI run).
  results.streamDeadline = await stream(client, { id: 'stream-slow' }, { deadline: deadlineIn(3000) });
  results.streamCancel = await stream(client, { id: 'stream-slow' }, {}, 2);
  client.close();
  process.stdout.write(JSON.stringify(results) + '\n');
}

async function bench(address, ms, concurrency) {
  const client = new Registry(address, grpc.credentials.createInsecure());
  const req = { id: 'bench-application' };
  await new Promise((res) => client.GetApplication(req, () => res()));
  let calls = 0;
  let errors = 0;
  const end = Date.now() + ms;
  const started = process.hrtime.bigint();
  async function worker() {
    while (Date.now() < end) {
      await new Promise((res) => client.GetApplication(req, (err) => { if (err) errors++; else calls++; res(); }));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  client.close();
  process.stdout.write(JSON.stringify({ calls, errors, seconds }) + '\n');
}

const [mode, a1, a2, a3] = process.argv.slice(2);
if (mode === 'server') serve();
else if (mode === 'client') runClient(a1, a2 || TOKEN).catch((e) => { console.error(e); process.exit(1); });
else if (mode === 'bench') bench(a1, Number(a2 || 2000), Number(a3 || 32)).catch((e) => { console.error(e); process.exit(1); });
else { console.error('usage: node peer.js server | client <host:port> [token] | bench <host:port> <ms> <concurrency>'); process.exit(2); }
