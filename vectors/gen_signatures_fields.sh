#!/usr/bin/env bash
# Providers that sign named fields of the body rather than the body.
# Sourced by gen_signatures_more.sh; alone, `bash vectors/gen_signatures_fields.sh` prints the lines.
set -euo pipefail
jstr() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }

# Adyen: the published worked example of Adyen's docs ("Verify HMAC signatures") and of the
# HmacValidator tests of its official libraries (e.g. Adyen/adyen-ruby-api-library,
# spec/utils/hmac_validator_spec.rb): key 44782DEF…A056, expected coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=.
# openssl confirms it over pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success.
ak=44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056
asig=$(printf '%s' '7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true' | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$ak" -binary | openssl base64 -A)
[ "$asig" = "coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=" ] || { echo "Adyen's published signature does not reproduce" >&2; exit 1; }
ab="{\"live\":\"false\",\"notificationItems\":[{\"NotificationRequestItem\":{\"additionalData\":{\"hmacSignature\":\"$asig\"},\"amount\":{\"value\":1130,\"currency\":\"EUR\"},\"pspReference\":\"7914073381342284\",\"eventCode\":\"AUTHORISATION\",\"eventDate\":\"2019-05-06T17:15:34.121+02:00\",\"merchantAccountCode\":\"TestMerchant\",\"operations\":[\"CANCEL\",\"CAPTURE\",\"REFUND\"],\"merchantReference\":\"TestPayment-1407325143704\",\"paymentMethod\":\"visa\",\"success\":\"true\"}}]}"
echo "{\"provider\":\"adyen\",\"source\":\"Adyen's published example ('Verify HMAC signatures'; its libraries' HmacValidator tests); openssl dgst -sha256 -mac HMAC -macopt hexkey\",\"secret\":\"$ak\",\"body\":$(jstr "$ab"),\"detected_as\":null,\"headers\":{}},"

# Hygraph (@hygraph/utils, github.com/hygraph/hygraph-utils, index.js): HMAC-SHA256, base64, of
# JSON.stringify({Body: <raw body>, EnvironmentName, TimeStamp}) (node's own JSON.stringify here),
# under the utility's README example secret.
hs=rCNwyiloY3oJYYkxgpBXaleIiUv5MYlx; hb='{"operation":"publish","data":{"__typename":"Post","id":"clp0x2m3k0001l9083vqy6z1d","stage":"PUBLISHED","title":"Hello Hygraph"}}'
hms=1700000000000
henv=$(node -e 'process.stdout.write(JSON.stringify({Body: process.argv[1], EnvironmentName: "master", TimeStamp: Number(process.argv[2])}))' "$hb" "$hms")
hsig=$(printf '%s' "$henv" | openssl dgst -sha256 -hmac "$hs" -binary | openssl base64 -A)
echo "{\"provider\":\"hygraph\",\"source\":\"@hygraph/utils scheme and README secret; node JSON.stringify of the envelope, openssl dgst -sha256 -hmac, base64\",\"secret\":\"$hs\",\"body\":$(jstr "$hb"),\"timestamp\":1700000000,\"window\":\"past_only\",\"headers\":{\"gcms-signature\":\"sign=$hsig, env=master, t=$hms\"}},"

# Braintree (SDKs' WebhookNotification.parse, e.g. braintree_ruby webhook_notification_gateway.rb):
# bt_signature = "<public key>|" + hex HMAC-SHA1 of bt_payload (as sent: base64 with newlines)
# keyed with SHA-1(private key). The form puts bt_payload first so that its last character is
# the signature's.
bpriv=braintree-private-key-0123456789abcdef; bpub=hookctl_public_key
bxml=$'<?xml version="1.0" encoding="UTF-8"?>\n<notification>\n  <timestamp type="datetime">2023-11-14T22:13:20Z</timestamp>\n  <kind>check</kind>\n  <subject>\n    <check type="boolean">true</check>\n  </subject>\n</notification>\n'
bpay=$(printf '%s' "$bxml" | openssl base64 -e | tr -d '\n' | fold -w 60; printf 'x'); bpay="${bpay%x}"
bpay="$bpay"$'\n'
bkey=$(printf '%s' "$bpriv" | openssl dgst -sha1 -r | cut -d' ' -f1)
bsig=$(printf '%s' "$bpay" | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$bkey" -r | cut -d' ' -f1)
bbody=$(python3 -c 'import sys,urllib.parse as u; print(u.urlencode([("bt_payload", sys.argv[1]), ("bt_signature", sys.argv[2])]))' "$bpay" "$bpub|$bsig")
echo "{\"provider\":\"braintree\",\"source\":\"Braintree SDKs' webhook parse scheme; openssl dgst -sha1 of the private key, then openssl dgst -sha1 -mac HMAC -macopt hexkey over bt_payload\",\"secret\":\"$bpriv\",\"body\":$(jstr "$bbody"),\"detected_as\":null,\"headers\":{}},"

# Contentful ("Request verification"; contentful-labs/request-verification-examples):
# hex HMAC-SHA256 of "<METHOD>\n<path>\n<signed headers name:value;…>\n<body>".
cs=contentful-signing-secret-0123456789abcdef0123456789abcdef0123
cb='{"sys":{"type":"Entry","id":"5KsDBWseXY6QegucYAoacS","version":3,"contentType":{"sys":{"type":"Link","linkType":"ContentType","id":"blogPost"}}},"fields":{"title":{"en-US":"Hello, Contentful"}}}'
cms=1700000000000; ctopic=ContentManagement.Entry.publish; curl='https://example.com/hooks/contentful'
csh=x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic,x-contentful-webhook-name
ccanon=$(printf 'POST\n/hooks/contentful\nx-contentful-signed-headers:%s;x-contentful-timestamp:%s;x-contentful-topic:%s;x-contentful-webhook-name:hookctl\n%s' "$csh" "$cms" "$ctopic" "$cb")
csig=$(printf '%s' "$ccanon" | openssl dgst -sha256 -hmac "$cs" -r | cut -d' ' -f1)
echo "{\"provider\":\"contentful\",\"source\":\"Contentful 'Request verification' canonical request; openssl dgst -sha256 -hmac\",\"secret\":\"$cs\",\"body\":$(jstr "$cb"),\"timestamp\":1700000000,\"url\":\"$curl\",\"window\":\"past_only\",\"headers\":{\"x-contentful-signature\":\"$csig\",\"x-contentful-signed-headers\":\"$csh\",\"x-contentful-timestamp\":\"$cms\",\"x-contentful-topic\":\"$ctopic\",\"x-contentful-webhook-name\":\"hookctl\"}},"

# Plivo signature V2 (plivo SDKs' validate_signature): base64 HMAC-SHA256 of the URL without its
# query string followed by the nonce, under the auth token; the form body is not signed.
ptok=MAZDQ1ZJIYMDZKMMZKYM; pnonce=05429567804466091622; purl='https://example.com/plivo/sms'
pform='From=14155550100&To=14155550199&Text=Hello+from+Plivo&Type=sms&MessageUUID=e2d5b3a0-2d6c-11ef-8a8f-0242ac110003'
psig2=$(printf '%s' "$purl$pnonce" | openssl dgst -sha256 -hmac "$ptok" -binary | openssl base64 -A)
echo "{\"provider\":\"plivo\",\"source\":\"Plivo 'Validating requests' V2; openssl dgst -sha256 -hmac over url+nonce, base64\",\"secret\":\"$ptok\",\"body\":$(jstr "$pform"),\"url\":\"$purl\",\"id\":\"$pnonce\",\"headers\":{\"X-Plivo-Signature-V2\":\"$psig2\",\"X-Plivo-Signature-V2-Nonce\":\"$pnonce\"}},"
