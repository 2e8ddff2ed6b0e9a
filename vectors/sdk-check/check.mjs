// Sends every catalog sample of each provider below with `hookctl send-test` to a local
// receiver that checks it with the provider's official SDK (signature, timestamp, and for
// Paddle the typed unmarshal a receiver per its README runs), and prints one line per event.
// Run it with run.sh (outside the repository: it needs the SDKs from npm). Exit 1 if any fails.
import http from "node:http";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { Paddle } from "@paddle/paddle-node-sdk";
import Stripe from "stripe";
import { Webhook as Svix } from "svix";
import { Webhook as Standard } from "standardwebhooks";
import { verify as octokitVerify } from "@octokit/webhooks-methods";
import { LinearWebhookClient } from "@linear/sdk/webhooks";
import twilio from "twilio";

const run = promisify(execFile);
const hookctl = process.env.HOOKCTL;
const catalogs = process.env.CATALOG;
const WHSEC = "whsec_" + Buffer.from("sdk-check-secret-0123456789abcdef").toString("base64");
const SECRET = "sdk-check-secret";

// provider id → [secret hookctl signs with, check(body, headers, url) that throws on refusal]
const checks = {
  paddle: [SECRET, async (b, h) => {
    const event = await new Paddle("sdk-check-api-key").webhooks.unmarshal(b, SECRET, h["paddle-signature"]);
    if (!event || !event.eventType) throw new Error("unmarshal returned no event");
  }],
  stripe: [SECRET, (b, h) => new Stripe("sk_test_sdk_check").webhooks.constructEvent(b, h["stripe-signature"], SECRET)],
  svix: [WHSEC, (b, h) => new Svix(WHSEC).verify(b, h)],
  clerk: [WHSEC, (b, h) => new Svix(WHSEC).verify(b, h)],
  resend: [WHSEC, (b, h) => new Svix(WHSEC).verify(b, h)],
  standard: [WHSEC, (b, h) => new Standard(WHSEC).verify(b, h)],
  github: [SECRET, async (b, h) => {
    if (!(await octokitVerify(SECRET, b, h["x-hub-signature-256"]))) throw new Error("verify returned false");
  }],
  linear: [SECRET, (b, h) => new LinearWebhookClient(SECRET).parseData(Buffer.from(b), h["linear-signature"])],
  twilio: [SECRET, (b, h, url) => {
    const params = Object.fromEntries(new URLSearchParams(b));
    if (!twilio.validateRequest(SECRET, h["x-twilio-signature"], url, params)) throw new Error("validateRequest returned false");
  }],
};

let current = null;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const url = `http://127.0.0.1:${server.address().port}${req.url}`;
    try {
      await current(body, req.headers, url);
      res.writeHead(200).end("ok");
    } catch (e) {
      res.writeHead(500).end(String(e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e));
    }
  });
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const target = `http://127.0.0.1:${server.address().port}/`;

let failed = 0;
let passed = 0;
for (const [provider, [secret, check]] of Object.entries(checks)) {
  current = check;
  const catalog = JSON.parse(readFileSync(`${catalogs}/${provider}.json`, "utf8"));
  for (const event of catalog.events) {
    const args = ["send-test", target, "-p", provider, "--event", event.type, "-o", "json"];
    const env = { ...process.env, HOOKCTL_CONFIG: "/nonexistent", HOOKCTL_SECRET: secret };
    let line;
    try {
      await run(hookctl, args, { env });
      line = `ok    ${provider} ${event.type}`;
      passed++;
    } catch (e) {
      let why = e.stderr || e.message;
      try {
        const out = JSON.parse(e.stdout);
        why = (out.response && out.response.body) || JSON.stringify(out).slice(0, 400);
      } catch {}
      line = `FAIL  ${provider} ${event.type}: ${String(why).trim().slice(0, 400)}`;
      failed++;
    }
    console.log(line);
  }
}
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
