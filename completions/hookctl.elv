
use builtin;
use str;

set edit:completion:arg-completer[hookctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'hookctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'hookctl'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign a payload exactly as a provider does; print the headers it would send'
            cand verify 'Check a signature against a payload; exit 0 valid, 1 invalid'
            cand send-test 'Build a signed synthetic event from a provider''s catalog and POST it to a URL'
            cand listen 'Local receiver: answer challenges, verify, pretty-print, record, forward'
            cand replay 'Re-send events recorded by `listen --record` to a URL'
            cand events 'List a provider''s event types, or print a sample payload for one'
            cand providers 'List providers and their signing schemes'
            cand webhooks 'Manage webhook endpoints through a provider''s management API'
            cand config 'Read and write the config file (secrets, tokens, base URLs per provider)'
            cand keygen 'Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sign'= {
            cand -p 'Provider whose scheme to use (see `hookctl providers`)'
            cand --provider 'Provider whose scheme to use (see `hookctl providers`)'
            cand --secret-file 'Read the signing secret from a file (a trailing newline is ignored)'
            cand --secret-env 'Read the signing secret from this environment variable'
            cand --secret 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)'
            cand -d 'Payload as a string, used byte for byte'
            cand --data 'Payload as a string, used byte for byte'
            cand -f 'Payload file (`-` reads stdin); streamed, so size does not matter'
            cand --file 'Payload file (`-` reads stdin); streamed, so size does not matter'
            cand --timestamp 'Unix timestamp to sign with (default: now)'
            cand --id 'Event or message id for schemes that sign or send one (default: a fresh id)'
            cand --event 'Event type for headers that carry it (default: read from the payload)'
            cand -o 'What to print'
            cand --output 'What to print'
            cand --scheme 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)'
            cand --private-key 'Ed25519 private key file (PEM from `hookctl keygen ed25519`, or a base64/hex 32-byte seed)'
            cand --public-key 'Ed25519 public key: base64 (32 bytes), or a file holding base64 or PEM'
            cand --url 'Target URL as registered with the provider (part of the signed input for ed25519)'
            cand --header 'Header that carries the signature'
            cand --algorithm 'Hash used in the HMAC'
            cand --encoding 'Encoding of the signature value'
            cand --prefix 'Text before the encoded signature in the header value (e.g. `sha256=`)'
            cand --template 'Signed input; placeholders {body}, {timestamp}, {id}'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;verify'= {
            cand -p 'Provider whose scheme to check; `auto` picks it from the headers'
            cand --provider 'Provider whose scheme to check; `auto` picks it from the headers'
            cand --secret-file 'Read the signing secret from a file (a trailing newline is ignored)'
            cand --secret-env 'Read the signing secret from this environment variable'
            cand --secret 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)'
            cand -d 'Payload as a string, used byte for byte'
            cand --data 'Payload as a string, used byte for byte'
            cand -f 'Payload file (`-` reads stdin); streamed, so size does not matter'
            cand --file 'Payload file (`-` reads stdin); streamed, so size does not matter'
            cand -s 'The signature header''s value as received'
            cand --signature 'The signature header''s value as received'
            cand -H 'A header as received, `Name: value` (repeatable)'
            cand --request-header 'A header as received, `Name: value` (repeatable)'
            cand --request 'A record line from `listen --record`, or a raw HTTP request'
            cand --timestamp 'Timestamp for schemes that send it in its own header (with --signature)'
            cand --id 'Message id for schemes that sign it (with --signature)'
            cand --tolerance 'How old (or how far in the future) a timestamp may be'
            cand --now 'Check as if the time were this Unix timestamp'
            cand -o 'o'
            cand --output 'output'
            cand --scheme 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)'
            cand --private-key 'Ed25519 private key file (PEM from `hookctl keygen ed25519`, or a base64/hex 32-byte seed)'
            cand --public-key 'Ed25519 public key: base64 (32 bytes), or a file holding base64 or PEM'
            cand --url 'Target URL as registered with the provider (part of the signed input for ed25519)'
            cand --header 'Header that carries the signature'
            cand --algorithm 'Hash used in the HMAC'
            cand --encoding 'Encoding of the signature value'
            cand --prefix 'Text before the encoded signature in the header value (e.g. `sha256=`)'
            cand --template 'Signed input; placeholders {body}, {timestamp}, {id}'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;send-test'= {
            cand -p 'p'
            cand --provider 'provider'
            cand -e 'Event type from the provider''s catalog (default: its first event)'
            cand --event 'Event type from the provider''s catalog (default: its first event)'
            cand --secret-file 'Read the signing secret from a file (a trailing newline is ignored)'
            cand --secret-env 'Read the signing secret from this environment variable'
            cand --secret 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)'
            cand -d 'Payload as a string, used byte for byte'
            cand --data 'Payload as a string, used byte for byte'
            cand -f 'Payload file (`-` reads stdin); streamed, so size does not matter'
            cand --file 'Payload file (`-` reads stdin); streamed, so size does not matter'
            cand --set 'Edit the sample: dotted path = value (JSON, else string); repeatable'
            cand -H 'Extra header, `Name: value` (repeatable)'
            cand --request-header 'Extra header, `Name: value` (repeatable)'
            cand --verification-code 'Verification code the receiver must answer (Cryptohopper)'
            cand --timeout 'Give up after this long (default: the provider''s own delivery timeout)'
            cand --expect 'Status that counts as success: 200, 2xx, 4xx…'
            cand --repeat 'Send the same event (same id, fresh signature) N times'
            cand --time-scale 'Compress the retry schedule by this factor'
            cand --count 'Load mode: send N distinct events'
            cand --concurrency 'Load mode: requests in flight'
            cand --rate 'Load mode: at most this many events per second'
            cand -o 'o'
            cand --output 'output'
            cand --scheme 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)'
            cand --private-key 'Ed25519 private key file (PEM from `hookctl keygen ed25519`, or a base64/hex 32-byte seed)'
            cand --public-key 'Ed25519 public key: base64 (32 bytes), or a file holding base64 or PEM'
            cand --url 'Target URL as registered with the provider (part of the signed input for ed25519)'
            cand --header 'Header that carries the signature'
            cand --algorithm 'Hash used in the HMAC'
            cand --encoding 'Encoding of the signature value'
            cand --prefix 'Text before the encoded signature in the header value (e.g. `sha256=`)'
            cand --template 'Signed input; placeholders {body}, {timestamp}, {id}'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --challenge 'Run the provider''s URL-verification handshake instead of sending an event'
            cand --retry 'Retry a failed delivery on the provider''s schedule'
            cand --insecure 'Accept invalid TLS certificates (self-signed local receivers)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;listen'= {
            cand --host 'Address to bind'
            cand --port 'Port to bind; 0 picks a free one'
            cand --path 'Path that receives webhooks'
            cand -p 'Provider to verify with; auto detects it from each request''s headers'
            cand --provider 'Provider to verify with; auto detects it from each request''s headers'
            cand --secret-file 'Read the signing secret from a file (a trailing newline is ignored)'
            cand --secret-env 'Read the signing secret from this environment variable'
            cand --secret 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)'
            cand --secret-for 'Secret of one provider when several hit this listener: PROVIDER=@FILE or PROVIDER=env:VAR (repeatable; config `[providers.<id>] secret` and HOOKCTL_<ID>_SECRET work too)'
            cand --tolerance 'How old (or how far in the future) a signed timestamp may be'
            cand --verification-code 'Code to answer Cryptohopper''s validate message with'
            cand --verify-token 'Token Meta''s hub.challenge must carry'
            cand --forward-to 'Forward every event to your app and relay its answer'
            cand --forward-timeout 'Answer 504 when the app is slower than this (default: the provider''s own timeout)'
            cand --record 'Append one JSON line per request to this file'
            cand --count 'Exit 0 after N valid events'
            cand --timeout 'Exit 1 if --count events did not arrive in time'
            cand --max-body 'Largest body accepted (413 beyond)'
            cand --tls-cert 'TLS certificate (PEM) to serve HTTPS'
            cand --tls-key 'TLS private key (PEM)'
            cand -o 'o'
            cand --output 'output'
            cand --scheme 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)'
            cand --private-key 'Ed25519 private key file (PEM from `hookctl keygen ed25519`, or a base64/hex 32-byte seed)'
            cand --public-key 'Ed25519 public key: base64 (32 bytes), or a file holding base64 or PEM'
            cand --url 'Target URL as registered with the provider (part of the signed input for ed25519)'
            cand --header 'Header that carries the signature'
            cand --algorithm 'Hash used in the HMAC'
            cand --encoding 'Encoding of the signature value'
            cand --prefix 'Text before the encoded signature in the header value (e.g. `sha256=`)'
            cand --template 'Signed input; placeholders {body}, {timestamp}, {id}'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --fsync 'fsync the record after every line'
            cand --accept-invalid 'Answer 200 even when a signature is invalid'
            cand --full 'Show whole bodies instead of folding long ones'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;replay'= {
            cand --to 'URL to send the requests to'
            cand --event-id 'Only this event id (repeatable)'
            cand --secret-file 'Read the signing secret from a file (a trailing newline is ignored)'
            cand --secret-env 'Read the signing secret from this environment variable'
            cand --secret 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --only-valid 'Only requests whose signature was valid'
            cand --resign 'Sign afresh with a new timestamp'
            cand --strict 'Stop at the first malformed line'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;events'= {
            cand -p 'p'
            cand --provider 'provider'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;providers'= {
            cand -p 'Show one provider in detail, with what is inferred or unknown'
            cand --provider 'Show one provider in detail, with what is inferred or unknown'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List webhook endpoints'
            cand get 'Show one endpoint'
            cand create 'Create an endpoint'
            cand update 'Change an endpoint'
            cand delete 'Delete an endpoint'
            cand enable 'Enable an endpoint'
            cand disable 'Disable an endpoint'
            cand add-events 'Subscribe an endpoint to more events'
            cand remove-events 'Unsubscribe an endpoint from events'
            cand rotate-secret 'Issue a new signing secret'
            cand ping 'Ask the provider to send a ping'
            cand test 'Ask the provider to send a test event'
            cand deliveries 'List delivery attempts'
            cand redeliver 'Deliver a past payload again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;webhooks;list'= {
            cand --state 'Filter by state (Noko)'
            cand --name 'Filter by name (Noko)'
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;get'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;create'= {
            cand --url 'url'
            cand --event 'Event to subscribe to (repeatable)'
            cand --name 'name'
            cand --partner-id 'Partner to scope the endpoint to (repeatable; Novatrade24)'
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --save-secret 'Store the returned signing secret in the config file'
            cand --allow-http 'Allow http:// URLs (local tests)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;update'= {
            cand --url 'url'
            cand --name 'name'
            cand --event 'event'
            cand --status 'status'
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --allow-http 'allow-http'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;delete'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;enable'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;disable'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;add-events'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;remove-events'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;rotate-secret'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --yes 'yes'
            cand --save-secret 'save-secret'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;ping'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;test'= {
            cand --event 'event'
            cand --data 'data'
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;deliveries'= {
            cand --status 'status'
            cand --since 'since'
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;redeliver'= {
            cand -p 'p'
            cand --provider 'provider'
            cand --token-file 'Read the API token from a file'
            cand --token-env 'Read the API token from this environment variable'
            cand --token 'The API token itself (visible in shell history and `ps`)'
            cand --client-id 'OAuth2 client id, exchanged for a token'
            cand --client-secret 'OAuth2 client secret'
            cand --base-url 'Replace the scheme, host and port of the provider''s API root'
            cand --timeout 'Per-request timeout'
            cand --retries 'Retries for 429 and 5xx'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;webhooks;help'= {
            cand list 'List webhook endpoints'
            cand get 'Show one endpoint'
            cand create 'Create an endpoint'
            cand update 'Change an endpoint'
            cand delete 'Delete an endpoint'
            cand enable 'Enable an endpoint'
            cand disable 'Disable an endpoint'
            cand add-events 'Subscribe an endpoint to more events'
            cand remove-events 'Unsubscribe an endpoint from events'
            cand rotate-secret 'Issue a new signing secret'
            cand ping 'Ask the provider to send a ping'
            cand test 'Ask the provider to send a test event'
            cand deliveries 'List delivery attempts'
            cand redeliver 'Deliver a past payload again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;webhooks;help;list'= {
        }
        &'hookctl;webhooks;help;get'= {
        }
        &'hookctl;webhooks;help;create'= {
        }
        &'hookctl;webhooks;help;update'= {
        }
        &'hookctl;webhooks;help;delete'= {
        }
        &'hookctl;webhooks;help;enable'= {
        }
        &'hookctl;webhooks;help;disable'= {
        }
        &'hookctl;webhooks;help;add-events'= {
        }
        &'hookctl;webhooks;help;remove-events'= {
        }
        &'hookctl;webhooks;help;rotate-secret'= {
        }
        &'hookctl;webhooks;help;ping'= {
        }
        &'hookctl;webhooks;help;test'= {
        }
        &'hookctl;webhooks;help;deliveries'= {
        }
        &'hookctl;webhooks;help;redeliver'= {
        }
        &'hookctl;webhooks;help;help'= {
        }
        &'hookctl;config'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path'
            cand list 'Print every setting, secrets masked'
            cand get 'Print one setting'
            cand set 'Set a value (prompts hidden when VALUE is omitted)'
            cand unset 'Remove a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;config;path'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;list'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;get'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;set'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;unset'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;help'= {
            cand path 'Print the config file''s path'
            cand list 'Print every setting, secrets masked'
            cand get 'Print one setting'
            cand set 'Set a value (prompts hidden when VALUE is omitted)'
            cand unset 'Remove a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;config;help;path'= {
        }
        &'hookctl;config;help;list'= {
        }
        &'hookctl;config;help;get'= {
        }
        &'hookctl;config;help;set'= {
        }
        &'hookctl;config;help;unset'= {
        }
        &'hookctl;config;help;help'= {
        }
        &'hookctl;keygen'= {
            cand --out 'Where to write the private key (PEM, mode 0600)'
            cand -o 'o'
            cand --output 'output'
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand --force 'Replace an existing file'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;completions'= {
            cand --color 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal'
            cand --config 'Config file to read and write'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print extra detail on stderr'
            cand --verbose 'Print extra detail on stderr'
            cand --no-input 'Never prompt (implied when stdin is not a terminal or CI is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;help'= {
            cand sign 'Sign a payload exactly as a provider does; print the headers it would send'
            cand verify 'Check a signature against a payload; exit 0 valid, 1 invalid'
            cand send-test 'Build a signed synthetic event from a provider''s catalog and POST it to a URL'
            cand listen 'Local receiver: answer challenges, verify, pretty-print, record, forward'
            cand replay 'Re-send events recorded by `listen --record` to a URL'
            cand events 'List a provider''s event types, or print a sample payload for one'
            cand providers 'List providers and their signing schemes'
            cand webhooks 'Manage webhook endpoints through a provider''s management API'
            cand config 'Read and write the config file (secrets, tokens, base URLs per provider)'
            cand keygen 'Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;help;sign'= {
        }
        &'hookctl;help;verify'= {
        }
        &'hookctl;help;send-test'= {
        }
        &'hookctl;help;listen'= {
        }
        &'hookctl;help;replay'= {
        }
        &'hookctl;help;events'= {
        }
        &'hookctl;help;providers'= {
        }
        &'hookctl;help;webhooks'= {
            cand list 'List webhook endpoints'
            cand get 'Show one endpoint'
            cand create 'Create an endpoint'
            cand update 'Change an endpoint'
            cand delete 'Delete an endpoint'
            cand enable 'Enable an endpoint'
            cand disable 'Disable an endpoint'
            cand add-events 'Subscribe an endpoint to more events'
            cand remove-events 'Unsubscribe an endpoint from events'
            cand rotate-secret 'Issue a new signing secret'
            cand ping 'Ask the provider to send a ping'
            cand test 'Ask the provider to send a test event'
            cand deliveries 'List delivery attempts'
            cand redeliver 'Deliver a past payload again'
        }
        &'hookctl;help;webhooks;list'= {
        }
        &'hookctl;help;webhooks;get'= {
        }
        &'hookctl;help;webhooks;create'= {
        }
        &'hookctl;help;webhooks;update'= {
        }
        &'hookctl;help;webhooks;delete'= {
        }
        &'hookctl;help;webhooks;enable'= {
        }
        &'hookctl;help;webhooks;disable'= {
        }
        &'hookctl;help;webhooks;add-events'= {
        }
        &'hookctl;help;webhooks;remove-events'= {
        }
        &'hookctl;help;webhooks;rotate-secret'= {
        }
        &'hookctl;help;webhooks;ping'= {
        }
        &'hookctl;help;webhooks;test'= {
        }
        &'hookctl;help;webhooks;deliveries'= {
        }
        &'hookctl;help;webhooks;redeliver'= {
        }
        &'hookctl;help;config'= {
            cand path 'Print the config file''s path'
            cand list 'Print every setting, secrets masked'
            cand get 'Print one setting'
            cand set 'Set a value (prompts hidden when VALUE is omitted)'
            cand unset 'Remove a setting'
        }
        &'hookctl;help;config;path'= {
        }
        &'hookctl;help;config;list'= {
        }
        &'hookctl;help;config;get'= {
        }
        &'hookctl;help;config;set'= {
        }
        &'hookctl;help;config;unset'= {
        }
        &'hookctl;help;keygen'= {
        }
        &'hookctl;help;completions'= {
        }
        &'hookctl;help;help'= {
        }
    ]
    $completions[$command]
}
