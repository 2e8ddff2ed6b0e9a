# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hookctl_global_optspecs
    string join \n color= q/quiet v/verbose config= no-input h/help V/version
end

function __fish_hookctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hookctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hookctl_using_subcommand
    set -l cmd (__fish_hookctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hookctl -n "__fish_hookctl_needs_command" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_needs_command" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_needs_command" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_needs_command" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_needs_command" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_needs_command" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "sign" -d 'Sign a payload exactly as a provider does; print the headers it would send'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "verify" -d 'Check a signature against a payload; exit 0 valid, 1 invalid'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "send-test" -d 'Build a signed synthetic event from a provider\'s catalog and POST it to a URL'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "probe" -d 'Attack your own receiver as a forger would: a valid delivery, then forgeries it must refuse'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "listen" -d 'Local receiver: answer challenges, verify, pretty-print, record, forward'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "replay" -d 'Re-send events recorded by `listen --record` to a URL'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "events" -d 'List a provider\'s event types, or print a sample payload for one'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "providers" -d 'List providers and their signing schemes'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "webhooks" -d 'Manage webhook endpoints through a provider\'s management API'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "config" -d 'Read and write the config file (secrets, tokens, base URLs per provider)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "keygen" -d 'Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "selftest" -d 'Run every built-in known-answer vector; exit 1 on any failure'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "doctor" -d 'Check the local setup when nothing verifies: config, file modes, secrets, schemes, clock'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s p -l provider -d 'Provider whose scheme to use (see `hookctl providers`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret-file -d 'Read the signing secret from a file (a trailing newline is ignored)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret-env -d 'Read the signing secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret -d 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s d -l data -d 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `\'\'` is an empty body)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s f -l file -d 'Payload file (`-` reads stdin); streamed, so size does not matter' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l timestamp -d 'Unix timestamp to sign with (default: now)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l id -d 'Event or message id for schemes that sign or send one (default: a fresh id)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l event -d 'Event type for headers that carry it (default: read from the payload)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s o -l output -d 'What to print' -r -f -a "headers\t'Every header the provider sends, `Name: value` a line'
value\t'Only the signature value'
json\t'{"provider","headers","signed_bytes"}'
curl\t'A complete curl command line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l scheme -d 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)' -r -f -a "hmac\t''
ed25519\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l private-key -d 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l public-key -d 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l url -d 'Target URL as registered with the provider (part of the signed input for ed25519)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l header -d 'Header that carries the signature' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l algorithm -d 'Hash used in the HMAC' -r -f -a "sha1\t''
sha256\t''
sha512\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l encoding -d 'Encoding of the signature value' -r -f -a "hex\t''
base64\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l prefix -d 'Text before the encoded signature in the header value (e.g. `sha256=`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l template -d 'Signed input; placeholders {body}, {timestamp}, {id}' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s p -l provider -d 'Provider whose scheme to check; `auto` picks it from the headers' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret-file -d 'Read the signing secret from a file (a trailing newline is ignored)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret-env -d 'Read the signing secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret -d 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s d -l data -d 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `\'\'` is an empty body)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s f -l file -d 'Payload file (`-` reads stdin); streamed, so size does not matter' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s s -l signature -d 'The signature header\'s value as received' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s H -l request-header -d 'A header as received, `Name: value` (repeatable)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l request -d 'One record line from `listen --record`, or a raw HTTP request (`-` reads stdin)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l timestamp -d 'Timestamp for schemes that send it in its own header (with --signature)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l id -d 'Message id for schemes that sign it (with --signature)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l tolerance -d 'How old (or how far in the future) a timestamp may be' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l now -d 'Check as if the time were this Unix timestamp' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l scheme -d 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)' -r -f -a "hmac\t''
ed25519\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l private-key -d 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l public-key -d 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l url -d 'Target URL as registered with the provider (part of the signed input for ed25519)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l header -d 'Header that carries the signature' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l algorithm -d 'Hash used in the HMAC' -r -f -a "sha1\t''
sha256\t''
sha512\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l encoding -d 'Encoding of the signature value' -r -f -a "hex\t''
base64\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l prefix -d 'Text before the encoded signature in the header value (e.g. `sha256=`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l template -d 'Signed input; placeholders {body}, {timestamp}, {id}' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l explain -d 'Explain the check: header parts, key rule, signed string, skew, likely cause of a mismatch'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l show-expected -d 'With --explain, also print the signature hookctl expected'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s p -l provider -d 'Provider whose scheme to use (see `hookctl providers`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s e -l event -d 'Event type from the provider\'s catalog (default: its first event)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l secret-file -d 'Read the signing secret from a file (a trailing newline is ignored)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l secret-env -d 'Read the signing secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l secret -d 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s d -l data -d 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `\'\'` is an empty body)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s f -l file -d 'Payload file (`-` reads stdin); streamed, so size does not matter' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l set -d 'Edit the sample: dotted path = value (JSON, else string); repeatable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s H -l request-header -d 'Extra header, `Name: value` (repeatable)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l verification-code -d 'Verification code the receiver must answer (Cryptohopper), or Meta\'s verify token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l timeout -d 'Give up after this long (default: the provider\'s own delivery timeout)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l expect -d 'Status that counts as success: 200, 2xx, 4xx…' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l repeat -d 'Send the same event (same id, fresh signature) N times' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l time-scale -d 'Compress the retry schedule by this factor' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l count -d 'Load mode: send N distinct events' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l concurrency -d 'Load mode: requests in flight' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l rate -d 'Load mode: at most this many events per second' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l scheme -d 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)' -r -f -a "hmac\t''
ed25519\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l private-key -d 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l public-key -d 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l url -d 'Target URL as registered with the provider (part of the signed input for ed25519)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l header -d 'Header that carries the signature' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l algorithm -d 'Hash used in the HMAC' -r -f -a "sha1\t''
sha256\t''
sha512\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l encoding -d 'Encoding of the signature value' -r -f -a "hex\t''
base64\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l prefix -d 'Text before the encoded signature in the header value (e.g. `sha256=`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l template -d 'Signed input; placeholders {body}, {timestamp}, {id}' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l challenge -d 'Run the provider\'s URL-verification handshake instead of sending an event'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l retry -d 'Retry a failed delivery on the provider\'s schedule'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l insecure -d 'Accept invalid TLS certificates (self-signed local receivers)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand send-test" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s p -l provider -d 'Provider whose scheme the receiver verifies (see `hookctl providers`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s e -l event -d 'Event type from the provider\'s catalog (default: its first event)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l secret-file -d 'Read the signing secret from a file (a trailing newline is ignored)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l secret-env -d 'Read the signing secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l secret -d 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l only -d 'Run only this case (repeatable; ids are in the report)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l skip -d 'Leave this case out (repeatable)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l tolerance -d 'Timestamp tolerance of the receiver; bad timestamps are put twice as far out' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l verification-code -d 'Verification code the handshake needs (Cryptohopper), or Meta\'s verify token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l timeout -d 'Give up on an answer after this long (default: the provider\'s own delivery timeout)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l scheme -d 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)' -r -f -a "hmac\t''
ed25519\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l private-key -d 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l public-key -d 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l url -d 'Target URL as registered with the provider (part of the signed input for ed25519)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l header -d 'Header that carries the signature' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l algorithm -d 'Hash used in the HMAC' -r -f -a "sha1\t''
sha256\t''
sha512\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l encoding -d 'Encoding of the signature value' -r -f -a "hex\t''
base64\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l prefix -d 'Text before the encoded signature in the header value (e.g. `sha256=`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l template -d 'Signed input; placeholders {body}, {timestamp}, {id}' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l insecure -d 'Probe an https:// receiver whose certificate providers would refuse'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l dry-run -d 'List the cases and print each request instead of sending it'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand probe" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l host -d 'Address to bind' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l port -d 'Port to bind; 0 picks a free one' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l path -d 'Path that receives webhooks' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s p -l provider -d 'Provider to verify with; auto detects it from each request\'s headers' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret-file -d 'Read the signing secret from a file (a trailing newline is ignored)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret-env -d 'Read the signing secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret -d 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret-for -d 'Secret of one provider when several hit this listener: PROVIDER=@FILE or PROVIDER=env:VAR (repeatable; config `[providers.<id>] secret` and HOOKCTL_<ID>_SECRET work too)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tolerance -d 'How old (or how far in the future) a signed timestamp may be' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l verification-code -d 'Code to answer Cryptohopper\'s validate message with' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l verify-token -d 'Token Meta\'s hub.challenge must carry' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l forward-to -d 'Forward events to your app and relay its answer: URL (the default route), or PROVIDER=URL, PROVIDER:EVENTS=URL, *:EVENTS=URL (repeatable; the first match wins)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l events -d 'Only forward these event types: a glob (`invoice.*`), `!GLOB` leaves types out (repeatable); the rest are answered 200 and recorded' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l forward-timeout -d 'Answer 504 when the app is slower than this (default: the provider\'s own timeout)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l forward-ca -d 'Trust the CA certificates in this PEM file for the app, besides the built-in roots' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l forward-header -d 'Add or replace a header on forwarded requests: \'Name: value\' (repeatable)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l record -d 'Append one JSON line per request to this file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l count -d 'Exit 0 after N valid events' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l timeout -d 'Exit 1 if --count events did not arrive in time' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l max-body -d 'Largest body accepted (413 beyond)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l max-connections -d 'Most connections served at once; more wait in the kernel\'s backlog' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l header-timeout -d 'Close a connection whose request head (line and headers) takes longer than this (408)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l body-timeout -d 'Close a connection whose body sends nothing for this long (408)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l idle-timeout -d 'Close a kept-alive connection idle for this long' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l max-head -d 'Largest request head, request line and headers together (431 beyond)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l max-request-line -d 'Longest request line (414 beyond)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l max-headers -d 'Most header fields in one request (431 beyond)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tls-cert -d 'TLS certificate (PEM) to serve HTTPS' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tls-key -d 'TLS private key (PEM)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s o -l output -d 'What each request prints [default: compact on a terminal, pretty otherwise]' -r -f -a "compact\t'One line per request (the default on a terminal)'
pretty\t'Each request\'s line, notes and body (the default when stdout is not a terminal)'
json\t'The record line, on stdout; banner and reasons on stderr'
raw\t'The body as received, on stdout'
quiet\t'Nothing per request: the summary at the end'"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l scheme -d 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)' -r -f -a "hmac\t''
ed25519\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l private-key -d 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l public-key -d 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l url -d 'Target URL as registered with the provider (part of the signed input for ed25519)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l header -d 'Header that carries the signature' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l algorithm -d 'Hash used in the HMAC' -r -f -a "sha1\t''
sha256\t''
sha512\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l encoding -d 'Encoding of the signature value' -r -f -a "hex\t''
base64\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l prefix -d 'Text before the encoded signature in the header value (e.g. `sha256=`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l template -d 'Signed input; placeholders {body}, {timestamp}, {id}' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l fan-out -d 'Send each event to every matching route; the first one\'s answer is the sender\'s'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l forward-insecure -d 'Accept any TLS certificate from the app (a self-signed development server)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l fsync -d 'fsync the record after every line'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l accept-invalid -d 'Answer 200 even when a signature is invalid'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l confirm-sns -d 'Confirm Amazon SNS subscriptions: GET the SubscribeURL of a verified SubscriptionConfirmation (only sns.<region>.amazonaws.com or loopback hosts)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l full -d 'Show whole bodies instead of folding long ones'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l to -d 'URL to send the requests to (`localhost:3000/hooks` means http://)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l event-id -d 'Only this event id (repeatable)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l timeout -d 'Give up on a request after this long (default: the recorded provider\'s delivery timeout)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l secret-file -d 'Read the signing secret from a file (a trailing newline is ignored)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l secret-env -d 'Read the signing secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l secret -d 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l only-valid -d 'Only requests whose signature was valid'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l resign -d 'Sign afresh with a new timestamp'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l strict -d 'Stop at the first malformed line'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l insecure -d 'Accept invalid TLS certificates (self-signed local receivers)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -s p -l provider -d 'Provider whose event catalog to show (see `hookctl providers`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand events" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -s p -l provider -d 'Show one provider in detail, with what is inferred or unknown' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand providers" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "list" -d 'List webhook endpoints'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "get" -d 'Show one endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "create" -d 'Create an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "update" -d 'Change an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "delete" -d 'Delete an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "enable" -d 'Enable an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "disable" -d 'Disable an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "add-events" -d 'Subscribe an endpoint to more events'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "remove-events" -d 'Unsubscribe an endpoint from events'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "rotate-secret" -d 'Issue a new signing secret'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "ping" -d 'Ask the provider to send a ping'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "test" -d 'Ask the provider to send a test event'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "deliveries" -d 'List delivery attempts'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "redeliver" -d 'Deliver a past payload again'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l state -d 'Filter by state: enabled or disabled (Noko)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l name -d 'Filter by name substring (Noko)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l url -d 'Receiver URL (https:// unless --allow-http)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l event -d 'Event to subscribe to (repeatable; prompts with the catalog on a terminal)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l name -d 'Endpoint name (Noko requires one; Noones calls it a tag)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l partner-id -d 'Partner to scope the endpoint to (repeatable; Novatrade24)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l save-secret -d 'Store the returned signing secret in the config file'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l allow-http -d 'Allow http:// URLs (local tests)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l url -d 'New receiver URL' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l name -d 'New name (Noko)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l event -d 'Replace the subscribed events (repeatable; Novatrade24)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l status -d 'New status: ACTIVE, PAUSED or DISABLED (Novatrade24)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l allow-http -d 'Allow http:// URLs (local tests)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask for confirmation'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from add-events" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from remove-events" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l yes -d 'Do not ask for confirmation'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l save-secret -d 'Store the new signing secret in the config file'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from rotate-secret" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from ping" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l event -d 'Event type to fire' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l data -d 'The event\'s `data` object (default `{}`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l status -d 'Only deliveries in this state: PENDING, DELIVERED or FAILED' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l since -d 'Only deliveries created after this RFC 3339 time, or this long ago (24h)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -s p -l provider -d 'Provider whose API to use: novatrade24, noko, noones, cryptohopper' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l token-file -d 'Read the API token from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l token-env -d 'Read the API token from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l token -d 'The API token itself (visible in shell history and `ps`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l client-id -d 'OAuth2 client id, exchanged for a token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l client-secret -d 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l client-secret-file -d 'Read the OAuth2 client secret from a file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l token-url -d 'OAuth2 token endpoint (default: the provider\'s documented one; config `token_url`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l base-url -d 'Replace the scheme, host and port of the provider\'s API root' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l timeout -d 'Per-request timeout' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l retries -d 'Retries for 429, 5xx and dropped connections' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l retry-base -d 'First retry delay, doubled each time (tests shorten it)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from redeliver" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List webhook endpoints'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "add-events" -d 'Subscribe an endpoint to more events'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "remove-events" -d 'Unsubscribe an endpoint from events'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "rotate-secret" -d 'Issue a new signing secret'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "ping" -d 'Ask the provider to send a ping'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "test" -d 'Ask the provider to send a test event'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "deliveries" -d 'List delivery attempts'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "redeliver" -d 'Deliver a past payload again'
complete -c hookctl -n "__fish_hookctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -f -a "path" -d 'Print the config file\'s path'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -f -a "list" -d 'Print every setting, secrets masked'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -f -a "get" -d 'Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -f -a "set" -d 'Set a value (prompts hidden when VALUE is omitted)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -f -a "unset" -d 'Remove a setting'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from path list get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -l reveal -d 'Print a secret or token in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print every setting, secrets masked'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value (prompts hidden when VALUE is omitted)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -l out -d 'Where to write the private key (PEM, mode 0600)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -l force -d 'Replace an existing file'
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand keygen" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -l export -d 'Also write each vector to DIR as a language-neutral JSON file: key, inputs, expected headers, and tampered cases that must fail' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand selftest" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -s o -l output -r -f -a "pretty\t''
json\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -l color -d 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -l config -d 'Config file to read and write' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -l offline -d 'Skip the checks that need the network (the clock against the configured APIs)'
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -s v -l verbose -d 'Print extra detail on stderr'
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -l no-input -d 'Never prompt (implied when stdin is not a terminal or CI is set)'
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c hookctl -n "__fish_hookctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "sign" -d 'Sign a payload exactly as a provider does; print the headers it would send'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "verify" -d 'Check a signature against a payload; exit 0 valid, 1 invalid'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "send-test" -d 'Build a signed synthetic event from a provider\'s catalog and POST it to a URL'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "probe" -d 'Attack your own receiver as a forger would: a valid delivery, then forgeries it must refuse'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "listen" -d 'Local receiver: answer challenges, verify, pretty-print, record, forward'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "replay" -d 'Re-send events recorded by `listen --record` to a URL'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "events" -d 'List a provider\'s event types, or print a sample payload for one'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "providers" -d 'List providers and their signing schemes'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "webhooks" -d 'Manage webhook endpoints through a provider\'s management API'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "config" -d 'Read and write the config file (secrets, tokens, base URLs per provider)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "keygen" -d 'Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "selftest" -d 'Run every built-in known-answer vector; exit 1 on any failure'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "doctor" -d 'Check the local setup when nothing verifies: config, file modes, secrets, schemes, clock'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify send-test probe listen replay events providers webhooks config keygen completions selftest doctor help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "list" -d 'List webhook endpoints'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "get" -d 'Show one endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "create" -d 'Create an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "update" -d 'Change an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "delete" -d 'Delete an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "enable" -d 'Enable an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "disable" -d 'Disable an endpoint'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "add-events" -d 'Subscribe an endpoint to more events'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "remove-events" -d 'Unsubscribe an endpoint from events'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "rotate-secret" -d 'Issue a new signing secret'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "ping" -d 'Ask the provider to send a ping'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "test" -d 'Ask the provider to send a test event'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "deliveries" -d 'List delivery attempts'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "redeliver" -d 'Deliver a past payload again'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Print every setting, secrets masked'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value (prompts hidden when VALUE is omitted)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting'
