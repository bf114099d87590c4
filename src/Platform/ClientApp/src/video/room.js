// The video room (A.21, A.30): SignalR signalling + a WebRTC mesh among the participants (KTK
// representative, tenant, spouse, registrar). The newcomer offers to every peer already in the room;
// offers, answers and ICE candidates travel through the hub, which relays them only within the session.
// The registrar's panel shows each participant's EDS identity and records the signed verdict.
import { signWithNcaLayer } from '../ncalayer.js';
import { signWithPkcs12 } from '../cades.js';
import * as signalR from '@microsoft/signalr';
import { readFileAsBinary, setStatus, el } from './dom.js';
import { wireRegistrar } from './registrar.js';
import { api } from './api.js';

const root = document.getElementById('video-room');
if (root) wire(root);

function wire(root) {
  const peers = new Map(); // connectionId -> { pc, info, video, queued: [] }
  const videos = root.querySelector('#videos');
  const status = root.querySelector('#room-status');
  const roleNames = JSON.parse(root.dataset.roleNames || '{}');
  let connection = null;
  let localStream = null;
  let rtcConfig = { iceServers: [] };
  let markReady;
  let ready = new Promise((r) => { markReady = r; });

  function tile(id, label, role) {
    const video = el('video', { autoplay: true, playsInline: true });
    const figure = el('figure', { className: 'tile', dataset: { peer: id, role } }, [video, el('figcaption', {}, [label])]);
    videos.appendChild(figure);
    return video;
  }

  const send = (to, message) => connection.invoke('Signal', to, JSON.stringify(message)).catch((e) => setStatus(status, e.message, true));

  function ensurePeer(info, initiator) {
    let peer = peers.get(info.connectionId);
    if (peer) return peer;
    const pc = new RTCPeerConnection(rtcConfig);
    const video = tile(info.connectionId, `${info.fullName} · ${roleNames[info.role] || info.role}`, info.role);
    peer = { pc, info, video, queued: [] };
    peers.set(info.connectionId, peer);
    for (const track of localStream.getTracks()) pc.addTrack(track, localStream);
    pc.onicecandidate = (e) => { if (e.candidate) send(info.connectionId, { candidate: e.candidate.toJSON() }); };
    pc.ontrack = (e) => {
      if (video.srcObject !== e.streams[0]) {
        video.srcObject = e.streams[0];
        video.play().catch(() => {});
      }
    };
    pc.onconnectionstatechange = () => { video.parentElement.dataset.state = pc.connectionState; };
    if (initiator) {
      pc.setLocalDescription().then(() => send(info.connectionId, { description: pc.localDescription.toJSON() }));
    }
    return peer;
  }

  async function onSignal(from, message) {
    await ready;
    const peer = peers.get(from);
    if (!peer) return; // PeerJoined always arrives first; a signal from a stranger is ignored
    const { pc } = peer;
    if (message.description) {
      await pc.setRemoteDescription(message.description);
      if (message.description.type === 'offer') {
        await pc.setLocalDescription();
        await send(from, { description: pc.localDescription.toJSON() });
      }
      for (const c of peer.queued.splice(0)) await pc.addIceCandidate(c);
    } else if (message.candidate) {
      if (pc.remoteDescription) await pc.addIceCandidate(message.candidate);
      else peer.queued.push(message.candidate);
    }
  }

  function dropPeer(id) {
    const peer = peers.get(id);
    if (!peer) return;
    peer.pc.close();
    peer.video.parentElement.remove();
    peers.delete(id);
  }

  async function join() {
    const joinButton = root.querySelector('#join');
    joinButton.disabled = true;
    try {
      localStream = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 }, audio: true });
      const self = tile('local', root.dataset.textYou, root.dataset.role);
      self.muted = true;
      self.srcObject = localStream;
      connection = new signalR.HubConnectionBuilder().withUrl(root.dataset.hub).configureLogging(signalR.LogLevel.Warning).build();
      connection.on('PeerJoined', async (info) => { await ready; ensurePeer(info, false); });
      connection.on('PeerLeft', (id) => dropPeer(id));
      connection.on('Signal', (from, payload) => onSignal(from, JSON.parse(payload)).catch((e) => setStatus(status, e.message, true)));
      connection.onclose(() => { root.dataset.joined = 'false'; });
      await connection.start();
      const result = await connection.invoke('Join', root.dataset.session);
      rtcConfig = {
        iceServers: result.iceServers.map((s) => ({ urls: s.urls, username: s.username ?? undefined, credential: s.credential ?? undefined })),
      };
      markReady();
      for (const info of result.peers) ensurePeer(info, true);
      root.dataset.joined = 'true';
      root.querySelector('#leave').disabled = false;
      setStatus(status, '');
    } catch (e) {
      joinButton.disabled = false;
      localStream?.getTracks().forEach((t) => t.stop());
      videos.replaceChildren();
      if (connection) await connection.stop().catch(() => {});
      ready = new Promise((r) => { markReady = r; });
      setStatus(status, (e.message || String(e)).replace(/^.*HubException: /, ''), true);
      root.dataset.joined = 'refused';
    }
  }

  async function leave() {
    await connection?.invoke('Leave').catch(() => {});
    await connection?.stop();
    for (const id of [...peers.keys()]) dropPeer(id);
    localStream?.getTracks().forEach((t) => t.stop());
    videos.replaceChildren();
    root.querySelector('#leave').disabled = true;
    root.querySelector('#join').disabled = false;
    ready = new Promise((r) => { markReady = r; });
  }

  root.querySelector('#join').addEventListener('click', join);
  root.querySelector('#leave').addEventListener('click', leave);
  wireIdentity(root);
  if (root.dataset.role === 'Registrar') wireRegistrar(root);

  // For operators and tests: decoded frames per inbound video stream, per peer.
  window.rtoVideo = {
    peerCount: () => peers.size,
    // One entry per peer: decoded frames summed over its inbound video reports (an SSRC change may
    // show two for a moment).
    async inboundVideo() {
      const out = [];
      for (const [id, { pc, info }] of peers) {
        const stats = await pc.getStats();
        let reports = 0;
        let framesDecoded = 0;
        stats.forEach((r) => {
          if (r.type === 'inbound-rtp' && r.kind === 'video') {
            reports += 1;
            framesDecoded += r.framesDecoded || 0;
          }
        });
        if (reports > 0) out.push({ peer: id, role: info.role, framesDecoded });
      }
      return out;
    },
  };
}

// A.21: the participant proves, in the session, that they hold the EDS of the logged-in account.
function wireIdentity(root) {
  const status = root.querySelector('#identity-status');
  async function confirm(sign) {
    try {
      const challenge = await api(`${root.dataset.api}/identity/challenge`, {});
      const cms = await sign(challenge.data);
      await api(`${root.dataset.api}/identity`, { token: challenge.token, cms });
      setStatus(status, root.dataset.textConfirmed);
      status.dataset.confirmed = 'true';
    } catch (e) {
      setStatus(status, e.message, true);
    }
  }
  root.querySelector('#identity-ncalayer').addEventListener('click', () =>
    confirm((data) => signWithNcaLayer(data, { purpose: 'auth', locale: document.documentElement.lang })));
  root.querySelector('#identity-p12-submit').addEventListener('click', async () => {
    const file = root.querySelector('#identity-p12').files[0];
    if (!file) return setStatus(status, 'Choose the .p12 file of your AUTH key.', true);
    const p12 = await readFileAsBinary(file);
    const password = root.querySelector('#identity-password').value;
    await confirm(async (data) => signWithPkcs12(p12, password, data));
  });
}
