// JSON calls to the platform API with the session cookie; errors carry the server's problem detail.
// State-changing calls send the anti-forgery token (issue 15 §3), fetched from GET /api/antiforgery for this session.

async function antiforgeryHeader() {
  const response = await fetch('/api/antiforgery', { credentials: 'same-origin' });
  if (!response.ok) return {};
  const { headerName, token } = await response.json();
  return { [headerName]: token };
}

export async function api(url, body) {
  const headers = body === undefined ? {} : { 'Content-Type': 'application/json', ...(await antiforgeryHeader()) };
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || `HTTP ${response.status}`);
  return json;
}
