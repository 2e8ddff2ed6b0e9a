#!/usr/bin/env bash
# Known-answer signature vectors, computed with openssl independently of hookctl.
# Regenerate: bash vectors/gen_signatures.sh > vectors/signatures.json
# Where a provider publishes a worked example, the vector uses it and openssl confirms it.
set -euo pipefail
hmac_hex() { printf '%s' "$3" | openssl dgst "-$1" -hmac "$2" -r | cut -d' ' -f1; }
hmac_b64() { printf '%s' "$3" | openssl dgst "-$1" -hmac "$2" -binary | openssl base64 -A; }
hmac_b64_hexkey() { printf '%s' "$3" | openssl dgst "-$1" -mac HMAC -macopt "hexkey:$2" -binary | openssl base64 -A; }
json() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }

echo '['
# Noones HMAC scheme (support article "Setting Up Webhooks"): a compact body, so raw = canonical form.
b='{"type":"trade.started","payload":{"trade_hash":"zXDL8Rv7Jge","offer_hash":"Agq1Bpw7oX9","seller_name":"SellerUser","buyer_name":"BuyerUser","fiat_amount_requested":"50"}}'
s=example-api-secret-not-real
echo "{\"provider\":\"noones\",\"source\":\"Noones docs 'Setting Up Webhooks' scheme, compact body; openssl dgst -sha256 -hmac\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"headers\":{\"X-Noones-Signature\":\"$(hmac_hex sha256 "$s" "$b")\"}},"
# Noko: the ping body and example secret of the Noko API v2 docs ("Using Webhooks", "Webhooks").
b='{"payload_id":"6578e997-d144-46fb-a67d-07c886d1a7a1","created_at":"2020-07-29T15:19:28Z","type":"webhook.ping","object":{},"webhook":{"id":123456,"name":"Da Best Noko Webhook"}}'
s=abcd-1234-secret-value
echo "{\"provider\":\"noko\",\"source\":\"Noko API v2 docs 'Using Webhooks' ping body and example secret; openssl dgst -sha256 -hmac\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"headers\":{\"X-Noko-Signature\":\"$(hmac_hex sha256 "$s" "$b")\"}},"
# Novatrade24 (docs "Signature verification"): the example t=1729684200, key = whole whsec_ string.
b='{"id":"evt_a1b2c3d4e5f6","type":"compliance.status_changed","schemaVersion":1,"source":"SYSTEM","createdAt":"2024-10-23T11:49:58Z","organizationUuid":"550e8400-e29b-41d4-a716-446655440000","partnerUuid":"11111111-2222-3333-4444-555555555555","data":{"orderUuid":"7d9f2c1e-4b8a-4f6e-9c3d-2a1b0e9f8d7c","previousStatus":"INCOMPLETE","currentStatus":"VALID","blockers":[]}}'
s=whsec_abc123; t=1729684200
echo "{\"provider\":\"novatrade24\",\"source\":\"Novatrade24 docs 'Signature verification' example timestamp; openssl dgst -sha256 -hmac over t.body\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"timestamp\":$t,\"headers\":{\"X-Novatrade-Signature\":\"t=$t,v1=$(hmac_hex sha256 "$s" "$t.$b")\"}},"
# Cryptohopper: the validate body of its docs (https://www.cryptohopper.com/api-documentation/webhooks).
b='{"app_id":123,"type":"validate","messages":[]}'
s=example-app-secret
echo "{\"provider\":\"cryptohopper\",\"source\":\"Cryptohopper docs 'Webhooks' validate body; openssl dgst -sha512 -hmac\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"headers\":{\"X-Hub-Signature\":\"$(hmac_hex sha512 "$s" "$b")\"}},"
# Standard Webhooks: the published test vector of the spec's reference libraries (svix/standard-webhooks).
b='{"test": 2432232314}'
s=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw; id=msg_p5jXN8AQM9LWM0D4loKWxJek; t=1614265330
key=$(printf '%s' "${s#whsec_}" | openssl base64 -d -A | od -An -tx1 | tr -d ' \n')
echo "{\"provider\":\"standard\",\"source\":\"standard-webhooks published vector; openssl dgst -sha256 -mac HMAC -macopt hexkey:<base64-decoded secret>\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"timestamp\":$t,\"id\":\"$id\",\"headers\":{\"webhook-id\":\"$id\",\"webhook-timestamp\":\"$t\",\"webhook-signature\":\"v1,$(hmac_b64_hexkey sha256 "$key" "$id.$t.$b")\"}},"
# Stripe: computed (Stripe publishes the algorithm, not a vector); key = whole whsec_ string.
b='{"id":"evt_1NG8Du2eZvKYlo2CUI79vXWy","object":"event","type":"payment_intent.succeeded"}'
s=whsec_test_5f8a2c; t=1700000000
echo "{\"provider\":\"stripe\",\"source\":\"computed: openssl dgst -sha256 -hmac over t.body\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"timestamp\":$t,\"headers\":{\"Stripe-Signature\":\"t=$t,v1=$(hmac_hex sha256 "$s" "$t.$b")\"}},"
# GitHub: the documented example in "Validating webhook deliveries".
b='Hello, World!'
s="It's a Secret to Everybody"
echo "{\"provider\":\"github\",\"source\":\"GitHub docs 'Validating webhook deliveries' example; openssl dgst -sha256 -hmac\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"headers\":{\"X-Hub-Signature-256\":\"sha256=$(hmac_hex sha256 "$s" "$b")\"}},"
# Slack: the documented example in "Verifying requests from Slack".
b='token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c'
s=8f742231b10e8888abcd99yyyzzz85a5; t=1531420618
echo "{\"provider\":\"slack\",\"source\":\"Slack docs 'Verifying requests from Slack' example; openssl dgst -sha256 -hmac over v0:t:body\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"timestamp\":$t,\"headers\":{\"X-Slack-Request-Timestamp\":\"$t\",\"X-Slack-Signature\":\"v0=$(hmac_hex sha256 "$s" "v0:$t:$b")\"}},"
# Shopify: computed, base64 of HMAC-SHA256 over the raw body.
b='{"id":820982911946154508,"email":"jon@example.com","total_price":"403.00"}'
s=shpss_test_secret
echo "{\"provider\":\"shopify\",\"source\":\"computed: openssl dgst -sha256 -hmac -binary | base64\",\"secret\":$(json "$s"),\"body\":$(json "$b"),\"headers\":{\"X-Shopify-Hmac-Sha256\":\"$(hmac_b64 sha256 "$s" "$b")\"}},"
source "$(dirname "$0")/gen_signatures_more.sh"
echo ']'
