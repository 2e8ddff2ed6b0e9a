#!/usr/bin/env bash
# Certificate-based (RSA) providers: signed with openssl by the test key rsa-test-key.pem, whose
# self-signed certificate rsa-test-cert.pem verifies them (a key made for these vectors, not AWS's
# or PayPal's). RSASSA-PKCS1-v1_5 is deterministic, so `sign` reproduces these exactly.
# Sourced by gen_signatures_more.sh; alone, `bash vectors/gen_signatures_rsa.sh` prints the lines.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
key="$here/rsa-test-key.pem"
cert="$here/rsa-test-cert.pem"
jstr() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }
# The certificate as base64 DER, as `--public-key` takes it inline.
cert_der=$(openssl x509 -in "$cert" -outform DER | openssl base64 -A)
rsa_b64() { printf '%s' "$2" | openssl dgst "-$1" -sign "$key" | openssl base64 -A; }

# Amazon SNS (AWS docs, "Verifying the signatures of Amazon SNS messages"): SignatureVersion 1 is
# SHA1withRSA over "Name\nvalue\n" for Message, MessageId, Subject, Timestamp, TopicArn, Type.
# The body's key order does not matter to the signature; Message is last so that changing the
# body's last character changes a signed field.
t=1700000000; ts=2023-11-14T22:13:20.000Z
mid=22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324
topic=arn:aws:sns:us-west-2:123456789012:MyTopic
subject='My First Message'; message='Hello world!'
certurl=https://sns.us-west-2.amazonaws.com/SimpleNotificationService-hookctl-test-signer.pem
unsub="https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=$topic:c9135db0-26c4-47ec-8998-413945fb5a96"
signed=$(printf 'Message\n%s\nMessageId\n%s\nSubject\n%s\nTimestamp\n%s\nTopicArn\n%s\nType\n%s\n' "$message" "$mid" "$subject" "$ts" "$topic" Notification; printf x)
signed=${signed%x}
sig=$(rsa_b64 sha1 "$signed")
body=$(python3 -c 'import json,sys; a=sys.argv; print(json.dumps({"Type":"Notification","MessageId":a[1],"TopicArn":a[2],"Subject":a[3],"Timestamp":a[4],"SignatureVersion":"1","SigningCertURL":a[5],"UnsubscribeURL":a[6],"Signature":a[7],"Message":a[8]}, indent=2))' "$mid" "$topic" "$subject" "$ts" "$certurl" "$unsub" "$sig" "$message")
echo "{\"provider\":\"sns\",\"source\":\"AWS docs sample notification; openssl dgst -sha1 -sign (test RSA key, vectors/rsa-test-cert.pem) over the SNS string to sign\",\"public_key\":\"$cert_der\",\"private_key_pem\":$(jstr "$(cat "$key")"),\"body\":$(jstr "$body"),\"timestamp\":$t,\"id\":\"$mid\",\"window\":\"past_only\",\"headers\":{\"x-amz-sns-message-type\":\"Notification\",\"x-amz-sns-message-id\":\"$mid\",\"x-amz-sns-topic-arn\":\"$topic\"}},"

# PayPal (developer docs, "Integrate webhooks", "Self verification method"): SHA256withRSA over
# "<transmission id>|<transmission time>|<webhook id>|<crc32 of the body, decimal>". The webhook
# ID is WEBHOOK_ID, the one PayPal's simulator signs mock events with; the CRC-32 is zlib's.
pbody='{"id":"WH-58D329510W468432D-8HN650336L201105X","event_version":"1.0","create_time":"2023-11-14T22:13:19.512Z","resource_type":"capture","event_type":"PAYMENT.CAPTURE.COMPLETED","summary":"Payment completed for $ 30.0 USD","resource":{"id":"42311647XV020574X","status":"COMPLETED","amount":{"currency_code":"USD","value":"30.00"}}}'
ptid=69cd13f0-d67a-11e5-baa3-778b53f4ae55; ptime=2023-11-14T22:13:20Z; pwh=WEBHOOK_ID
pcrc=$(python3 -c 'import sys,zlib; print(zlib.crc32(sys.argv[1].encode()))' "$pbody")
psig=$(rsa_b64 sha256 "$ptid|$ptime|$pwh|$pcrc")
echo "{\"provider\":\"paypal\",\"source\":\"PayPal 'Self verification method'; python3 zlib.crc32 and openssl dgst -sha256 -sign (test RSA key) over id|time|webhook id|crc32\",\"public_key\":\"$cert_der\",\"private_key_pem\":$(jstr "$(cat "$key")"),\"webhook_id\":\"$pwh\",\"body\":$(jstr "$pbody"),\"timestamp\":$t,\"id\":\"$ptid\",\"window\":\"past_only\",\"headers\":{\"PAYPAL-TRANSMISSION-ID\":\"$ptid\",\"PAYPAL-TRANSMISSION-TIME\":\"$ptime\",\"PAYPAL-TRANSMISSION-SIG\":\"$psig\",\"PAYPAL-CERT-URL\":\"https://api.sandbox.paypal.com/v1/notifications/certs/CERT-hookctl-test-signer\",\"PAYPAL-AUTH-ALGO\":\"SHA256withRSA\"}},"
