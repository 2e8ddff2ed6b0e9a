# Vectors for the providers added for breadth; sourced by gen_signatures_more.sh (same helpers:
# vec, hmac_hex, hmac_b64, hmac_b64_hexkey, json, $t, $J). None of these providers publishes a
# worked example with its secret, so each answer is computed by openssl from the documented
# algorithm. "window" says which clock skew the provider rejects ("both" or "past_only").
rfc=2023-11-14T22:13:20Z   # $t as RFC 3339
vec razorpay "computed: openssl dgst -sha256 -hmac (webhook secret)" rzp-webhook-secret "$J" "" "{\"X-Razorpay-Signature\":\"$(hmac_hex sha256 rzp-webhook-secret "$J")\"}"
vec checkout "computed: openssl dgst -sha256 -hmac (webhook secret key)" cko-signature-key "$J" "" "{\"Cko-Signature\":\"$(hmac_hex sha256 cko-signature-key "$J")\"}"
vec sentry "computed: openssl dgst -sha256 -hmac (client secret)" sentry-client-secret "$J" "" "{\"Sentry-Hook-Signature\":\"$(hmac_hex sha256 sentry-client-secret "$J")\"}"
vec heroku "computed: openssl dgst -sha256 -hmac, base64" heroku-webhook-secret "$J" "" "{\"Heroku-Webhook-Hmac-SHA256\":\"$(hmac_b64 sha256 heroku-webhook-secret "$J")\"}"
vec buildkite "computed: openssl dgst -sha256 -hmac over timestamp.body" bk-webhook-token "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"X-Buildkite-Signature\":\"timestamp=$t,signature=$(hmac_hex sha256 bk-webhook-token "$t.$J")\"}"
vec terraform "computed: openssl dgst -sha512 -hmac (notification token)" tfc-notification-token "$J" "" "{\"X-TFE-Notification-Signature\":\"$(hmac_hex sha512 tfc-notification-token "$J")\"}"
vec pagerduty "computed: openssl dgst -sha256 -hmac (v3 webhook secret)" pd-v3-secret "$J" "" "{\"X-PagerDuty-Signature\":\"v1=$(hmac_hex sha256 pd-v3-secret "$J")\"}"
vec frameio "computed: openssl dgst -sha256 -hmac over v0:timestamp:body" frameio-secret "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"X-Frameio-Request-Timestamp\":\"$t\",\"X-Frameio-Signature\":\"v0=$(hmac_hex sha256 frameio-secret "v0:$t:$J")\"}"
vec orb "computed: openssl dgst -sha256 -hmac over v1:timestamp:body" orb-webhook-secret "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"X-Orb-Timestamp\":\"$rfc\",\"X-Orb-Signature\":\"v1=$(hmac_hex sha256 orb-webhook-secret "v1:$rfc:$J")\"}"
vec launchdarkly "computed: openssl dgst -sha256 -hmac (webhook secret)" ld-webhook-secret "$J" "" "{\"X-LD-Signature\":\"$(hmac_hex sha256 ld-webhook-secret "$J")\"}"
vec mongodb-atlas "computed: openssl dgst -sha1 -hmac, base64" atlas-webhook-secret "$J" "" "{\"X-MMS-Signature\":\"$(hmac_b64 sha1 atlas-webhook-secret "$J")\"}"
vec box "computed: openssl dgst -sha256 -hmac over body+timestamp, base64 (primary key)" box-primary-key "$J" ",\"timestamp\":$t,\"window\":\"past_only\"" "{\"BOX-DELIVERY-TIMESTAMP\":\"$rfc\",\"BOX-SIGNATURE-PRIMARY\":\"$(hmac_b64 sha256 box-primary-key "$J$rfc")\"}"
vec docusign "computed: openssl dgst -sha256 -hmac, base64 (Connect HMAC key 1)" docusign-hmac-key-1 "$J" "" "{\"X-DocuSign-Signature-1\":\"$(hmac_b64 sha256 docusign-hmac-key-1 "$J")\"}"
vec webex "computed: openssl dgst -sha1 -hmac (webhook secret)" webex-webhook-secret "$J" "" "{\"X-Spark-Signature\":\"$(hmac_hex sha1 webex-webhook-secret "$J")\"}"
# Teams: the security token is base64; its decoded bytes are the key.
tk=aG9va2N0bC10ZWFtcy1zZWN1cml0eS10b2tlbg==
tkhex=$(printf '%s' "$tk" | openssl base64 -d -A | od -An -tx1 | tr -d ' \n')
vec msteams "computed: openssl dgst -sha256 -mac HMAC -macopt hexkey:<base64-decoded security token>, base64" "$tk" "$J" "" "{\"Authorization\":\"HMAC $(hmac_b64_hexkey sha256 "$tkhex" "$J")\"}"
vec aftership "computed: openssl dgst -sha256 -hmac, base64" aftership-webhook-secret "$J" "" "{\"aftership-hmac-sha256\":\"$(hmac_b64 sha256 aftership-webhook-secret "$J")\"}"
vec alchemy "computed: openssl dgst -sha256 -hmac (signing key)" whsec_alchemy-signing-key "$J" "" "{\"X-Alchemy-Signature\":\"$(hmac_hex sha256 whsec_alchemy-signing-key "$J")\"}"
vec bolt "computed: openssl dgst -sha256 -hmac, base64 (signing secret)" bolt-signing-secret "$J" "" "{\"X-Bolt-Hmac-Sha256\":\"$(hmac_b64 sha256 bolt-signing-secret "$J")\"}"
vec castle "computed: openssl dgst -sha256 -hmac, base64 (API secret)" castle-api-secret "$J" "" "{\"X-Castle-Signature\":\"$(hmac_b64 sha256 castle-api-secret "$J")\"}"
vec circleci "computed: openssl dgst -sha256 -hmac (webhook secret)" circleci-webhook-secret "$J" "" "{\"circleci-signature\":\"v1=$(hmac_hex sha256 circleci-webhook-secret "$J")\"}"
vec clearbit "computed: openssl dgst -sha1 -hmac (API key)" sk_clearbit_test_key "$J" "" "{\"X-Request-Signature\":\"sha1=$(hmac_hex sha1 sk_clearbit_test_key "$J")\"}"
vec pusher "computed: openssl dgst -sha256 -hmac (app secret)" pusher-app-secret "$J" "" "{\"X-Pusher-Signature\":\"$(hmac_hex sha256 pusher-app-secret "$J")\"}"
vec nexus "computed: openssl dgst -sha1 -hmac (webhook secret key)" nexus-secret-key "$J" "" "{\"X-Nexus-Webhook-Signature\":\"$(hmac_hex sha1 nexus-secret-key "$J")\"}"
vec tiktok "computed: openssl dgst -sha256 -hmac over t.body (client secret)" tiktok-client-secret "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"TikTok-Signature\":\"t=$t,s=$(hmac_hex sha256 tiktok-client-secret "$t.$J")\"}"
vec autodesk "computed: openssl dgst -sha1 -hmac (hook secret token)" aps-hook-secret "$J" "" "{\"x-adsk-signature\":\"sha1hash=$(hmac_hex sha1 aps-hook-secret "$J")\"}"
vec xero "computed: openssl dgst -sha256 -hmac, base64 (webhooks key)" xero-webhooks-key "$J" "" "{\"x-xero-signature\":\"$(hmac_b64 sha256 xero-webhooks-key "$J")\"}"
vec worldline "computed: openssl dgst -sha256 -hmac, base64 (webhook secret)" worldline-webhook-secret "$J" "" "{\"X-GCS-Signature\":\"$(hmac_b64 sha256 worldline-webhook-secret "$J")\"}"
# Named variants of another provider's scheme: "detected_as" is the provider auto-detection
# names for their headers (null: not auto-detected).
b='{"test": 2432232314}'
s=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw; id=msg_p5jXN8AQM9LWM0D4loKWxJek; st=1614265330
key=$(printf '%s' "${s#whsec_}" | openssl base64 -d -A | od -An -tx1 | tr -d ' \n')
sv=$(hmac_b64_hexkey sha256 "$key" "$id.$st.$b")
for p in clerk resend; do
  vec $p "Svix published vector under Svix's headers; openssl dgst -sha256 -mac HMAC -macopt hexkey:<decoded secret>" "$s" "$b" ",\"timestamp\":$st,\"id\":\"$id\",\"window\":\"both\",\"detected_as\":\"svix\"" "{\"svix-id\":\"$id\",\"svix-timestamp\":\"$st\",\"svix-signature\":\"v1,$sv\"}"
done
vec brex "standard-webhooks published vector under Brex's header names; openssl dgst -sha256 -mac HMAC -macopt hexkey:<decoded secret>" "$s" "$b" ",\"timestamp\":$st,\"id\":\"$id\",\"window\":\"both\",\"detected_as\":\"standard\"" "{\"Webhook-Id\":\"$id\",\"Webhook-Timestamp\":\"$st\",\"Webhook-Signature\":\"v1,$sv\"}"
for p in render supabase; do
  vec $p "standard-webhooks published vector; openssl dgst -sha256 -mac HMAC -macopt hexkey:<decoded secret>" "$s" "$b" ",\"timestamp\":$st,\"id\":\"$id\",\"window\":\"both\",\"detected_as\":\"standard\"" "{\"webhook-id\":\"$id\",\"webhook-timestamp\":\"$st\",\"webhook-signature\":\"v1,$sv\"}"
done
for p in messenger instagram whatsapp; do
  vec $p "computed: openssl dgst -sha256 -hmac (app secret), Meta's scheme" meta-app-secret "$J" ",\"detected_as\":\"meta\"" "{\"User-Agent\":\"facebookexternalua\",\"X-Hub-Signature-256\":\"sha256=$(hmac_hex sha256 meta-app-secret "$J")\"}"
done
vec segment "computed: openssl dgst -sha1 -hmac (shared secret)" segment-shared-secret "$J" "" "{\"X-Signature\":\"$(hmac_hex sha1 segment-shared-secret "$J")\"}"
MT='{"event":"completed","data":{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","object":"payment_order","amount":100000,"status":"completed"}}'
vec modern-treasury "computed: openssl dgst -sha256 -hmac (webhook key)" mt-webhook-key "$MT" "" "{\"X-Topic\":\"payment_order\",\"X-Signature\":\"$(hmac_hex sha256 mt-webhook-key "$MT")\"}"
JI='{"timestamp":1700000000000,"webhookEvent":"jira:issue_created","issue":{"id":"10002","key":"ENG-42"}}'
vec jira "computed: openssl dgst -sha256 -hmac (webhook secret)" jira-webhook-secret "$JI" ",\"id\":\"1a2b3c4d5e6f7a8b\"" "{\"X-Atlassian-Webhook-Identifier\":\"1a2b3c4d5e6f7a8b\",\"X-Hub-Signature\":\"sha256=$(hmac_hex sha256 jira-webhook-secret "$JI")\"}"
vec telegram "Telegram sends the setWebhook secret_token itself in X-Telegram-Bot-Api-Secret-Token" tg-secret-token_123 "$J" "" "{\"X-Telegram-Bot-Api-Secret-Token\":\"tg-secret-token_123\"}"
ba="Basic $(printf 'hook:pass-0123' | openssl base64 -A)"
vec postmark "Postmark sends HTTP basic credentials: Authorization = Basic base64(user:password), by openssl base64" "$ba" "$J" ",\"detected_as\":null" "{\"Authorization\":\"$ba\"}"
vec chargebee "Chargebee sends HTTP basic credentials: Authorization = Basic base64(user:password), by openssl base64" "$ba" "$J" ",\"detected_as\":null" "{\"Authorization\":\"$ba\"}"
vec mollie "computed: openssl dgst -sha256 -hmac (signing secret)" mollie-signing-secret "$J" "" "{\"X-Mollie-Signature\":\"sha256=$(hmac_hex sha256 mollie-signing-secret "$J")\"}"
vec pinwheel "computed: openssl dgst -sha256 -hmac over v2:timestamp:body" pinwheel-api-secret "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"Pinwheel-Timestamp\":\"$t\",\"Pinwheel-Signature\":\"v2=$(hmac_hex sha256 pinwheel-api-secret "v2:$t:$J")\"}"
vec signalsciences "computed: openssl dgst -sha256 -hmac (integration secret)" sigsci-secret "$J" "" "{\"X-SigSci-Signature\":\"$(hmac_hex sha256 sigsci-secret "$J")\"}"
vec chargify "computed: openssl dgst -sha256 -hmac (site shared key)" chargify-shared-key "$J" "" "{\"X-Chargify-Webhook-Signature-Hmac-Sha-256\":\"$(hmac_hex sha256 chargify-shared-key "$J")\"}"
# Mandrill: URL, then each POST field's name and value sorted by name.
url='https://example.com/webhooks/mandrill'
b='mandrill_events=%5B%7B%22event%22%3A%22send%22%2C%22ts%22%3A1700000000%7D%5D'
vec mailchimp "computed: openssl dgst -sha1 -hmac over URL + sorted field names and values, base64" mandrill-webhook-key "$b" ",\"url\":$(json "$url")" "{\"X-Mandrill-Signature\":\"$(hmac_b64 sha1 mandrill-webhook-key "${url}mandrill_events[{\"event\":\"send\",\"ts\":1700000000}]")\"}"
# Twitch EventSub: message id + timestamp (RFC 3339) + body.
tid=e76c6bd4-55c9-4987-8304-da1588d8988b
vec twitch "computed: openssl dgst -sha256 -hmac over message id + timestamp + body" twitch-eventsub-secret "$J" ",\"timestamp\":$t,\"id\":\"$tid\",\"window\":\"both\"" "{\"Twitch-Eventsub-Message-Id\":\"$tid\",\"Twitch-Eventsub-Message-Timestamp\":\"$rfc\",\"Twitch-Eventsub-Message-Signature\":\"sha256=$(hmac_hex sha256 twitch-eventsub-secret "$tid$rfc$J")\"}"
vec gitea "computed: openssl dgst -sha256 -hmac (webhook secret)" gitea-webhook-secret "$J" "" "{\"X-Gitea-Signature\":\"$(hmac_hex sha256 gitea-webhook-secret "$J")\"}"
vec gogs "computed: openssl dgst -sha256 -hmac (webhook secret)" gogs-webhook-secret "$J" "" "{\"X-Gogs-Signature\":\"$(hmac_hex sha256 gogs-webhook-secret "$J")\"}"
# Airtable: macSecretBase64 is base64; its decoded bytes are the key.
am=aG9va2N0bC1haXJ0YWJsZS1tYWMtc2VjcmV0
amhex=$(printf '%s' "$am" | openssl base64 -d -A | od -An -tx1 | tr -d ' \n')
vec airtable "computed: openssl dgst -sha256 -mac HMAC -macopt hexkey:<decoded macSecretBase64>" "$am" "$J" "" "{\"X-Airtable-Content-MAC\":\"hmac-sha256=$(printf '%s' "$J" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$amhex" -r | cut -d' ' -f1)\"}"
vec notion "computed: openssl dgst -sha256 -hmac (verification_token)" secret_notion-verification-token "$J" "" "{\"X-Notion-Signature\":\"sha256=$(hmac_hex sha256 secret_notion-verification-token "$J")\"}"
vec workos "computed: openssl dgst -sha256 -hmac over t(ms).body" workos-webhook-secret "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"WorkOS-Signature\":\"t=$ms,v1=$(hmac_hex sha256 workos-webhook-secret "$ms.$J")\"}"
vec persona "computed: openssl dgst -sha256 -hmac over t.body" wbhsec_persona-secret "$J" ",\"timestamp\":$t,\"window\":\"both\"" "{\"Persona-Signature\":\"t=$t,v1=$(hmac_hex sha256 wbhsec_persona-secret "$t.$J")\"}"
url='https://example.com/webhooks/trello'
vec trello "computed: openssl dgst -sha1 -hmac over body + callback URL, base64 (app secret)" trello-app-secret "$J" ",\"url\":$(json "$url")" "{\"X-Trello-Webhook\":\"$(hmac_b64 sha1 trello-app-secret "$J$url")\"}"
vec paystack "computed: openssl dgst -sha512 -hmac (secret key)" sk_test_paystack "$J" "" "{\"x-paystack-signature\":\"$(hmac_hex sha512 sk_test_paystack "$J")\"}"
vec flutterwave "Flutterwave sends the dashboard's secret hash itself in verif-hash" flw-secret-hash-42 "$J" "" "{\"verif-hash\":\"flw-secret-hash-42\"}"
vec gocardless "computed: openssl dgst -sha256 -hmac (endpoint secret)" gc-endpoint-secret "$J" "" "{\"Webhook-Signature\":\"$(hmac_hex sha256 gc-endpoint-secret "$J")\"}"
vec calcom "computed: openssl dgst -sha256 -hmac (webhook secret)" calcom-webhook-secret "$J" "" "{\"X-Cal-Signature-256\":\"$(hmac_hex sha256 calcom-webhook-secret "$J")\"}"
vec easypost "computed: openssl dgst -sha256 -hmac (webhook secret)" easypost-webhook-secret "$J" "" "{\"X-Hmac-Signature\":\"hmac-sha256-hex=$(hmac_hex sha256 easypost-webhook-secret "$J")\"}"
