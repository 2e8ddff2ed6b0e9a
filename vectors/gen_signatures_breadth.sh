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
