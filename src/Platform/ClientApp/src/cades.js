// CAdES-BES (detached CMS SignedData, RFC 5652 + ETSI EN 319 122-1) built in the browser with node-forge's
// ASN.1 and RSA primitives. Signed attributes: content-type, signing-time, message-digest and
// signing-certificate-v2 (RFC 5035, ESSCertIDv2 with SHA-256), the set CAdES-BES requires.
// The private key is used here and never leaves the page.
import forge from 'node-forge';

const asn1 = forge.asn1;
const { Class, Type } = asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

const seq = (items) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
const set = (items) => asn1.create(Class.UNIVERSAL, Type.SET, true, items);
const oid = (o) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (bytes) => asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes);
const int = (n) => asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = () => asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const der = (node) => asn1.toDer(node).getBytes();

function time(date) {
  // RFC 5652 11.3: UTCTime for 1950–2049, GeneralizedTime otherwise.
  return date.getUTCFullYear() < 2050
    ? asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(Class.UNIVERSAL, Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

function attribute(type, value) {
  return seq([oid(type), set([value])]);
}

/** DER SET OF: elements sorted by their encodings (X.690 11.6). */
function derSetOf(nodes) {
  const encoded = nodes.map(der).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return set(encoded.map((e) => asn1.fromDer(e)));
}

function sha256(binary) {
  const md = forge.md.sha256.create();
  md.update(binary);
  return md.digest().getBytes();
}

/**
 * Signs `data` (a binary string) with `privateKey` (forge RSA key) and `certificate` (forge certificate),
 * detached. `chain` adds further certificates (CA) to the SignedData. Returns DER as a binary string.
 */
export function createCadesBes({ data, privateKey, certificate, chain = [], signingTime = new Date() }) {
  if (!privateKey || !privateKey.n) throw new Error('Only RSA keys can sign in the browser; use NCALayer for GOST keys.');
  const certDer = der(forge.pki.certificateToAsn1(certificate));
  const certAsn1 = forge.pki.certificateToAsn1(certificate);
  const tbs = certAsn1.value[0].value;
  // tbsCertificate: [0] version, serialNumber, signature, issuer, ...
  const hasVersion = tbs[0].tagClass === Class.CONTEXT_SPECIFIC;
  const serial = tbs[hasVersion ? 1 : 0];
  const issuer = tbs[hasVersion ? 3 : 2];
  const issuerAndSerial = seq([asn1.fromDer(der(issuer)), asn1.fromDer(der(serial))]);

  // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash, issuerSerial }
  const issuerSerialV2 = seq([
    seq([asn1.create(Class.CONTEXT_SPECIFIC, 4, true, [asn1.fromDer(der(issuer))])]),
    asn1.fromDer(der(serial)),
  ]);
  const essCertIdV2 = seq([octets(sha256(certDer)), issuerSerialV2]);
  const signingCertificateV2 = seq([seq([essCertIdV2])]);

  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, time(signingTime)),
    attribute(OID.messageDigest, octets(sha256(data))),
    attribute(OID.signingCertificateV2, signingCertificateV2),
  ];
  const signedAttrsSet = derSetOf(attrs);
  // The signature covers the DER of SET OF (tag 0x31), RFC 5652 5.4.
  const md = forge.md.sha256.create();
  md.update(der(signedAttrsSet));
  const signature = privateKey.sign(md);
  const signedAttrsImplicit = asn1.create(Class.CONTEXT_SPECIFIC, 0, true, signedAttrsSet.value);

  const signerInfo = seq([
    int(1),
    issuerAndSerial,
    seq([oid(OID.sha256), nul()]),
    signedAttrsImplicit,
    seq([oid(OID.rsaEncryption), nul()]),
    octets(signature),
  ]);

  const certificates = [certificate, ...chain].map((c) => forge.pki.certificateToAsn1(c));
  const signedData = seq([
    int(1),
    set([seq([oid(OID.sha256), nul()])]),
    seq([oid(OID.data)]), // detached: no eContent
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, certificates),
    set([signerInfo]),
  ]);
  const contentInfo = seq([oid(OID.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]);
  return der(contentInfo);
}

/**
 * Opens a PKCS#12 file (binary string) with `password`; returns { privateKey, certificate, chain }.
 * Picks the certificate whose public key matches the private key. Throws a readable error on a wrong password.
 */
export function openPkcs12(p12Binary, password) {
  let p12;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(p12Binary), false, password);
  } catch (e) {
    throw new Error(`Cannot open the key file: wrong password or not a PKCS#12 (.p12) file (${e.message}).`);
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] || []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] || []),
  ];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] || [];
  const key = keyBags.map((b) => b.key).find((k) => k && k.n);
  if (!key) throw new Error('The key file holds no RSA private key (GOST keys need NCALayer).');
  const certs = certBags.map((b) => b.cert).filter(Boolean);
  const certificate = certs.find((c) => c.publicKey.n && c.publicKey.n.equals(key.n));
  if (!certificate) throw new Error('The key file holds no certificate for its private key.');
  return { privateKey: key, certificate, chain: certs.filter((c) => c !== certificate) };
}

/** Signs base64 data with a .p12 (binary string) and password; returns the CMS as base64. */
export function signWithPkcs12(p12Binary, password, base64Data, signingTime) {
  const { privateKey, certificate, chain } = openPkcs12(p12Binary, password);
  const cms = createCadesBes({ data: forge.util.decode64(base64Data), privateKey, certificate, chain, signingTime });
  return forge.util.encode64(cms);
}
