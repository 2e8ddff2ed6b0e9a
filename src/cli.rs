//! The whole command-line surface (clap derive). Command modules receive these structs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::clock::parse_duration;

/// Free text whose usual values are offered to shell completion: any text is accepted here
/// (the user's own schemes are known only once the config loads, and an unknown id gets its
/// did-you-mean there), so `-p <TAB>` completes providers rather than file names.
#[derive(Clone, Copy)]
struct Completed {
    values: fn() -> Vec<String>,
}

impl clap::builder::TypedValueParser for Completed {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.values)().into_iter().map(clap::builder::PossibleValue::new),
        ))
    }
}

/// The built-in provider ids, `generic` and `auto`.
const PROVIDER: Completed = Completed {
    values: || {
        crate::providers::registry::builtins()
            .iter()
            .map(|p| p.id().to_string())
            .chain(["generic".to_string(), "auto".to_string()])
            .collect()
    },
};

/// The providers with a management API (`webhooks`).
const MANAGED_PROVIDER: Completed = Completed {
    values: || crate::api::ALL.iter().map(|s| s.id.to_string()).collect(),
};

/// Every built-in catalog's event names: the provider is not known while completing.
const EVENT_TYPE: Completed = Completed {
    values: || {
        let mut names: Vec<String> = crate::providers::registry::builtins()
            .iter()
            .flat_map(|p| {
                p.catalog()
                    .events
                    .iter()
                    .map(|e| e.name.clone())
                    .collect::<Vec<_>>()
            })
            .collect();
        names.sort();
        names.dedup();
        names
    },
};

/// `hookctl --version`: the version, then the build facts, as `rg --version` shows them
/// (`-V` stays the version alone).
const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\ncommit: ",
    env!("HOOKCTL_COMMIT"),
    " (",
    env!("HOOKCTL_COMMIT_DATE"),
    ")\ntarget: ",
    env!("HOOKCTL_TARGET"),
    "\nfeatures: ",
    env!("HOOKCTL_FEATURES"),
);

#[derive(Debug, Parser)]
#[command(
    name = "hookctl",
    version,
    long_version = LONG_VERSION,
    about = "Sign, verify, send, receive and manage webhooks exactly as providers do",
    long_about = None,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Examples:\n  hookctl sign -p github --data '{}'\n  hookctl send-test localhost:3000/hooks -p stripe\n  hookctl listen -p github --forward-to localhost:4000/hooks\n  hookctl verify --request rec.jsonl --explain\n\nExit status: 0 success, 1 a check failed, 2 usage or input, 3 network or I/O."
)]
pub struct Cli {
    /// When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE and whether stdout is a terminal
    // The one flag every command takes: it colours clap's own help and errors too.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, help_heading = "Global options")]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

// The options below are shared by the commands that act on them, and offered on those only
// (help, completions and parsing alike): `hookctl keygen --config x` is a usage error rather
// than a flag silently ignored. Each is `global` so that under a command group (`webhooks`,
// `config`) it is taken after the action too; on a command without actions that changes
// nothing. The test `common_options_are_offered_where_they_act` holds the table of who takes
// what.

/// `--config`: for the commands that read or write the config file.
#[derive(Debug, Clone, Default, Args)]
pub struct ConfigFileArgs {
    /// Config file to read and write
    #[arg(
        long,
        value_name = "PATH",
        env = "HOOKCTL_CONFIG",
        global = true,
        help_heading = "Global options"
    )]
    pub config: Option<PathBuf>,
}

/// `--no-input`: for the commands that may prompt.
#[derive(Debug, Clone, Default, Args)]
pub struct NoInputArgs {
    /// Never prompt (implied when stdin is not a terminal or CI is set)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_input: bool,
}

/// `-q`: for the commands that print more than their result.
#[derive(Debug, Clone, Default, Args)]
pub struct QuietArgs {
    /// Print only results and errors
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,
}

/// `-v`: for the commands with extra detail to tell (always beside `-q`).
#[derive(Debug, Clone, Default, Args)]
pub struct VerboseArgs {
    /// Print extra detail on stderr
    #[arg(
        short,
        long,
        global = true,
        help_heading = "Global options",
        conflicts_with = "quiet"
    )]
    pub verbose: bool,
}

/// The four together: the commands that read the config, may prompt for a secret or token,
/// and say what they do.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonArgs {
    #[command(flatten)]
    pub config: ConfigFileArgs,
    #[command(flatten)]
    pub input: NoInputArgs,
    #[command(flatten)]
    pub quiet: QuietArgs,
    #[command(flatten)]
    pub verbose: VerboseArgs,
}

/// What to say when a common option is refused: it is taken after the name of a command that
/// acts on it, and not before (`hookctl -q selftest`) or by the others.
pub fn common_option_hint(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    let flag = arg.split('=').next().unwrap_or(arg);
    let common = ["--config", "--no-input", "-q", "--quiet", "-v", "--verbose"];
    common.contains(&flag).then(|| {
        format!(
            "{flag} is taken after the name of a command that acts on it (`hookctl send-test URL … {flag}`); \
             `hookctl help COMMAND` lists a command's options"
        )
    })
}

/// The common options as a command was given them; those it does not take read as unset.
#[derive(Debug, Clone, Copy, Default)]
pub struct Common<'a> {
    pub config: Option<&'a std::path::Path>,
    pub no_input: bool,
    pub quiet: bool,
    pub verbose: bool,
}

impl<'a> From<&'a CommonArgs> for Common<'a> {
    fn from(a: &'a CommonArgs) -> Self {
        Common {
            config: a.config.config.as_deref(),
            no_input: a.input.no_input,
            quiet: a.quiet.quiet,
            verbose: a.verbose.verbose,
        }
    }
}

impl<'a> From<&'a ConfigFileArgs> for Common<'a> {
    fn from(a: &'a ConfigFileArgs) -> Self {
        Common {
            config: a.config.as_deref(),
            ..Common::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign a payload exactly as a provider does; print the headers it would send
    Sign(SignArgs),
    /// Check a signature against a payload; exit 0 valid, 1 invalid
    Verify(VerifyArgs),
    /// Build a signed synthetic event from a provider's catalog and POST it to a URL
    SendTest(SendTestArgs),
    /// Attack your own receiver as a forger would: a valid delivery, then forgeries it must refuse
    Probe(ProbeArgs),
    /// Local receiver: answer challenges, verify, pretty-print, record, forward
    // Boxed: its many flags would make every other command as large.
    Listen(Box<ListenArgs>),
    /// Re-send events recorded by `listen --record` to a URL
    Replay(ReplayArgs),
    /// Browse a record file in the web inspector: verdicts, diagnosis, diff, re-sign and send
    Inspect(InspectArgs),
    /// List a provider's event types, or print a sample payload for one
    Events(EventsArgs),
    /// List providers and their signing schemes
    Providers(ProvidersArgs),
    /// Manage webhook endpoints through a provider's management API
    Webhooks(WebhooksArgs),
    /// Read and write the config file (secrets, tokens, base URLs per provider)
    Config(ConfigArgs),
    /// Make an Ed25519 key pair for schemes that sign with a private key (Noones ed25519)
    Keygen(KeygenArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(CompletionsArgs),
    /// Run every built-in known-answer vector; exit 1 on any failure
    Selftest(SelftestArgs),
    /// Check the local setup when nothing verifies: config, file modes, secrets, schemes, clock
    Doctor(DoctorArgs),
}

impl Command {
    /// The common options (`--config`, `--no-input`, `-q`, `-v`) this command was given.
    pub fn common(&self) -> Common<'_> {
        let quiet = |q: &QuietArgs| Common {
            quiet: q.quiet,
            ..Common::default()
        };
        match self {
            Command::Sign(a) => (&a.common).into(),
            Command::Verify(a) => (&a.common).into(),
            Command::SendTest(a) => (&a.common).into(),
            Command::Probe(a) => (&a.common).into(),
            Command::Listen(a) => (&a.common).into(),
            Command::Replay(a) => (&a.common).into(),
            Command::Webhooks(a) => (&a.common).into(),
            Command::Inspect(a) => Common {
                quiet: a.quiet.quiet,
                verbose: a.verbose.verbose,
                ..(&a.config).into()
            },
            Command::Events(a) => Common {
                quiet: a.quiet.quiet,
                ..(&a.config).into()
            },
            Command::Providers(a) => (&a.config).into(),
            Command::Doctor(a) => (&a.config).into(),
            Command::Config(a) => {
                let (no_input, q) = match &a.action {
                    ConfigAction::Set { input, quiet, .. } => (input.no_input, quiet.quiet),
                    ConfigAction::List { quiet } | ConfigAction::Unset { quiet, .. } => (false, quiet.quiet),
                    ConfigAction::Path | ConfigAction::Get { .. } => (false, false),
                };
                Common {
                    no_input,
                    quiet: q,
                    ..(&a.config).into()
                }
            }
            Command::Keygen(a) => quiet(&a.quiet),
            Command::Selftest(a) => quiet(&a.quiet),
            Command::Completions(_) => Common::default(),
        }
    }

    /// Whether this command was asked for JSON (`-o json`): its errors are then also printed as
    /// one JSON object on stderr, for the scripts and agents that parse its output.
    pub fn wants_json(&self) -> bool {
        let json = |f: &Format| *f == Format::Json;
        match self {
            Command::Sign(a) => a.output == SignOutput::Json,
            Command::Listen(a) => a.output == Some(ListenOutput::Json),
            Command::Verify(a) => json(&a.output),
            Command::SendTest(a) => json(&a.output),
            Command::Probe(a) => json(&a.output),
            Command::Replay(a) => json(&a.output),
            Command::Inspect(_) => false,
            Command::Events(a) => json(&a.output),
            Command::Providers(a) => json(&a.output),
            Command::Webhooks(a) => json(&a.output),
            Command::Config(a) => json(&a.output),
            Command::Keygen(a) => json(&a.output),
            Command::Selftest(a) => json(&a.output),
            Command::Doctor(a) => json(&a.output),
            Command::Completions(_) => false,
        }
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl selftest\n  hookctl selftest -q\n  hookctl selftest --export vectors/"
)]
pub struct SelftestArgs {
    /// Print every cell whole, however wide the table gets (default: fit the terminal)
    #[arg(long)]
    pub wide: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    /// Also write each vector to DIR as a language-neutral JSON file: key, inputs, expected
    /// headers, and tampered cases that must fail
    #[arg(long, value_name = "DIR")]
    pub export: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub quiet: QuietArgs,
}

/// Where the signing secret comes from (README, "Secrets"). Each flag may be given more than
/// once: schemes that carry several signatures (Stripe, Standard Webhooks) sign with each secret
/// in the order given, `verify` and `listen` accept a match with any of them. clap's derive
/// would keep one list per flag and lose the order across them, so these are built by hand.
#[derive(Debug, Clone, Default)]
pub struct SecretArgs {
    /// Every secret flag, in command-line order.
    pub given: Vec<SecretFlag>,
}

/// One `--secret-file`, `--secret-env` or `--secret` as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretFlag {
    File(PathBuf),
    Env(String),
    Value(String),
}

const SECRET_FILE: &str = "secret_file";
const SECRET_ENV: &str = "secret_env";
const SECRET_VALUE: &str = "secret";

impl clap::FromArgMatches for SecretArgs {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let mut args = SecretArgs::default();
        args.update_from_arg_matches(matches)?;
        Ok(args)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        let mut given: Vec<(usize, SecretFlag)> = Vec::new();
        let mut take = |id: &str, make: &dyn Fn(&std::ffi::OsStr) -> SecretFlag| {
            if let (Some(values), Some(at)) = (matches.get_raw(id), matches.indices_of(id)) {
                given.extend(at.zip(values.map(make)));
            }
        };
        take(SECRET_FILE, &|v| SecretFlag::File(PathBuf::from(v)));
        // Both were checked as UTF-8 by their value parsers.
        take(SECRET_ENV, &|v| SecretFlag::Env(v.to_string_lossy().into_owned()));
        take(SECRET_VALUE, &|v| {
            SecretFlag::Value(v.to_string_lossy().into_owned())
        });
        given.sort_by_key(|(at, _)| *at);
        self.given = given.into_iter().map(|(_, flag)| flag).collect();
        Ok(())
    }
}

impl Args for SecretArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        use clap::{Arg, ArgAction};
        cmd.arg(
            Arg::new(SECRET_FILE)
                .long("secret-file")
                .value_name("PATH")
                .action(ArgAction::Append)
                .value_parser(clap::value_parser!(PathBuf))
                .value_hint(clap::ValueHint::FilePath)
                .help("Read the signing secret from a file (a trailing newline is ignored; repeat for a rotation)"),
        )
        .arg(
            Arg::new(SECRET_ENV)
                .long("secret-env")
                .value_name("VAR")
                .action(ArgAction::Append)
                .help("Read the signing secret from this environment variable (repeatable)"),
        )
        .arg(
            Arg::new(SECRET_VALUE)
                .long("secret")
                .value_name("VALUE")
                .action(ArgAction::Append)
                .help("The signing secret itself (visible in shell history and `ps`: prefer --secret-file)"),
        )
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

/// Key material for schemes signed with a key pair (Noones ed25519).
#[derive(Debug, Clone, Default, Args)]
pub struct KeyArgs {
    /// Noones signing scheme: hmac (marketplace) or ed25519 (Developers Portal)
    #[arg(long, value_enum)]
    pub scheme: Option<SchemeChoice>,
    /// Private key for asymmetric schemes: PEM from `hookctl keygen ed25519|p256`, or an Ed25519 seed in base64/hex
    #[arg(long, value_name = "FILE")]
    pub private_key: Option<PathBuf>,
    /// Public key for asymmetric schemes: base64 or hex (Ed25519), base64 DER (P-256), PEM, or a file
    #[arg(long, value_name = "KEY|FILE")]
    pub public_key: Option<String>,
    /// Target URL as registered with the provider (part of the signed input for ed25519)
    #[arg(long = "url", value_name = "URL")]
    pub signed_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemeChoice {
    Hmac,
    Ed25519,
}

/// Describe a scheme with flags, for `--provider generic`.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Generic scheme (--provider generic)")]
pub struct GenericArgs {
    /// Header that carries the signature
    #[arg(long = "header", value_name = "NAME")]
    pub header: Option<String>,
    /// Hash used in the HMAC
    #[arg(long, value_enum)]
    pub algorithm: Option<AlgorithmChoice>,
    /// Encoding of the signature value
    #[arg(long, value_enum)]
    pub encoding: Option<EncodingChoice>,
    /// Text before the encoded signature in the header value (e.g. `sha256=`)
    #[arg(long, value_name = "TEXT")]
    pub prefix: Option<String>,
    /// Signed input; placeholders {body}, {timestamp}, {id}
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlgorithmChoice {
    Sha1,
    Sha256,
    Sha512,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingChoice {
    Hex,
    Base64,
}

/// The payload: --data, --file, or piped stdin.
#[derive(Debug, Clone, Default, Args)]
pub struct PayloadArgs {
    /// Payload as given, used byte for byte (any bytes, UTF-8 or not; `''` is an empty body)
    #[arg(short, long, value_name = "STRING", conflicts_with = "file")]
    pub data: Option<std::ffi::OsString>,
    /// Payload file (`-` reads stdin); streamed, so size does not matter
    #[arg(short, long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl sign -p github --secret-file s.txt --data '{\"zen\":\"hi\"}'\n  hookctl sign -p stripe --file event.json -o curl\n  hookctl sign -p github --data '{}' -o value"
)]
pub struct SignArgs {
    /// Provider whose scheme to use (see `hookctl providers`)
    #[arg(short, long, value_name = "PROVIDER", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: String,
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub payload: PayloadArgs,
    /// Unix timestamp to sign with (default: now)
    #[arg(long, value_name = "UNIX")]
    pub timestamp: Option<i64>,
    /// Event or message id for schemes that sign or send one (default: a fresh id)
    #[arg(long, value_name = "EVENT_ID")]
    pub id: Option<String>,
    /// Event type for headers that carry it (default: read from the payload)
    #[arg(long, value_name = "TYPE", value_parser = EVENT_TYPE, hide_possible_values = true)]
    pub event: Option<String>,
    /// What to print
    #[arg(short, long, value_enum, default_value_t = SignOutput::Headers)]
    pub output: SignOutput,
    #[command(flatten)]
    pub key: KeyArgs,
    #[command(flatten)]
    pub generic: GenericArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SignOutput {
    /// Every header the provider sends, `Name: value` a line
    Headers,
    /// Only the signature value
    Value,
    /// {"provider","headers","signed_bytes"}
    Json,
    /// A complete curl command line
    Curl,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl verify -p github --secret-file s.txt --file body.json -H \"X-Hub-Signature-256: sha256=…\"\n  hookctl verify --request rec.jsonl --explain\n  S=$(hookctl sign -p github --data '{}' -o value); hookctl verify -p github --signature \"$S\" --data '{}'"
)]
pub struct VerifyArgs {
    /// Provider whose scheme to check; `auto` picks it from the headers
    #[arg(short, long, value_name = "PROVIDER", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub payload: PayloadArgs,
    /// The signature header's value as received
    #[arg(short, long, value_name = "VALUE")]
    pub signature: Option<String>,
    /// A header as received, `Name: value` (repeatable)
    #[arg(short = 'H', long = "request-header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// One record line from `listen --record`, or a raw HTTP request (`-` reads stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["data", "file"])]
    pub request: Option<PathBuf>,
    /// Timestamp for schemes that send it in its own header (with --signature)
    #[arg(long, value_name = "UNIX")]
    pub timestamp: Option<String>,
    /// Message id for schemes that sign it (with --signature)
    #[arg(long, value_name = "EVENT_ID")]
    pub id: Option<String>,
    /// How old (or how far in the future) a timestamp may be
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_duration)]
    pub tolerance: std::time::Duration,
    /// Check as if the time were this Unix timestamp
    #[arg(long, value_name = "UNIX")]
    pub now: Option<i64>,
    /// Explain the check: header parts, key rule, signed string, skew, likely cause of a mismatch
    #[arg(long)]
    pub explain: bool,
    /// With --explain, also print the signature hookctl expected
    #[arg(long, requires = "explain")]
    pub show_expected: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub key: KeyArgs,
    #[command(flatten)]
    pub generic: GenericArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text and tables for people
    Pretty,
    /// One JSON document on stdout, with stable field names
    Json,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl send-test localhost:3000/hooks -p stripe\n  hookctl send-test https://app.example.com/hooks -p noones --challenge\n  hookctl send-test localhost:3000/hooks -p noko --count 1000 --concurrency 16 --rate 100"
)]
pub struct SendTestArgs {
    /// Receiver URL to POST to (`localhost:3000/hooks` means http://)
    pub url: String,
    /// Provider whose scheme to use (see `hookctl providers`)
    #[arg(short, long, value_name = "PROVIDER", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: String,
    /// Event type from the provider's catalog (default: its first event)
    #[arg(short, long, value_name = "TYPE", value_parser = EVENT_TYPE, hide_possible_values = true)]
    pub event: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub payload: PayloadArgs,
    /// Edit the sample: dotted path = value (JSON, else string); repeatable
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Extra header, `Name: value` (repeatable)
    #[arg(short = 'H', long = "request-header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// Run the provider's URL-verification handshake instead of sending an event
    #[arg(long)]
    pub challenge: bool,
    /// Verification code the receiver must answer (Cryptohopper), or Meta's verify token
    #[arg(long, value_name = "CODE")]
    pub verification_code: Option<String>,
    /// Give up after this long (default: the provider's own delivery timeout)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,
    /// Status that counts as success: 200, 2xx, 4xx…
    #[arg(long, value_name = "STATUS", default_value = "2xx")]
    pub expect: String,
    /// Send the same event (same id, fresh signature) N times
    #[arg(long, value_name = "N")]
    pub repeat: Option<u32>,
    /// Retry a failed delivery on the provider's schedule
    #[arg(long)]
    pub retry: bool,
    /// Compress the retry schedule by this factor
    #[arg(long, value_name = "FACTOR", default_value = "0.001")]
    pub time_scale: f64,
    /// Load mode: send N distinct events
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Load mode: requests in flight
    #[arg(long, value_name = "C", default_value_t = 8)]
    pub concurrency: usize,
    /// Load mode: at most this many events per second
    #[arg(long, value_name = "R")]
    pub rate: Option<f64>,
    /// Accept invalid TLS certificates (self-signed local receivers)
    #[arg(long)]
    pub insecure: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub key: KeyArgs,
    #[command(flatten)]
    pub generic: GenericArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `hookctl probe`: the cases a correct receiver must refuse or accept.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl probe localhost:3000/hooks -p stripe --secret-file stripe.secret\n  hookctl probe https://staging.example.com/hooks -p github --dry-run\n\nSends real deliveries to URL (the count is printed first; --dry-run prints them instead). Every probe event id starts with `probe_`.\nExit status: 0 no finding, 1 a forgery accepted or a valid delivery refused, 2 bad input, 3 unreachable."
)]
pub struct ProbeArgs {
    /// Receiver URL to probe (`localhost:3000/hooks` means http://)
    pub url: String,
    /// Provider whose scheme the receiver verifies (see `hookctl providers`)
    #[arg(short, long, value_name = "PROVIDER", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: String,
    /// Event type from the provider's catalog (default: its first event)
    #[arg(short, long, value_name = "TYPE", value_parser = EVENT_TYPE, hide_possible_values = true)]
    pub event: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Run only this case (repeatable; ids are in the report)
    #[arg(long, value_name = "ID")]
    pub only: Vec<String>,
    /// Leave this case out (repeatable)
    #[arg(long, value_name = "ID")]
    pub skip: Vec<String>,
    /// Timestamp tolerance of the receiver; bad timestamps are put twice as far out
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_duration)]
    pub tolerance: std::time::Duration,
    /// Verification code the handshake needs (Cryptohopper), or Meta's verify token
    #[arg(long, value_name = "CODE")]
    pub verification_code: Option<String>,
    /// Give up on an answer after this long (default: the provider's own delivery timeout)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,
    /// Probe an https:// receiver whose certificate providers would refuse
    #[arg(long)]
    pub insecure: bool,
    /// List the cases and print each request instead of sending it
    #[arg(long)]
    pub dry_run: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub key: KeyArgs,
    #[command(flatten)]
    pub generic: GenericArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl listen -p github --secret-file gh.secret --forward-to localhost:4000/hooks\n  hookctl listen --secret-for stripe=@stripe.secret --secret-for noko=@noko.secret --record events.jsonl\n  hookctl listen -p stripe --events 'invoice.*' --forward-to 'stripe:invoice.*=localhost:9000/billing' --forward-to localhost:4000/hooks\n  hookctl listen --port 0 -o json --count 1 > event.jsonl"
)]
pub struct ListenArgs {
    /// Address to bind
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port to bind; 0 picks a free one
    #[arg(long, default_value_t = 3000)]
    pub port: u16,
    /// Path that receives webhooks
    #[arg(long, default_value = "/")]
    pub path: String,
    /// Provider to verify with; auto detects it from each request's headers
    #[arg(short, long, value_name = "PROVIDER", default_value = "auto", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: String,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Secret of one provider when several hit this listener: PROVIDER=@FILE or PROVIDER=env:VAR
    /// (repeatable; config `[providers.<id>] secret` and HOOKCTL_<ID>_SECRET work too)
    #[arg(long, value_name = "PROVIDER=@FILE|env:VAR")]
    pub secret_for: Vec<String>,
    /// How old (or how far in the future) a signed timestamp may be
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_duration)]
    pub tolerance: std::time::Duration,
    /// Code to answer Cryptohopper's validate message with
    #[arg(long, value_name = "CODE")]
    pub verification_code: Option<String>,
    /// Token Meta's hub.challenge must carry
    #[arg(long, value_name = "TOKEN")]
    pub verify_token: Option<String>,
    /// Forward events to your app and relay its answer: URL (the default route), or
    /// PROVIDER=URL, PROVIDER:EVENTS=URL, *:EVENTS=URL (repeatable; the first match wins)
    #[arg(long, value_name = "[ROUTE=]URL")]
    pub forward_to: Vec<String>,
    /// Send each event to every matching route; the first one's answer is the sender's
    #[arg(long, requires = "forward_to")]
    pub fan_out: bool,
    /// Only forward these event types: a glob (`invoice.*`), `!GLOB` leaves types out
    /// (repeatable); the rest are answered 200 and recorded
    #[arg(long, value_name = "PATTERN")]
    pub events: Vec<String>,
    /// Answer 504 when the app is slower than this (default: the provider's own timeout)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, requires = "forward_to")]
    pub forward_timeout: Option<std::time::Duration>,
    /// Accept any TLS certificate from the app (a self-signed development server)
    #[arg(long, requires = "forward_to")]
    pub forward_insecure: bool,
    /// Trust the CA certificates in this PEM file for the app, besides the built-in roots
    #[arg(long, value_name = "FILE", requires = "forward_to")]
    pub forward_ca: Option<PathBuf>,
    /// Add or replace a header on forwarded requests: 'Name: value' (repeatable)
    #[arg(long, value_name = "NAME: VALUE", requires = "forward_to")]
    pub forward_header: Vec<String>,
    /// Append one JSON line per request to this file
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// fsync the record after every line
    #[arg(long)]
    pub fsync: bool,
    /// Exit 0 after N valid events
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Exit 1 if --count events did not arrive in time
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,
    /// Answer 200 even when a signature is invalid
    #[arg(long)]
    pub accept_invalid: bool,
    /// Confirm Amazon SNS subscriptions: GET the SubscribeURL of a verified
    /// SubscriptionConfirmation (only sns.<region>.amazonaws.com or loopback hosts)
    #[arg(long)]
    pub confirm_sns: bool,
    /// Largest body accepted (413 beyond)
    #[arg(long, value_name = "SIZE", default_value = "10MiB")]
    pub max_body: String,
    /// Most connections served at once; more wait in the kernel's backlog
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
    /// Close a connection whose request head (line and headers) takes longer than this (408)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub header_timeout: std::time::Duration,
    /// Close a connection whose body sends nothing for this long (408)
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration)]
    pub body_timeout: std::time::Duration,
    /// Close a kept-alive connection idle for this long
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    pub idle_timeout: std::time::Duration,
    /// Largest request head, request line and headers together (431 beyond)
    #[arg(long, value_name = "SIZE", default_value = "64KiB")]
    pub max_head: String,
    /// Longest request line (414 beyond)
    #[arg(long, value_name = "SIZE", default_value = "8KiB")]
    pub max_request_line: String,
    /// Most header fields in one request (431 beyond)
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_headers: u32,
    /// TLS certificate (PEM) to serve HTTPS
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Show whole bodies instead of folding long ones
    #[arg(long)]
    pub full: bool,
    /// What each request prints [default: compact on a terminal, pretty otherwise]
    #[arg(short, long, value_enum, value_name = "MODE")]
    pub output: Option<ListenOutput>,
    /// Serve the web inspector on 127.0.0.1: every delivery live, with its verdict; replay,
    /// re-sign, edit and send (its URL, with a token, is printed in the banner)
    #[arg(long)]
    pub ui: bool,
    #[command(flatten)]
    pub inspector: InspectorArgs,
    #[command(flatten)]
    pub key: KeyArgs,
    #[command(flatten)]
    pub generic: GenericArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Where the web inspector listens and how much it keeps (`listen --ui`, `inspect`).
#[derive(Debug, Clone, Args)]
pub struct InspectorArgs {
    /// Port of the web inspector on 127.0.0.1 [default: a free one]
    #[arg(long, value_name = "PORT")]
    pub ui_port: Option<u16>,
    /// Deliveries the web inspector keeps in memory; older ones stay in the record file
    /// [default: 1000]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub ui_keep: Option<u32>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl inspect events.jsonl\n  hookctl inspect events.jsonl --to localhost:3000/hooks --secret-for stripe=env:STRIPE_SECRET"
)]
pub struct InspectArgs {
    /// Record file written by `listen --record`
    pub file: PathBuf,
    #[command(flatten)]
    pub inspector: InspectorArgs,
    /// Where the send actions go unless a URL is typed in (`localhost:3000/hooks` means http://)
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
    /// How old a signed timestamp may be, for the diagnosis
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_duration)]
    pub tolerance: std::time::Duration,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Secret of one provider: PROVIDER=@FILE or PROVIDER=env:VAR (repeatable; config
    /// `[providers.<id>] secret` and HOOKCTL_<ID>_SECRET work too)
    #[arg(long, value_name = "PROVIDER=@FILE|env:VAR")]
    pub secret_for: Vec<String>,
    /// Stop serving after this long (default: until Ctrl-C)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,
    #[command(flatten)]
    pub key: KeyArgs,
    // No --no-input: the inspector never prompts (a page cannot answer a prompt).
    #[command(flatten)]
    pub config: ConfigFileArgs,
    #[command(flatten)]
    pub quiet: QuietArgs,
    #[command(flatten)]
    pub verbose: VerboseArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListenOutput {
    /// One line per request (the default on a terminal)
    Compact,
    /// Each request's line, notes and body (the default when stdout is not a terminal)
    Pretty,
    /// The record line, on stdout; banner and reasons on stderr
    Json,
    /// The body as received, on stdout
    Raw,
    /// Nothing per request: the summary at the end
    Quiet,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl replay events.jsonl --to localhost:3000/hooks --only-valid --resign\n  jq -c 'select(.provider == \"stripe\")' events.jsonl | hookctl replay - --to localhost:3000/hooks"
)]
pub struct ReplayArgs {
    /// Record file written by `listen --record` (`-` reads stdin)
    pub file: PathBuf,
    /// URL to send the requests to (`localhost:3000/hooks` means http://)
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// Only this event id (repeatable)
    #[arg(long, value_name = "ID")]
    pub event_id: Vec<String>,
    /// Only requests whose signature was valid
    #[arg(long)]
    pub only_valid: bool,
    /// Sign afresh with a new timestamp
    #[arg(long)]
    pub resign: bool,
    /// Stop at the first malformed line
    #[arg(long)]
    pub strict: bool,
    /// Give up on a request after this long (default: the recorded provider's delivery timeout)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,
    /// Accept invalid TLS certificates (self-signed local receivers)
    #[arg(long)]
    pub insecure: bool,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  hookctl doctor\n  hookctl doctor --offline -o json")]
pub struct DoctorArgs {
    /// Skip the checks that need the network (the clock against the configured APIs)
    #[arg(long)]
    pub offline: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub config: ConfigFileArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl events -p stripe\n  hookctl events -p stripe invoice.paid > invoice.json\n  hookctl events -p noko -o json"
)]
pub struct EventsArgs {
    /// Provider whose event catalog to show (see `hookctl providers`)
    #[arg(short, long, value_name = "PROVIDER", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: String,
    /// Print this event's sample payload
    #[arg(value_name = "TYPE", value_parser = EVENT_TYPE, hide_possible_values = true)]
    pub event: Option<String>,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub config: ConfigFileArgs,
    #[command(flatten)]
    pub quiet: QuietArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl providers\n  hookctl providers -p stripe\n  hookctl providers -o json | jq -r '.[].id'"
)]
pub struct ProvidersArgs {
    /// Show one provider in detail, with what is inferred or unknown
    #[arg(short, long, value_name = "PROVIDER", value_parser = PROVIDER, hide_possible_values = true)]
    pub provider: Option<String>,
    /// Print every cell whole, however wide the table gets (default: fit the terminal)
    #[arg(long)]
    pub wide: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub config: ConfigFileArgs,
}

/// Where the API token comes from, in the same order of precedence as `SecretArgs`.
#[derive(Debug, Clone, Default, Args)]
pub struct TokenArgs {
    /// Read the API token from a file
    #[arg(long, value_name = "PATH", global = true)]
    pub token_file: Option<PathBuf>,
    /// Read the API token from this environment variable
    #[arg(long, value_name = "VAR", global = true)]
    pub token_env: Option<String>,
    /// The API token itself (visible in shell history and `ps`)
    #[arg(long, value_name = "VALUE", global = true)]
    pub token: Option<String>,
    /// OAuth2 client id, exchanged for a token
    #[arg(long, value_name = "ID", global = true)]
    pub client_id: Option<String>,
    /// OAuth2 client secret (visible in shell history and `ps`: prefer --client-secret-file or
    /// HOOKCTL_<PROVIDER>_CLIENT_SECRET)
    #[arg(
        long,
        value_name = "SECRET",
        global = true,
        conflicts_with = "client_secret_file"
    )]
    pub client_secret: Option<String>,
    /// Read the OAuth2 client secret from a file
    #[arg(long, value_name = "PATH", global = true)]
    pub client_secret_file: Option<PathBuf>,
    /// OAuth2 token endpoint (default: the provider's documented one; config `token_url`)
    #[arg(long, value_name = "URL", global = true)]
    pub token_url: Option<String>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl webhooks list -p noko\n  hookctl webhooks create -p novatrade24 --url https://example.com/hooks --event order.created --save-secret\n  hookctl webhooks deliveries -p novatrade24 ID --status FAILED --since 24h"
)]
pub struct WebhooksArgs {
    /// Provider whose API to use: novatrade24, noko, noones, cryptohopper
    #[arg(short, long, value_name = "PROVIDER", global = true, value_parser = MANAGED_PROVIDER, hide_possible_values = true)]
    pub provider: Option<String>,
    #[command(flatten)]
    pub token: TokenArgs,
    /// Replace the scheme, host and port of the provider's API root
    #[arg(long, value_name = "URL", global = true)]
    pub base_url: Option<String>,
    /// Per-request timeout
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration, global = true)]
    pub timeout: std::time::Duration,
    /// Retries for 429, 5xx and dropped connections
    #[arg(long, value_name = "N", default_value_t = 3, global = true)]
    pub retries: u32,
    /// First retry delay, doubled after each retry (a Retry-After from the API wins)
    #[arg(long, value_name = "DURATION", default_value = "500ms", value_parser = parse_duration, global = true)]
    pub retry_base: std::time::Duration,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty, global = true)]
    pub output: Format,
    // Every action calls the provider's API: each may prompt for a token, retry, and log it.
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(subcommand)]
    pub action: WebhookAction,
}

#[derive(Debug, Subcommand)]
pub enum WebhookAction {
    /// List webhook endpoints
    List {
        /// Filter by state: enabled or disabled (Noko)
        #[arg(long)]
        state: Option<String>,
        /// Filter by name substring (Noko)
        #[arg(long)]
        name: Option<String>,
    },
    /// Show one endpoint
    Get {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
    },
    /// Create an endpoint
    Create {
        /// Receiver URL (https:// unless --allow-http)
        #[arg(long)]
        url: Option<String>,
        /// Event to subscribe to (repeatable; prompts with the catalog on a terminal)
        #[arg(long = "event", value_name = "EVENT", value_parser = EVENT_TYPE, hide_possible_values = true)]
        events: Vec<String>,
        /// Endpoint name (Noko requires one; Noones calls it a tag)
        #[arg(long)]
        name: Option<String>,
        /// Partner to scope the endpoint to (repeatable; Novatrade24)
        #[arg(long = "partner-id", value_name = "UUID")]
        partner_ids: Vec<String>,
        /// Store the returned signing secret in the config file
        #[arg(long)]
        save_secret: bool,
        /// Allow http:// URLs (local tests)
        #[arg(long)]
        allow_http: bool,
    },
    /// Change an endpoint
    Update {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// New receiver URL
        #[arg(long)]
        url: Option<String>,
        /// New name (Noko)
        #[arg(long)]
        name: Option<String>,
        /// Replace the subscribed events (repeatable; Novatrade24)
        #[arg(long = "event", value_name = "EVENT", value_parser = EVENT_TYPE, hide_possible_values = true)]
        events: Vec<String>,
        /// New status: ACTIVE, PAUSED or DISABLED (Novatrade24)
        #[arg(long)]
        status: Option<String>,
        /// Allow http:// URLs (local tests)
        #[arg(long)]
        allow_http: bool,
    },
    /// Delete an endpoint
    Delete {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// Enable an endpoint
    Enable {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
    },
    /// Disable an endpoint
    Disable {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
    },
    /// Subscribe an endpoint to more events
    AddEvents {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Event types (see `hookctl events -p PROVIDER`)
        #[arg(required = true, value_parser = EVENT_TYPE, hide_possible_values = true)]
        events: Vec<String>,
    },
    /// Unsubscribe an endpoint from events
    RemoveEvents {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Event types (see `hookctl events -p PROVIDER`)
        #[arg(required = true, value_parser = EVENT_TYPE, hide_possible_values = true)]
        events: Vec<String>,
    },
    /// Issue a new signing secret
    RotateSecret {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
        /// Store the new signing secret in the config file
        #[arg(long)]
        save_secret: bool,
    },
    /// Ask the provider to send a ping
    Ping {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
    },
    /// Ask the provider to send a test event
    Test {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Event type to fire
        #[arg(long, value_name = "TYPE", value_parser = EVENT_TYPE, hide_possible_values = true)]
        event: String,
        /// The event's `data` object (default `{}`)
        #[arg(long, value_name = "JSON")]
        data: Option<String>,
    },
    /// List delivery attempts
    Deliveries {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Only deliveries in this state: PENDING, DELIVERED or FAILED
        #[arg(long)]
        status: Option<String>,
        /// Only deliveries created after this RFC 3339 time, or this long ago (24h)
        #[arg(long, value_name = "T")]
        since: Option<String>,
    },
    /// Deliver a past payload again
    Redeliver {
        /// Endpoint id, as `webhooks list` prints it
        id: String,
        /// Delivery id, as `webhooks deliveries` prints it
        delivery_id: String,
    },
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl config path\n  hookctl config set providers.noko.base_url https://api.nokotime.com\n  printf %s \"$SECRET\" | hookctl config set providers.stripe.secret -\n  hookctl config get providers.stripe.secret"
)]
pub struct ConfigArgs {
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty, global = true)]
    pub output: Format,
    #[command(flatten)]
    pub config: ConfigFileArgs,
    #[command(subcommand)]
    pub action: ConfigAction,
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print the config file's path
    Path,
    /// Print every setting, secrets masked
    List {
        #[command(flatten)]
        quiet: QuietArgs,
    },
    /// Print one setting (dotted key, e.g. providers.noones.base_url); secrets masked
    Get {
        /// Dotted key, e.g. providers.noko.secret
        key: String,
        /// Print a secret or token in full
        #[arg(long)]
        reveal: bool,
    },
    /// Set a value (prompts hidden when VALUE is omitted)
    Set {
        /// Dotted key, e.g. providers.noko.base_url (`hookctl config set x` lists the settings)
        key: String,
        /// The value; `-` reads it from stdin; omitted, a hidden prompt asks for it
        value: Option<String>,
        #[command(flatten)]
        input: NoInputArgs,
        #[command(flatten)]
        quiet: QuietArgs,
    },
    /// Remove a setting
    Unset {
        /// Dotted key, e.g. providers.noko.token
        key: String,
        #[command(flatten)]
        quiet: QuietArgs,
    },
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl keygen ed25519 --out noones.pem\n  hookctl keygen p256 --out sendgrid.pem -o json"
)]
pub struct KeygenArgs {
    /// Key type
    #[arg(value_enum, default_value_t = KeyType::Ed25519)]
    pub kind: KeyType,
    /// Where to write the private key (PEM, mode 0600)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
    /// Output format: pretty for people, json for scripts (stable field names)
    #[arg(short, long, value_enum, default_value_t = Format::Pretty)]
    pub output: Format,
    #[command(flatten)]
    pub quiet: QuietArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyType {
    Ed25519,
    /// ECDSA P-256 (SendGrid's scheme)
    P256,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hookctl completions bash > ~/.local/share/bash-completion/completions/hookctl\n  hookctl completions zsh > \"${fpath[1]}/_hookctl\"\n  hookctl completions fish > ~/.config/fish/completions/hookctl.fish"
)]
pub struct CompletionsArgs {
    /// Shell to write the script for
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    const ALL_FOUR: &[&str] = &["config", "no_input", "quiet", "verbose"];

    /// Which common options each command acts on, and so is offered: every other command
    /// refuses them (exit 2) rather than ignoring them. A command that comes to read the
    /// config, prompt, print progress or debug detail moves here with it. `webhooks *` is
    /// every action of the group.
    const COMMON_OPTIONS: &[(&str, &[&str])] = &[
        // Secrets from the config or a prompt; progress and `secret from …` detail.
        ("sign", ALL_FOUR),
        ("verify", ALL_FOUR),
        ("send-test", ALL_FOUR),
        ("probe", ALL_FOUR),
        ("listen", ALL_FOUR),
        ("replay", ALL_FOUR),
        // Tokens from the config or a prompt; retries reported, requests logged.
        ("webhooks *", ALL_FOUR),
        // Keys from the config, never a prompt (a page cannot answer one).
        ("inspect", &["config", "quiet", "verbose"]),
        // The user's schemes; "no events" is a status line.
        ("events", &["config", "quiet"]),
        ("providers", &["config"]),
        ("doctor", &["config"]),
        ("config path", &["config"]),
        ("config get", &["config"]),
        ("config list", &["config", "quiet"]),
        ("config unset", &["config", "quiet"]),
        // The one that prompts (for a value left out).
        ("config set", &["config", "no_input", "quiet"]),
        // "Wrote private key to …" and the summary are all they add to their result.
        ("keygen", &["quiet"]),
        ("selftest", &["quiet"]),
        ("completions", &[]),
    ];

    /// The least argv each command parses with, to check the options reach the run.
    const ARGV: &[(&str, &[&str])] = &[
        ("sign", &["sign", "-p", "github"]),
        ("verify", &["verify"]),
        ("send-test", &["send-test", "localhost:1", "-p", "github"]),
        ("probe", &["probe", "localhost:1", "-p", "github"]),
        ("listen", &["listen"]),
        ("replay", &["replay", "r.jsonl", "--to", "localhost:1"]),
        ("webhooks", &["webhooks", "-p", "noko"]),
        ("inspect", &["inspect", "r.jsonl"]),
        ("events", &["events", "-p", "github"]),
        ("providers", &["providers"]),
        ("doctor", &["doctor"]),
        ("config", &["config"]),
        ("keygen", &["keygen", "--out", "k.pem"]),
        ("selftest", &["selftest"]),
        ("completions", &["completions", "bash"]),
    ];

    /// The row of COMMON_OPTIONS for a command.
    fn row(path: &str) -> Option<usize> {
        let group = path.split_once(' ').map(|(g, _)| format!("{g} *"));
        COMMON_OPTIONS
            .iter()
            .position(|(p, _)| *p == path || Some(*p) == group.as_deref())
    }

    /// Every command, its path and its arguments as parsing sees them (globals included).
    fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        let subs: Vec<_> = cmd.get_subcommands().filter(|s| s.get_name() != "help").collect();
        if subs.is_empty() {
            let ids = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
            out.push((path.trim().to_string(), ids));
        }
        for sub in subs {
            leaves(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    /// A common option is offered exactly where the command acts on it (the table above), and
    /// when given it reaches the run (`Command::common`, which sets up output and prompts).
    #[test]
    fn common_options_are_offered_where_they_act() {
        let mut cli = Cli::command();
        cli.build();
        let mut all = Vec::new();
        leaves(&cli, "", &mut all);
        let mut wrong = Vec::new();
        let mut matched = std::collections::BTreeSet::new();
        for (path, ids) in &all {
            let Some(i) = row(path) else {
                wrong.push(format!("{path}: not in COMMON_OPTIONS"));
                continue;
            };
            matched.insert(i);
            let want = COMMON_OPTIONS[i].1;
            let offered: Vec<&str> = ALL_FOUR
                .iter()
                .copied()
                .filter(|o| ids.iter().any(|i| i == o))
                .collect();
            if offered != want {
                wrong.push(format!("{path}: offers {offered:?}, acts on {want:?}"));
            }
            assert!(ids.iter().any(|i| i == "color"), "{path}: --color is global");
            // Given, each reaches the run.
            let top = path.split(' ').next().unwrap();
            let argv = ARGV
                .iter()
                .find(|(c, _)| *c == top)
                .map(|(_, a)| *a)
                .expect("ARGV");
            let action = path.split_once(' ').map(|(_, a)| a);
            for option in want {
                let mut args: Vec<String> = std::iter::once("hookctl")
                    .chain(argv.iter().copied())
                    .map(String::from)
                    .collect();
                if let Some(a) = action {
                    args.push(a.to_string());
                    // The actions' own required arguments.
                    match a {
                        "get" | "set" | "unset" => args.push("providers.noko.secret".into()),
                        "list" | "path" | "create" => {}
                        "redeliver" => args.extend(["ID".into(), "D".into()]),
                        "add-events" | "remove-events" => args.extend(["ID".into(), "e".into()]),
                        "test" => args.extend(["ID".into(), "--event".into(), "e".into()]),
                        _ => args.push("ID".into()),
                    }
                }
                match *option {
                    "config" => args.extend(["--config".into(), "c.toml".into()]),
                    other => args.push(format!("--{}", other.replace('_', "-"))),
                }
                let parsed = Cli::try_parse_from(&args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
                let c = parsed.command.common();
                let reached = match *option {
                    "config" => c.config == Some(std::path::Path::new("c.toml")),
                    "no_input" => c.no_input,
                    "quiet" => c.quiet,
                    _ => c.verbose,
                };
                if !reached {
                    wrong.push(format!("{path}: {option} is parsed but never reaches the run"));
                }
            }
        }
        for (i, (path, _)) in COMMON_OPTIONS.iter().enumerate() {
            if !matched.contains(&i) {
                wrong.push(format!("{path}: in COMMON_OPTIONS but no such command"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
        // A command that does not act on an option refuses it, as a usage error.
        let e =
            Cli::try_parse_from(["hookctl", "keygen", "--out", "k.pem", "--config", "c.toml"]).unwrap_err();
        assert_eq!(e.kind(), clap::error::ErrorKind::UnknownArgument);
        assert!(e.use_stderr());
        assert!(common_option_hint(&e).is_some_and(|h| h.starts_with("--config is taken after")));
        let e = Cli::try_parse_from(["hookctl", "-q", "selftest"]).unwrap_err();
        assert!(common_option_hint(&e).is_some());
        let e = Cli::try_parse_from(["hookctl", "selftest", "--bogus"]).unwrap_err();
        assert_eq!(common_option_hint(&e), None);
    }

    /// Options marked `global` below the top are a group's, taken by every one of its
    /// actions; any other is a new one to check against what the actions do.
    #[test]
    fn group_options_are_the_ones_every_action_takes() {
        fn globals(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
            for a in cmd.get_arguments().filter(|a| a.is_global_set()) {
                let id = a.get_id().as_str();
                let common = ALL_FOUR.contains(&id) || (path.is_empty() && id == "color");
                if !common {
                    out.push(format!("{path} {id}").trim().to_string());
                }
            }
            for sub in cmd.get_subcommands() {
                globals(sub, &format!("{path} {}", sub.get_name()), out);
            }
        }
        let mut found = Vec::new();
        globals(&Cli::command(), "", &mut found);
        found.sort();
        let mut want: Vec<String> = [
            // Every webhooks action is one call of the provider's API and prints its answer.
            "provider",
            "token_file",
            "token_env",
            "token",
            "client_id",
            "client_secret",
            "client_secret_file",
            "token_url",
            "base_url",
            "timeout",
            "retries",
            "retry_base",
            "output",
        ]
        .iter()
        .map(|id| format!("webhooks {id}"))
        // Every config action prints its result, or its error, as -o asks.
        .chain(["config output".to_string()])
        .collect();
        want.sort();
        assert_eq!(found, want);
    }

    /// Every command shows examples (as `gh` does), and every flag and positional a user can
    /// see says what it is for.
    #[test]
    fn every_command_has_examples_and_every_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !arg.is_hide_set() && !builtin && arg.get_help().is_none() && arg.get_long_help().is_none()
                {
                    missing.push(format!("{path} {}: no help", arg.get_id()));
                }
                // Completion scripts offer hidden flags too: a flag is documented or absent.
                if arg.is_hide_set() {
                    missing.push(format!("{path} {}: hidden", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let cli = Cli::command();
        let mut missing = Vec::new();
        for sub in cli.get_subcommands() {
            let examples = sub.get_after_help().map(|h| h.to_string()).unwrap_or_default();
            if !examples.contains("Examples:\n  hookctl ") && !examples.contains("Examples:\n  jq ") {
                missing.push(format!("{}: no examples", sub.get_name()));
            }
        }
        walk(&cli, "hookctl", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
