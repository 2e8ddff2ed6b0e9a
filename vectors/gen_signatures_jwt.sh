#!/usr/bin/env bash
# JWT providers: HS256 tokens assembled here from their parts with openssl, independently of
# hookctl and its JWT crate: base64url(header) "." base64url(claims) "." base64url(HMAC-SHA256).
# Claims are written in the order hookctl writes them, so `sign` reproduces the token.
# Sourced by gen_signatures_more.sh; alone, `bash vectors/gen_signatures_jwt.sh` prints the lines.
set -euo pipefail
jstr() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
jwt_hs256() { # $1 secret, $2 claims JSON
  local h p s
  h=$(printf '%s' '{"typ":"JWT","alg":"HS256"}' | b64url)
  p=$(printf '%s' "$2" | b64url)
  s=$(printf '%s' "$h.$p" | openssl dgst -sha256 -hmac "$1" -binary | b64url)
  printf '%s.%s.%s' "$h" "$p" "$s"
}
sha256_hex() { printf '%s' "$1" | openssl dgst -sha256 -r | cut -d' ' -f1; }
t=1700000000

# Vonage (docs, "Signed webhooks"): Authorization: Bearer <JWT> with payload_hash = sha256(body).
vb='{"message_uuid":"aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab","to":"447700900000","from":"447700900001","timestamp":"2023-11-14T22:13:20Z","status":"delivered","channel":"sms"}'
vs=vonage-signature-secret-0123456789; vj=0f6e8d5c-4b3a-4291-8f7e-6d5c4b3a2910
vc="{\"jti\":\"$vj\",\"api_key\":\"abcd1234\",\"application_id\":\"aaaaaaaa-bbbb-cccc-dddd-0123456789ab\",\"iat\":$t,\"iss\":\"Vonage\",\"payload_hash\":\"$(sha256_hex "$vb")\"}"
echo "{\"provider\":\"vonage\",\"source\":\"Vonage 'Signed webhooks' claims; HS256 JWT from openssl base64 and openssl dgst -sha256 -hmac, payload_hash from openssl dgst -sha256\",\"secret\":\"$vs\",\"body\":$(jstr "$vb"),\"timestamp\":$t,\"id\":\"$vj\",\"window\":\"past_only\",\"headers\":{\"Authorization\":\"Bearer $(jwt_hs256 "$vs" "$vc")\"}},"

# Netlify (docs, "Deploy notifications", "Payload signature"): X-Webhook-Signature: JWT {iss, sha256}.
nb='{"id":"65b1f0c3a8b7c10008d4e2f1","site_id":"3b7f9a3e-5e1c-4c2e-9d6a-1f2e3d4c5b6a","state":"ready","name":"my-site","branch":"main","context":"production"}'
ns=netlify-jws-secret-token
nc="{\"iss\":\"netlify\",\"sha256\":\"$(sha256_hex "$nb")\"}"
echo "{\"provider\":\"netlify\",\"source\":\"Netlify 'Payload signature' claims; HS256 JWT from openssl base64 and openssl dgst -sha256 -hmac\",\"secret\":\"$ns\",\"body\":$(jstr "$nb"),\"headers\":{\"X-Webhook-Signature\":\"$(jwt_hs256 "$ns" "$nc")\"}},"

# Monday.com (apps docs, "Authorization header"): Authorization: <JWT> under the app's signing
# secret; the token does not cover the body. aud is the URL called (no url: hookctl's default).
mb='{"event":{"app":"monday","type":"create_pulse","triggerTime":"2023-11-14T22:13:20.000Z","subscriptionId":73759690,"triggerUuid":"b5ed2e17c530f43668de130142445cba","userId":4012689,"boardId":1771812698,"pulseId":1772099344,"pulseName":"New item","groupId":"topics"}}'
ms=monday-app-signing-secret
mc="{\"accountId\":1825528,\"userId\":4012689,\"aud\":\"https://example.com/monday/webhook\",\"shortLivedToken\":\"eyJhbGciOiJIUzI1NiJ9.short-lived\",\"iat\":$t,\"exp\":$((t + 300))}"
echo "{\"provider\":\"monday\",\"source\":\"monday.com apps 'Authorization header' claims; HS256 JWT from openssl base64 and openssl dgst -sha256 -hmac\",\"secret\":\"$ms\",\"body\":$(jstr "$mb"),\"timestamp\":$t,\"window\":\"past_only\",\"headers\":{\"Authorization\":\"$(jwt_hs256 "$ms" "$mc")\"}},"
