# Vectors for the declarative providers; sourced by gen_signatures.sh (same helpers).
# Each follows the provider's documented algorithm; openssl computes the answer.
# vec PROVIDER SOURCE SECRET BODY EXTRA_JSON HEADERS_JSON  (EXTRA_JSON: ,"timestamp":…,"url":… or empty)
vec() { echo "{\"provider\":\"$1\",\"source\":$(json "$2"),\"secret\":$(json "$3"),\"body\":$(json "$4")$5,\"headers\":$6},"; }
t=1700000000
J='{"id":"evt_123","type":"order.created","data":{"amount":4200}}'

# Twilio: the inputs of Twilio's "Validating requests" example (auth token 12345), form body.
url='https://mycompany.com/myapp.php?foo=1&bar=2'
b='CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212'
signed="${url}CallSidCA1234567890ABCDECaller+12349013030Digits1234From+12349013030To+18005551212"
vec twilio "Twilio docs example (published signature 0/KCTR6DLpKmkAf8muzZqo1nDgQ=); openssl dgst -sha1 -hmac 12345 over URL+sorted params" 12345 "$b" ",\"url\":$(json "$url")" "{\"X-Twilio-Signature\":\"$(hmac_b64 sha1 12345 "$signed")\"}"
# Twilio JSON delivery: twilio-node's validateRequestWithBody example (auth token 12345): the URL,
# with bodySHA256=<hex SHA-256 of the body> in its query, is signed alone.
b='{"property": "value", "boolean": true}'
url="https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=$(printf '%s' "$b" | openssl dgst -sha256 -r | cut -d' ' -f1)"
vec twilio "twilio-node validateRequestWithBody example (published signature a9nBmqA0ju/hNViExpshrM61xv4=); openssl dgst -sha256 for bodySHA256, openssl dgst -sha1 -hmac 12345 over the URL alone" 12345 "$b" ",\"case\":\"json\",\"url\":$(json "$url")" "{\"X-Twilio-Signature\":\"$(hmac_b64 sha1 12345 "$url")\"}"
# Square: URL + body, base64.
url='https://example.com/webhooks/square'
vec square "computed: openssl dgst -sha256 -hmac over notification URL + body, base64" sq-sig-key "$J" ",\"url\":$(json "$url")" "{\"x-square-hmacsha256-signature\":\"$(hmac_b64 sha256 sq-sig-key "$url$J")\"}"
# HubSpot v3: method + URI + body + timestamp (ms), base64.
url='https://example.com/webhooks/hubspot'; ms=${t}000
vec hubspot "computed: openssl dgst -sha256 -hmac over POST+URI+body+timestamp(ms), base64" hs-app-secret "$J" ",\"url\":$(json "$url"),\"timestamp\":$t" "{\"X-HubSpot-Request-Timestamp\":\"$ms\",\"X-HubSpot-Signature-v3\":\"$(hmac_b64 sha256 hs-app-secret "POST$url$J$ms")\"}"
# Zoom: v0=hex of v0:ts:body.
vec zoom "computed: openssl dgst -sha256 -hmac over v0:ts:body" zoom-secret-token "$J" ",\"timestamp\":$t" "{\"x-zm-request-timestamp\":\"$t\",\"x-zm-signature\":\"v0=$(hmac_hex sha256 zoom-secret-token "v0:$t:$J")\"}"
# Meta: sha256=hex of body, keyed with the app secret.
vec meta "computed: openssl dgst -sha256 -hmac (app secret)" meta-app-secret "$J" "" "{\"User-Agent\":\"facebookexternalua\",\"X-Hub-Signature-256\":\"sha256=$(hmac_hex sha256 meta-app-secret "$J")\"}"
vec twitter "computed: openssl dgst -sha256 -hmac (consumer secret), base64" tw-consumer-secret "$J" "" "{\"x-twitter-webhooks-signature\":\"sha256=$(hmac_b64 sha256 tw-consumer-secret "$J")\"}"
vec dropbox "computed: openssl dgst -sha256 -hmac (app secret)" dbx-app-secret "$J" "" "{\"X-Dropbox-Signature\":\"$(hmac_hex sha256 dbx-app-secret "$J")\"}"
vec asana "computed: openssl dgst -sha256 -hmac (X-Hook-Secret)" asana-hook-secret "$J" "" "{\"X-Hook-Signature\":\"$(hmac_hex sha256 asana-hook-secret "$J")\"}"
vec paddle "computed: openssl dgst -sha256 -hmac over ts:body" pdl_ntfset_secret "$J" ",\"timestamp\":$t" "{\"Paddle-Signature\":\"ts=$t;h1=$(hmac_hex sha256 pdl_ntfset_secret "$t:$J")\"}"
# Linear: the body carries webhookTimestamp (Unix ms), refused more than 60 s off either way.
JL='{"id":"evt_123","type":"order.created","data":{"amount":4200},"webhookTimestamp":1700000000000}'
vec linear "computed: openssl dgst -sha256 -hmac" lin_wh_secret "$JL" ",\"timestamp\":$t,\"window\":\"both\",\"tolerance\":60" "{\"Linear-Signature\":\"$(hmac_hex sha256 lin_wh_secret "$JL")\"}"
vec webflow "computed: openssl dgst -sha256 -hmac over timestamp(ms):body" wf-secret "$J" ",\"timestamp\":$t" "{\"x-webflow-timestamp\":\"$ms\",\"x-webflow-signature\":\"$(hmac_hex sha256 wf-secret "$ms:$J")\"}"
vec woocommerce "computed: openssl dgst -sha256 -hmac, base64" wc-secret "$J" "" "{\"X-WC-Webhook-Signature\":\"$(hmac_b64 sha256 wc-secret "$J")\"}"
vec vercel "computed: openssl dgst -sha1 -hmac" vercel-secret "$J" "" "{\"x-vercel-signature\":\"$(hmac_hex sha1 vercel-secret "$J")\"}"
vec typeform "computed: openssl dgst -sha256 -hmac, base64" tf-secret "$J" "" "{\"Typeform-Signature\":\"sha256=$(hmac_b64 sha256 tf-secret "$J")\"}"
vec calendly "computed: openssl dgst -sha256 -hmac over t.body" cal-signing-key "$J" ",\"timestamp\":$t" "{\"Calendly-Webhook-Signature\":\"t=$t,v1=$(hmac_hex sha256 cal-signing-key "$t.$J")\"}"
vec mux "computed: openssl dgst -sha256 -hmac over t.body" mux-signing-secret "$J" ",\"timestamp\":$t" "{\"Mux-Signature\":\"t=$t,v1=$(hmac_hex sha256 mux-signing-secret "$t.$J")\"}"
vec intercom "computed: openssl dgst -sha1 -hmac (client secret)" ic-client-secret "$J" "" "{\"X-Hub-Signature\":\"sha1=$(hmac_hex sha1 ic-client-secret "$J")\"}"
vec gitlab "GitLab sends the secret token itself in X-Gitlab-Token" gl-token-123 "$J" "" "{\"X-Gitlab-Token\":\"gl-token-123\"}"
vec okta "Okta sends the registered secret itself in Authorization" okta-secret-abc "$J" "" "{\"Authorization\":\"okta-secret-abc\"}"
vec bitbucket "computed: openssl dgst -sha256 -hmac" bb-secret "$J" "" "{\"X-Hub-Signature\":\"sha256=$(hmac_hex sha256 bb-secret "$J")\"}"
zts=2023-11-14T22:13:20Z
vec zendesk "computed: openssl dgst -sha256 -hmac over timestamp+body, base64" zd-signing-secret "$J" ",\"timestamp\":$t" "{\"X-Zendesk-Webhook-Signature-Timestamp\":\"$zts\",\"X-Zendesk-Webhook-Signature\":\"$(hmac_b64 sha256 zd-signing-secret "$zts$J")\"}"
vec lemonsqueezy "computed: openssl dgst -sha256 -hmac" ls-signing-secret "$J" "" "{\"X-Signature\":\"$(hmac_hex sha256 ls-signing-secret "$J")\"}"
vec coinbase "computed: openssl dgst -sha256 -hmac (shared secret)" cc-shared-secret "$J" "" "{\"X-CC-Webhook-Signature\":\"$(hmac_hex sha256 cc-shared-secret "$J")\"}"
# Svix: the Standard Webhooks vector under Svix's header names.
b='{"test": 2432232314}'
s=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw; id=msg_p5jXN8AQM9LWM0D4loKWxJek; st=1614265330
key=$(printf '%s' "${s#whsec_}" | openssl base64 -d -A | od -An -tx1 | tr -d ' \n')
vec svix "Svix published vector; openssl dgst -sha256 -mac HMAC -macopt hexkey:<decoded secret>" "$s" "$b" ",\"timestamp\":$st,\"id\":\"$id\"" "{\"svix-id\":\"$id\",\"svix-timestamp\":\"$st\",\"svix-signature\":\"v1,$(hmac_b64_hexkey sha256 "$key" "$id.$st.$b")\"}"
# Mailgun: the signature object inside the body (verify-only: signing rewrites the body).
mts=1529006854; tok=a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0
mb="{\"signature\":{\"timestamp\":\"$mts\",\"token\":\"$tok\",\"signature\":\"$(hmac_hex sha256 mg-signing-key "$mts$tok")\"},\"event-data\":{\"event\":\"delivered\",\"id\":\"CPgfbmQMTCKtHW6uIWtuVe\"}}"
echo "{\"provider\":\"mailgun\",\"source\":\"computed: openssl dgst -sha256 -hmac over timestamp+token\",\"secret\":\"mg-signing-key\",\"body\":$(json "$mb"),\"timestamp\":$mts,\"verify_only\":true,\"headers\":{}},"

# Ed25519 with RFC 8032 §7.1 TEST 1 key (seed 9d61…, public 11qYAYKx…).
tmp=$(mktemp -d)
printf '302e020100300506032b657004220420%s' 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60 | xxd -r -p > "$tmp/k1.der"
openssl pkey -inform DER -in "$tmp/k1.der" -out "$tmp/k1.pem"
ed_sign() { printf '%s' "$1" > "$tmp/msg"; openssl pkeyutl -sign -rawin -inkey "$tmp/k1.pem" -in "$tmp/msg" | "$2"; }
hexenc() { od -An -tx1 | tr -d ' \n'; }
b64enc() { openssl base64 -A; }
pk_hex=d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a
echo "{\"provider\":\"discord\",\"source\":\"RFC 8032 key 1; openssl pkeyutl -sign -rawin over timestamp+body\",\"private_seed_hex\":\"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60\",\"public_key\":\"$pk_hex\",\"body\":$(json "$J"),\"timestamp\":$t,\"headers\":{\"X-Signature-Timestamp\":\"$t\",\"X-Signature-Ed25519\":\"$(ed_sign "$t$J" hexenc)\"}},"
echo "{\"provider\":\"standard-v1a\",\"source\":\"RFC 8032 key 1; openssl pkeyutl -sign -rawin over id.timestamp.body\",\"private_seed_hex\":\"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60\",\"public_key\":\"whpk_11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\",\"body\":$(json "$J"),\"timestamp\":$t,\"id\":\"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W\",\"headers\":{\"webhook-id\":\"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W\",\"webhook-timestamp\":\"$t\",\"webhook-signature\":\"v1a,$(ed_sign "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W.$t.$J" b64enc)\"}},"
source "$(dirname "$0")/gen_signatures_breadth.sh"
source "$(dirname "$0")/gen_signatures_rsa.sh"
source "$(dirname "$0")/gen_signatures_jwt.sh"
source "$(dirname "$0")/gen_signatures_fields.sh"
# SendGrid: ECDSA P-256 with the checked-in test key (vectors/sendgrid-test-key.pem);
# ECDSA signatures are randomized, so this vector is verify-only.
keyfile="$(dirname "$0")/sendgrid-test-key.pem"
[ -f "$keyfile" ] || openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$keyfile"
sg_pub=$(openssl pkey -in "$keyfile" -pubout -outform DER | openssl base64 -A)
SG='[{"email":"example@test.com","event":"processed","sg_event_id":"rbtnWrG1DVDGGGFHFyun0A==","timestamp":1700000000}]'
printf '%s' "$t$SG" > "$tmp/sgmsg"
sg_sig=$(openssl dgst -sha256 -sign "$keyfile" "$tmp/sgmsg" | openssl base64 -A)
echo "{\"provider\":\"sendgrid\",\"source\":\"openssl dgst -sha256 -sign (ECDSA P-256) over timestamp+body\",\"public_key\":\"$sg_pub\",\"body\":$(json "$SG"),\"timestamp\":$t,\"verify_only\":true,\"headers\":{\"X-Twilio-Email-Event-Webhook-Timestamp\":\"$t\",\"X-Twilio-Email-Event-Webhook-Signature\":\"$sg_sig\"}}"
rm -rf "$tmp"
