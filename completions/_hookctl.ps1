
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hookctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hookctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hookctl' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload exactly as a provider does; print the headers it would send')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a signature against a payload; exit 0 valid, 1 invalid')
            [CompletionResult]::new('send-test', 'send-test', [CompletionResultType]::ParameterValue, 'Build a signed synthetic event from a provider''s catalog and POST it to a URL')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Attack your own receiver as a forger would: a valid delivery, then forgeries it must refuse')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Local receiver: answer challenges, verify, pretty-print, record, forward')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-send events recorded by `listen --record` to a URL')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Browse a record file in the web inspector: verdicts, diagnosis, diff, re-sign and send')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List a provider''s event types, or print a sample payload for one')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List providers and their signing schemes')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Manage webhook endpoints through a provider''s management API')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and write the config file (secrets, tokens, base URLs per provider)')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('selftest', 'selftest', [CompletionResultType]::ParameterValue, 'Run every built-in known-answer vector; exit 1 on any failure')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the local setup when nothing verifies: config, file modes, secrets, schemes, clock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sign' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose scheme to use (see `hookctl providers`)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose scheme to use (see `hookctl providers`)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `''''` is an empty body)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `''''` is an empty body)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Payload file (`-` reads stdin); streamed, so size does not matter')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Payload file (`-` reads stdin); streamed, so size does not matter')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix timestamp to sign with (default: now)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Event or message id for schemes that sign or send one (default: a fresh id)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event type for headers that carry it (default: read from the payload)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'What to print')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Target URL as registered with the provider (part of the signed input for ed25519)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header that carries the signature')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Hash used in the HMAC')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Encoding of the signature value')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Text before the encoded signature in the header value (e.g. `sha256=`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Signed input; placeholders {body}, {timestamp}, {id}')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;verify' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose scheme to check; `auto` picks it from the headers')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose scheme to check; `auto` picks it from the headers')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `''''` is an empty body)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `''''` is an empty body)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Payload file (`-` reads stdin); streamed, so size does not matter')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Payload file (`-` reads stdin); streamed, so size does not matter')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The signature header''s value as received')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The signature header''s value as received')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A header as received, `Name: value` (repeatable)')
            [CompletionResult]::new('--request-header', '--request-header', [CompletionResultType]::ParameterName, 'A header as received, `Name: value` (repeatable)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'One record line from `listen --record`, or a raw HTTP request (`-` reads stdin)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Timestamp for schemes that send it in its own header (with --signature)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Message id for schemes that sign it (with --signature)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'How old (or how far in the future) a timestamp may be')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Check as if the time were this Unix timestamp')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Target URL as registered with the provider (part of the signed input for ed25519)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header that carries the signature')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Hash used in the HMAC')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Encoding of the signature value')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Text before the encoded signature in the header value (e.g. `sha256=`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Signed input; placeholders {body}, {timestamp}, {id}')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Explain the check: header parts, key rule, signed string, skew, likely cause of a mismatch')
            [CompletionResult]::new('--show-expected', '--show-expected', [CompletionResultType]::ParameterName, 'With --explain, also print the signature hookctl expected')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;send-test' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose scheme to use (see `hookctl providers`)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose scheme to use (see `hookctl providers`)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Event type from the provider''s catalog (default: its first event)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event type from the provider''s catalog (default: its first event)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `''''` is an empty body)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Payload as given, used byte for byte (any bytes, UTF-8 or not; `''''` is an empty body)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Payload file (`-` reads stdin); streamed, so size does not matter')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Payload file (`-` reads stdin); streamed, so size does not matter')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Edit the sample: dotted path = value (JSON, else string); repeatable')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra header, `Name: value` (repeatable)')
            [CompletionResult]::new('--request-header', '--request-header', [CompletionResultType]::ParameterName, 'Extra header, `Name: value` (repeatable)')
            [CompletionResult]::new('--verification-code', '--verification-code', [CompletionResultType]::ParameterName, 'Verification code the receiver must answer (Cryptohopper), or Meta''s verify token')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (default: the provider''s own delivery timeout)')
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'Status that counts as success: 200, 2xx, 4xx…')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Send the same event (same id, fresh signature) N times')
            [CompletionResult]::new('--time-scale', '--time-scale', [CompletionResultType]::ParameterName, 'Compress the retry schedule by this factor')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Load mode: send N distinct events')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Load mode: requests in flight')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Load mode: at most this many events per second')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Target URL as registered with the provider (part of the signed input for ed25519)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header that carries the signature')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Hash used in the HMAC')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Encoding of the signature value')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Text before the encoded signature in the header value (e.g. `sha256=`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Signed input; placeholders {body}, {timestamp}, {id}')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'Run the provider''s URL-verification handshake instead of sending an event')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retry a failed delivery on the provider''s schedule')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept invalid TLS certificates (self-signed local receivers)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;probe' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose scheme the receiver verifies (see `hookctl providers`)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose scheme the receiver verifies (see `hookctl providers`)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Event type from the provider''s catalog (default: its first event)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event type from the provider''s catalog (default: its first event)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Run only this case (repeatable; ids are in the report)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Leave this case out (repeatable)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Timestamp tolerance of the receiver; bad timestamps are put twice as far out')
            [CompletionResult]::new('--verification-code', '--verification-code', [CompletionResultType]::ParameterName, 'Verification code the handshake needs (Cryptohopper), or Meta''s verify token')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an answer after this long (default: the provider''s own delivery timeout)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Target URL as registered with the provider (part of the signed input for ed25519)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header that carries the signature')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Hash used in the HMAC')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Encoding of the signature value')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Text before the encoded signature in the header value (e.g. `sha256=`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Signed input; placeholders {body}, {timestamp}, {id}')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Probe an https:// receiver whose certificate providers would refuse')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the cases and print each request instead of sending it')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;listen' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to bind')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to bind; 0 picks a free one')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path that receives webhooks')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider to verify with; auto detects it from each request''s headers')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider to verify with; auto detects it from each request''s headers')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('--secret-for', '--secret-for', [CompletionResultType]::ParameterName, 'Secret of one provider when several hit this listener: PROVIDER=@FILE or PROVIDER=env:VAR (repeatable; config `[providers.<id>] secret` and HOOKCTL_<ID>_SECRET work too)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'How old (or how far in the future) a signed timestamp may be')
            [CompletionResult]::new('--verification-code', '--verification-code', [CompletionResultType]::ParameterName, 'Code to answer Cryptohopper''s validate message with')
            [CompletionResult]::new('--verify-token', '--verify-token', [CompletionResultType]::ParameterName, 'Token Meta''s hub.challenge must carry')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Forward events to your app and relay its answer: URL (the default route), or PROVIDER=URL, PROVIDER:EVENTS=URL, *:EVENTS=URL (repeatable; the first match wins)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only forward these event types: a glob (`invoice.*`), `!GLOB` leaves types out (repeatable); the rest are answered 200 and recorded')
            [CompletionResult]::new('--forward-timeout', '--forward-timeout', [CompletionResultType]::ParameterName, 'Answer 504 when the app is slower than this (default: the provider''s own timeout)')
            [CompletionResult]::new('--forward-ca', '--forward-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in this PEM file for the app, besides the built-in roots')
            [CompletionResult]::new('--forward-header', '--forward-header', [CompletionResultType]::ParameterName, 'Add or replace a header on forwarded requests: ''Name: value'' (repeatable)')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Append one JSON line per request to this file')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit 0 after N valid events')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Exit 1 if --count events did not arrive in time')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest body accepted (413 beyond)')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Most connections served at once; more wait in the kernel''s backlog')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Close a connection whose request head (line and headers) takes longer than this (408)')
            [CompletionResult]::new('--body-timeout', '--body-timeout', [CompletionResultType]::ParameterName, 'Close a connection whose body sends nothing for this long (408)')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Close a kept-alive connection idle for this long')
            [CompletionResult]::new('--max-head', '--max-head', [CompletionResultType]::ParameterName, 'Largest request head, request line and headers together (431 beyond)')
            [CompletionResult]::new('--max-request-line', '--max-request-line', [CompletionResultType]::ParameterName, 'Longest request line (414 beyond)')
            [CompletionResult]::new('--max-headers', '--max-headers', [CompletionResultType]::ParameterName, 'Most header fields in one request (431 beyond)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'TLS certificate (PEM) to serve HTTPS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'TLS private key (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'What each request prints [default: compact on a terminal, pretty otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'What each request prints [default: compact on a terminal, pretty otherwise]')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Port of the web inspector on 127.0.0.1 [default: a free one]')
            [CompletionResult]::new('--ui-keep', '--ui-keep', [CompletionResultType]::ParameterName, 'Deliveries the web inspector keeps in memory; older ones stay in the record file [default: 1000]')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Target URL as registered with the provider (part of the signed input for ed25519)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header that carries the signature')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Hash used in the HMAC')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Encoding of the signature value')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Text before the encoded signature in the header value (e.g. `sha256=`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Signed input; placeholders {body}, {timestamp}, {id}')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--fan-out', '--fan-out', [CompletionResultType]::ParameterName, 'Send each event to every matching route; the first one''s answer is the sender''s')
            [CompletionResult]::new('--forward-insecure', '--forward-insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate from the app (a self-signed development server)')
            [CompletionResult]::new('--fsync', '--fsync', [CompletionResultType]::ParameterName, 'fsync the record after every line')
            [CompletionResult]::new('--accept-invalid', '--accept-invalid', [CompletionResultType]::ParameterName, 'Answer 200 even when a signature is invalid')
            [CompletionResult]::new('--confirm-sns', '--confirm-sns', [CompletionResultType]::ParameterName, 'Confirm Amazon SNS subscriptions: GET the SubscribeURL of a verified SubscriptionConfirmation (only sns.<region>.amazonaws.com or loopback hosts)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show whole bodies instead of folding long ones')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Serve the web inspector on 127.0.0.1: every delivery live, with its verdict; replay, re-sign, edit and send (its URL, with a token, is printed in the banner)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;replay' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'URL to send the requests to (`localhost:3000/hooks` means http://)')
            [CompletionResult]::new('--event-id', '--event-id', [CompletionResultType]::ParameterName, 'Only this event id (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (default: the recorded provider''s delivery timeout)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--only-valid', '--only-valid', [CompletionResultType]::ParameterName, 'Only requests whose signature was valid')
            [CompletionResult]::new('--resign', '--resign', [CompletionResultType]::ParameterName, 'Sign afresh with a new timestamp')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Stop at the first malformed line')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept invalid TLS certificates (self-signed local receivers)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;inspect' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Port of the web inspector on 127.0.0.1 [default: a free one]')
            [CompletionResult]::new('--ui-keep', '--ui-keep', [CompletionResultType]::ParameterName, 'Deliveries the web inspector keeps in memory; older ones stay in the record file [default: 1000]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the send actions go unless a URL is typed in (`localhost:3000/hooks` means http://)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'How old a signed timestamp may be, for the diagnosis')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the signing secret from this environment variable (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret itself (visible in shell history and `ps`: prefer --secret-file)')
            [CompletionResult]::new('--secret-for', '--secret-for', [CompletionResultType]::ParameterName, 'Secret of one provider: PROVIDER=@FILE or PROVIDER=env:VAR (repeatable; config `[providers.<id>] secret` and HOOKCTL_<ID>_SECRET work too)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Stop serving after this long (default: until Ctrl-C)')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Target URL as registered with the provider (part of the signed input for ed25519)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;events' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose event catalog to show (see `hookctl providers`)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose event catalog to show (see `hookctl providers`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;providers' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Show one provider in detail, with what is inferred or unknown')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Show one provider in detail, with what is inferred or unknown')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print every cell whole, however wide the table gets (default: fit the terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhook endpoints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an endpoint')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an endpoint')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an endpoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an endpoint')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an endpoint')
            [CompletionResult]::new('add-events', 'add-events', [CompletionResultType]::ParameterValue, 'Subscribe an endpoint to more events')
            [CompletionResult]::new('remove-events', 'remove-events', [CompletionResultType]::ParameterValue, 'Unsubscribe an endpoint from events')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Issue a new signing secret')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ask the provider to send a ping')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Ask the provider to send a test event')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List delivery attempts')
            [CompletionResult]::new('redeliver', 'redeliver', [CompletionResultType]::ParameterValue, 'Deliver a past payload again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;webhooks;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Filter by state: enabled or disabled (Noko)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Filter by name substring (Noko)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;create' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Receiver URL (https:// unless --allow-http)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event to subscribe to (repeatable; prompts with the catalog on a terminal)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Endpoint name (Noko requires one; Noones calls it a tag)')
            [CompletionResult]::new('--partner-id', '--partner-id', [CompletionResultType]::ParameterName, 'Partner to scope the endpoint to (repeatable; Novatrade24)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--save-secret', '--save-secret', [CompletionResultType]::ParameterName, 'Store the returned signing secret in the config file')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow http:// URLs (local tests)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;update' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'New receiver URL')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (Noko)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Replace the subscribed events (repeatable; Novatrade24)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status: ACTIVE, PAUSED or DISABLED (Novatrade24)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow http:// URLs (local tests)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;enable' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;disable' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;add-events' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;remove-events' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;rotate-secret' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--save-secret', '--save-secret', [CompletionResultType]::ParameterName, 'Store the new signing secret in the config file')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;ping' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;test' {
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event type to fire')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The event''s `data` object (default `{}`)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;deliveries' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deliveries in this state: PENDING, DELIVERED or FAILED')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only deliveries created after this RFC 3339 time, or this long ago (24h)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;redeliver' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider whose API to use: novatrade24, noko, noones, cryptohopper')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the API token from this environment variable')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The API token itself (visible in shell history and `ps`)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth2 client id, exchanged for a token')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or HOOKCTL_<PROVIDER>_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth2 client secret from a file')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth2 token endpoint (default: the provider''s documented one; config `token_url`)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Replace the scheme, host and port of the provider''s API root')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for 429, 5xx and dropped connections')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay, doubled after each retry (a Retry-After from the API wins)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print extra detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;webhooks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhook endpoints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an endpoint')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an endpoint')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an endpoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an endpoint')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an endpoint')
            [CompletionResult]::new('add-events', 'add-events', [CompletionResultType]::ParameterValue, 'Subscribe an endpoint to more events')
            [CompletionResult]::new('remove-events', 'remove-events', [CompletionResultType]::ParameterValue, 'Unsubscribe an endpoint from events')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Issue a new signing secret')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ask the provider to send a ping')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Ask the provider to send a test event')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List delivery attempts')
            [CompletionResult]::new('redeliver', 'redeliver', [CompletionResultType]::ParameterValue, 'Deliver a past payload again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;webhooks;help;list' {
            break
        }
        'hookctl;webhooks;help;get' {
            break
        }
        'hookctl;webhooks;help;create' {
            break
        }
        'hookctl;webhooks;help;update' {
            break
        }
        'hookctl;webhooks;help;delete' {
            break
        }
        'hookctl;webhooks;help;enable' {
            break
        }
        'hookctl;webhooks;help;disable' {
            break
        }
        'hookctl;webhooks;help;add-events' {
            break
        }
        'hookctl;webhooks;help;remove-events' {
            break
        }
        'hookctl;webhooks;help;rotate-secret' {
            break
        }
        'hookctl;webhooks;help;ping' {
            break
        }
        'hookctl;webhooks;help;test' {
            break
        }
        'hookctl;webhooks;help;deliveries' {
            break
        }
        'hookctl;webhooks;help;redeliver' {
            break
        }
        'hookctl;webhooks;help;help' {
            break
        }
        'hookctl;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every setting, secrets masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value (prompts hidden when VALUE is omitted)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;config;path' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;config;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;config;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print a secret or token in full')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;config;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;config;unset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every setting, secrets masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value (prompts hidden when VALUE is omitted)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;config;help;path' {
            break
        }
        'hookctl;config;help;list' {
            break
        }
        'hookctl;config;help;get' {
            break
        }
        'hookctl;config;help;set' {
            break
        }
        'hookctl;config;help;unset' {
            break
        }
        'hookctl;config;help;help' {
            break
        }
        'hookctl;keygen' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the private key (PEM, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;selftest' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Also write each vector to DIR as a language-neutral JSON file: key, inputs, expected headers, and tampered cases that must fail')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print every cell whole, however wide the table gets (default: fit the terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;doctor' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: pretty for people, json for scripts (stable field names)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read and write')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Skip the checks that need the network (the clock against the configured APIs)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hookctl;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload exactly as a provider does; print the headers it would send')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a signature against a payload; exit 0 valid, 1 invalid')
            [CompletionResult]::new('send-test', 'send-test', [CompletionResultType]::ParameterValue, 'Build a signed synthetic event from a provider''s catalog and POST it to a URL')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Attack your own receiver as a forger would: a valid delivery, then forgeries it must refuse')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Local receiver: answer challenges, verify, pretty-print, record, forward')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-send events recorded by `listen --record` to a URL')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Browse a record file in the web inspector: verdicts, diagnosis, diff, re-sign and send')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List a provider''s event types, or print a sample payload for one')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List providers and their signing schemes')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Manage webhook endpoints through a provider''s management API')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and write the config file (secrets, tokens, base URLs per provider)')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('selftest', 'selftest', [CompletionResultType]::ParameterValue, 'Run every built-in known-answer vector; exit 1 on any failure')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the local setup when nothing verifies: config, file modes, secrets, schemes, clock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;help;sign' {
            break
        }
        'hookctl;help;verify' {
            break
        }
        'hookctl;help;send-test' {
            break
        }
        'hookctl;help;probe' {
            break
        }
        'hookctl;help;listen' {
            break
        }
        'hookctl;help;replay' {
            break
        }
        'hookctl;help;inspect' {
            break
        }
        'hookctl;help;events' {
            break
        }
        'hookctl;help;providers' {
            break
        }
        'hookctl;help;webhooks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhook endpoints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an endpoint')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an endpoint')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an endpoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an endpoint')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an endpoint')
            [CompletionResult]::new('add-events', 'add-events', [CompletionResultType]::ParameterValue, 'Subscribe an endpoint to more events')
            [CompletionResult]::new('remove-events', 'remove-events', [CompletionResultType]::ParameterValue, 'Unsubscribe an endpoint from events')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Issue a new signing secret')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ask the provider to send a ping')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Ask the provider to send a test event')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List delivery attempts')
            [CompletionResult]::new('redeliver', 'redeliver', [CompletionResultType]::ParameterValue, 'Deliver a past payload again')
            break
        }
        'hookctl;help;webhooks;list' {
            break
        }
        'hookctl;help;webhooks;get' {
            break
        }
        'hookctl;help;webhooks;create' {
            break
        }
        'hookctl;help;webhooks;update' {
            break
        }
        'hookctl;help;webhooks;delete' {
            break
        }
        'hookctl;help;webhooks;enable' {
            break
        }
        'hookctl;help;webhooks;disable' {
            break
        }
        'hookctl;help;webhooks;add-events' {
            break
        }
        'hookctl;help;webhooks;remove-events' {
            break
        }
        'hookctl;help;webhooks;rotate-secret' {
            break
        }
        'hookctl;help;webhooks;ping' {
            break
        }
        'hookctl;help;webhooks;test' {
            break
        }
        'hookctl;help;webhooks;deliveries' {
            break
        }
        'hookctl;help;webhooks;redeliver' {
            break
        }
        'hookctl;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every setting, secrets masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value (prompts hidden when VALUE is omitted)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            break
        }
        'hookctl;help;config;path' {
            break
        }
        'hookctl;help;config;list' {
            break
        }
        'hookctl;help;config;get' {
            break
        }
        'hookctl;help;config;set' {
            break
        }
        'hookctl;help;config;unset' {
            break
        }
        'hookctl;help;keygen' {
            break
        }
        'hookctl;help;completions' {
            break
        }
        'hookctl;help;selftest' {
            break
        }
        'hookctl;help;doctor' {
            break
        }
        'hookctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
