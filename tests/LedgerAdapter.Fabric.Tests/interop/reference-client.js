'use strict';
// The reference Fabric Gateway client (@hyperledger/fabric-gateway) records one entry as the given identity and
// prints, as one JSON line, the proposal and prepared transaction bytes it signed plus the commit status, so the
// C# test can compare them with its own encoding and decode the transaction.
// Usage: node reference-client.js CONNECTION_JSON MSP_ID SUBJECT_HEX ENTRY_HASH_HEX KIND
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const { connect, hash, signers } = require('@hyperledger/fabric-gateway');

async function main() {
  const [profilePath, mspId, subject, entryHash, kind] = process.argv.slice(2);
  const dir = path.dirname(path.resolve(profilePath));
  const profile = JSON.parse(fs.readFileSync(profilePath, 'utf8'));
  const org = profile.organizations[mspId];
  const peer = profile.peers[org.peer];
  const keyDir = path.resolve(dir, org.user.keyDir);

  const client = new grpc.Client(peer.address, grpc.credentials.createSsl(fs.readFileSync(path.resolve(dir, peer.tlsRootCertFile))));
  const gateway = connect({
    client,
    identity: { mspId, credentials: fs.readFileSync(path.resolve(dir, org.user.certFile)) },
    signer: signers.newPrivateKeySigner(crypto.createPrivateKey(fs.readFileSync(path.join(keyDir, fs.readdirSync(keyDir)[0])))),
    hash: hash.sha256,
    evaluateOptions: () => ({ deadline: Date.now() + 15000 }),
    endorseOptions: () => ({ deadline: Date.now() + 15000 }),
    submitOptions: () => ({ deadline: Date.now() + 10000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 30000 }),
  });
  try {
    const contract = gateway.getNetwork(profile.channel).getContract(profile.chaincode, profile.contract);
    const proposal = contract.newProposal('record', { arguments: [subject, entryHash, kind] });
    const transaction = await proposal.endorse();
    const commit = await transaction.submit();
    const status = await commit.getStatus();
    const entry = await contract.evaluateTransaction('getEntry', entryHash);
    process.stdout.write(JSON.stringify({
      transactionId: proposal.getTransactionId(),
      proposal: Buffer.from(proposal.getBytes()).toString('base64'),
      prepared: Buffer.from(transaction.getBytes()).toString('base64'),
      result: Buffer.from(transaction.getResult()).toString('utf8'),
      code: status.code,
      successful: status.successful,
      blockNumber: status.blockNumber.toString(),
      entry: Buffer.from(entry).toString('utf8'),
    }) + '\n');
  } finally {
    gateway.close();
    client.close();
  }
}

main().catch((e) => {
  process.stderr.write(`reference-client: ${e.stack || e}\n${JSON.stringify(e.details || [])}\n`);
  process.exit(1);
});
