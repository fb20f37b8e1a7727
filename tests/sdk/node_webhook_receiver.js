// A webhook receiver running the official Node SDK's verifiers (@gohighlevel/api-client, unchanged), as an
// Express app would: the body parsed by JSON.parse (what express.json() does), then the SDK.
// The query string says how the SDK is configured for this request (it reads process.env on every call):
// ?client=<CLIENT_ID>&keys=rsa|ed25519|rsa,ed25519. With an Ed25519 key, the SDK's middleware
// (webhooks.subscribe()) decides; with only the RSA key, its RSA verifier (webhooks.verifySignature, which
// SDK 3.0's middleware called and 3.1 keeps, deprecated) checks x-wh-signature over JSON.stringify(body).
// It answers 200 when the SDK found the signature valid, 401 otherwise.
const http = require('http');
const { HighLevel } = require('@gohighlevel/api-client');

const keys = JSON.parse(process.env.GHL_MOCK_KEYS);
const sdk = new HighLevel({ privateIntegrationToken: 'unused', logLevel: 'error' });
const middleware = sdk.webhooks.subscribe();

async function verify(request, wanted) {
  if (wanted.includes('ed25519')) {
    await middleware(request, {}, () => {});
    return { valid: request.isSignatureValid === true, skipped: request.skippedSignatureVerification === true };
  }
  const signature = request.headers['x-wh-signature'];
  if (!signature) return { valid: false, skipped: true };
  return { valid: sdk.webhooks.verifySignature(JSON.stringify(request.body), signature, keys.rsa.publicKey),
           skipped: false };
}

const server = http.createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { raw += chunk; });
  req.on('end', async () => {
    const query = new URL(req.url, 'http://receiver').searchParams;
    const wanted = (query.get('keys') || '').split(',');
    process.env.CLIENT_ID = query.get('client') || '';
    process.env.WEBHOOK_SIGNATURE_PUBLIC_KEY = keys.ed25519.publicKey;
    const request = { method: req.method, url: req.url, headers: req.headers, body: JSON.parse(raw) };
    const outcome = await verify(request, wanted);
    res.writeHead(outcome.valid ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(outcome));
  });
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
