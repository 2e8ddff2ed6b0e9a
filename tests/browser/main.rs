//! The web inspector in a real headless Chromium, driven over WebDriver (fantoccini and
//! Debian's chromedriver): `cargo test --locked --features browser --test browser`, which
//! needs the Debian packages `chromium` and `chromium-driver`.
//!
//! Each test starts its own `hookctl listen --ui`, its own chromedriver on a free port and a
//! fresh browser profile, and stops them at its end. The tests take turns (one browser at a
//! time on a small machine) and every wait is bounded.

#[path = "../cli/support/listen.rs"]
mod support;

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use support::{command, now, post, records, signed_headers, Listener};

const STRIPE: &str = "whsec_browser-test-secret";
const ENV: &[(&str, &str)] = &[("HOOKCTL_STRIPE_SECRET", STRIPE)];
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// The most any one test may take, browser start included.
const TEST_LIMIT: Duration = Duration::from_secs(120);
/// The most any one wait for the page may take.
const WAIT: Duration = Duration::from_secs(15);

/// One browser at a time.
static TURN: Mutex<()> = Mutex::new(());

/// chromedriver on a free port, killed when dropped.
struct Driver {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Driver {
    fn start() -> Driver {
        let port = free_port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {CHROMEDRIVER} ({e}): apt-get install -y chromium chromium-driver")
            });
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not open port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            port,
            _profile: tempfile::tempdir().unwrap(),
        }
    }

    async fn browser(&self) -> Client {
        let profile = self._profile.path().display().to_string();
        // No network here: without these Chromium waits on lookups it can never finish.
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1440,900",
            &format!("--user-data-dir={profile}"),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": CHROMIUM, "args": args }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a WebDriver session")
    }
}

/// A listener with the inspector, its page's URL.
struct Setup {
    listener: Listener,
    page: String,
    webhook: String,
}

fn listen(extra: &[&str]) -> Setup {
    let mut args = vec!["--ui"];
    args.extend_from_slice(extra);
    let listener = Listener::start(&args, ENV);
    let deadline = Instant::now() + Duration::from_secs(10);
    let page = loop {
        let text = listener.stderr();
        if let Some(url) = text.lines().find_map(|l| l.trim().strip_prefix("inspector: ")) {
            break url.trim().to_string();
        }
        assert!(Instant::now() < deadline, "no inspector URL: {text}");
        std::thread::sleep(Duration::from_millis(20));
    };
    let webhook = format!("http://127.0.0.1:{}/", listener.port);
    Setup {
        listener,
        page,
        webhook,
    }
}

/// `hookctl send-test URL -p stripe ARGS`, which must succeed.
fn send_test(url: &str, args: &[&str]) {
    let out = command()
        .args(["send-test", url, "-p", "stripe", "-q"])
        .args(args)
        .envs(ENV.iter().copied())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "send-test: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run one browser test: its turn, a driver, a browser, a bound on the whole.
fn run<F, Fut>(test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let _turn = TURN.lock().unwrap_or_else(|p| p.into_inner());
    let driver = Driver::start();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = tokio::time::timeout(Duration::from_secs(60), driver.browser())
            .await
            .expect("the browser started within a minute");
        let session = client.clone();
        let outcome = tokio::time::timeout(TEST_LIMIT, test(client)).await;
        let _ = session.close().await;
        outcome.expect("the test finished within its limit");
    });
    drop(driver);
}

/// Evaluate `script` (a function body returning a value) in the page.
async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.expect("script runs")
}

/// Wait until `script` returns true in the page.
async fn until(c: &Client, what: &str, script: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        if js(c, script).await == Value::Bool(true) {
            return;
        }
        if Instant::now() > deadline {
            let body = js(c, "return document.body.innerText").await;
            panic!("timed out waiting for {what}; the page says: {body}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The number of rows in the list.
async fn row_count(c: &Client) -> u64 {
    js(c, "return document.querySelectorAll('#rows tr.row').length")
        .await
        .as_u64()
        .unwrap()
}

async fn open_page(c: &Client, url: &str) {
    c.goto(url).await.unwrap();
    until(
        c,
        "the live stream",
        "return document.getElementById('status').classList.contains('live')",
    )
    .await;
}

/// Click the element `at` finds.
async fn click(c: &Client, at: Locator<'_>) {
    c.find(at).await.unwrap().click().await.unwrap();
}

/// Click the row whose event id is `id`.
async fn open_row(c: &Client, id: &str) {
    let rows = c.find_all(Locator::Css("#rows tr.row")).await.unwrap();
    for row in rows {
        let cell = row.find(Locator::Css(".c-id")).await.unwrap();
        if cell.text().await.unwrap() == id {
            row.click().await.unwrap();
            until(
                c,
                "the detail view",
                "return !!document.getElementById('d-verdict')",
            )
            .await;
            return;
        }
    }
    panic!("no row for {id}");
}

fn stripe_body(id: &str, amount: u64, kind: &str) -> Vec<u8> {
    json!({"id": id, "object": "event", "type": kind, "created": now(),
           "data": {"object": {"id": "ch_1", "object": "charge", "amount": amount, "currency": "usd"}}})
    .to_string()
    .into_bytes()
}

#[test]
fn a_send_test_event_appears_live_with_valid() {
    let s = listen(&[]);
    run(|c| async move {
        open_page(&c, &s.page).await;
        assert_eq!(row_count(&c).await, 0);
        send_test(&s.webhook, &[]);
        until(
            &c,
            "a valid row",
            "return [...document.querySelectorAll('#rows tr.row .verdict')].some(e => e.textContent === 'valid')",
        )
        .await;
        let provider = c.find(Locator::Css("#rows tr.row .c-provider")).await.unwrap();
        assert_eq!(provider.text().await.unwrap(), "stripe");
        // The list is served from memory: it survives a reload.
        c.refresh().await.unwrap();
        until(
            &c,
            "the row after a reload",
            "return document.querySelectorAll('#rows tr.row').length === 1",
        )
        .await;
    });
}

#[test]
fn the_detail_shows_headers_tree_verdict_and_a_tampered_delivery_its_cause() {
    let s = listen(&[]);
    let good = stripe_body("evt_good", 100, "charge.succeeded");
    assert_eq!(
        post(
            s.listener.port,
            &signed_headers("stripe", STRIPE, &good, now()),
            &good
        )
        .status,
        200
    );
    let bad = stripe_body("evt_tampered", 100, "charge.succeeded");
    let headers = signed_headers("stripe", STRIPE, &bad, now());
    let mut tampered = bad.clone();
    tampered.push(b'\n');
    assert_eq!(post(s.listener.port, &headers, &tampered).status, 401);
    run(|c| async move {
        open_page(&c, &s.page).await;
        until(
            &c,
            "two rows",
            "return document.querySelectorAll('#rows tr.row').length === 2",
        )
        .await;

        open_row(&c, "evt_good").await;
        let verdict = c
            .find(Locator::Id("d-verdict"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(verdict.starts_with("valid"), "{verdict}");
        let headers = c
            .find(Locator::Id("d-headers"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(headers.contains("Stripe-Signature"), "{headers}");
        let tree = c.find(Locator::Css("#d-tree details summary")).await.unwrap();
        assert!(tree.text().await.unwrap().starts_with('{'));
        let leaf = js(
            &c,
            "return [...document.querySelectorAll('#d-tree .leaf')].map(e => e.textContent).join('|')",
        )
        .await;
        assert!(leaf.as_str().unwrap().contains("amount: 100"), "{leaf}");
        let explain = c
            .find(Locator::Id("d-explain"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            explain.contains("signature matches the signed string"),
            "{explain}"
        );
        assert!(explain.contains("signed string"), "{explain}");
        assert!(!explain.contains(STRIPE), "the secret is masked");
        // The raw text is one click away.
        click(&c, Locator::Id("tab-raw")).await;
        let raw = c.find(Locator::Id("d-raw")).await.unwrap().text().await.unwrap();
        assert!(raw.contains("\"evt_good\""), "{raw}");

        open_row(&c, "evt_tampered").await;
        let verdict = c
            .find(Locator::Css("#d-verdict .verdict"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(verdict, "mismatch");
        let explain = c
            .find(Locator::Id("d-explain"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(explain.contains("likely cause"), "{explain}");
        assert!(explain.contains("trailing newline"), "{explain}");
        // The verdict filter leaves only the mismatch.
        click(&c, Locator::Css("#f-verdict option[value='mismatch']")).await;
        until(
            &c,
            "the filter",
            "return [...document.querySelectorAll('#rows tr.row')].filter(r => !r.hidden).length === 1",
        )
        .await;
        // Free text searches whole records: a value only the body holds.
        click(&c, Locator::Css("#f-verdict option[value='']")).await;
        c.find(Locator::Id("f-text"))
            .await
            .unwrap()
            .send_keys("\"id\":\"evt_good\"")
            .await
            .unwrap();
        until(
            &c,
            "the text filter",
            "return [...document.querySelectorAll('#rows tr.row')].filter(r => !r.hidden).map(r => r.querySelector('.c-id').textContent).join() === 'evt_good'",
        )
        .await;
    });
}

#[test]
fn edit_and_send_records_a_new_valid_delivery_and_an_old_replay_is_stale() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("events.jsonl");
    let s = listen(&["--tolerance", "1s", "--record", rec.to_str().unwrap()]);
    let body = stripe_body("evt_edit", 100, "charge.succeeded");
    assert_eq!(
        post(
            s.listener.port,
            &signed_headers("stripe", STRIPE, &body, now()),
            &body
        )
        .status,
        200
    );
    let rec2 = rec.clone();
    run(|c| async move {
        open_page(&c, &s.page).await;
        until(
            &c,
            "the row",
            "return document.querySelectorAll('#rows tr.row').length === 1",
        )
        .await;
        open_row(&c, "evt_edit").await;
        click(&c, Locator::Id("a-edit")).await;
        until(&c, "the editor", "return !!document.getElementById('e-body')").await;
        // Change one field in place, as a person would in the text box.
        js(
            &c,
            "const b = document.getElementById('e-body'); b.value = b.value.replace('\"amount\":100', '\"amount\":777'); return true",
        )
        .await;
        let resign = c.find(Locator::Id("e-resign")).await.unwrap();
        assert_eq!(resign.prop("checked").await.unwrap().as_deref(), Some("true"));
        click(&c, Locator::Id("e-send")).await;
        until(
            &c,
            "the answer",
            "return /status 200/.test(document.getElementById('r-edit-send').textContent)",
        )
        .await;
        until(
            &c,
            "the new delivery in the list",
            "return document.querySelectorAll('#rows tr.row').length === 2",
        )
        .await;
        let lines = records(&rec2);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["signature"], "valid");
        let sent: Value = serde_json::from_str(lines[1]["body"].as_str().unwrap()).unwrap();
        assert_eq!(sent["data"]["object"]["amount"], 777);

        // Past the tolerance, Replay (not re-signed) is refused as stale.
        tokio::time::sleep(Duration::from_millis(2200)).await;
        open_row(&c, "evt_edit").await;
        click(&c, Locator::Id("a-replay")).await;
        until(
            &c,
            "the answer",
            "return /status 401/.test(document.getElementById('r-replay').textContent)",
        )
        .await;
        until(
            &c,
            "a stale row",
            "return [...document.querySelectorAll('#rows tr.row .verdict')].some(e => e.textContent === 'stale')",
        )
        .await;
        assert_eq!(records(&rec2)[2]["signature"], "stale");
        // Replay re-signed, the same event is valid again.
        open_row(&c, "evt_edit").await;
        click(&c, Locator::Id("a-resign")).await;
        until(
            &c,
            "the answer",
            "return /status 200/.test(document.getElementById('r-resign').textContent)",
        )
        .await;
        // Copy as curl shows the command (and copies it where the clipboard allows).
        click(&c, Locator::Id("a-curl")).await;
        until(
            &c,
            "the command",
            "return /curl -sS -X POST/.test(document.getElementById('r-curl').textContent)",
        )
        .await;
    });
}

#[test]
fn script_and_html_in_a_delivery_stay_inert() {
    let s = listen(&[]);
    let payload =
        "<img src=x onerror=\"window.__pwned=1;alert(1)\"><script>window.__pwned=2;alert(2)</script>";
    let body = json!({
        "id": "evt_<b>xss</b>",
        "object": "event",
        "type": "<img src=x onerror=alert(3)>",
        "data": {"object": {"note": payload, "link": "javascript:alert(4)", "<svg onload=alert(5)>": 1}}
    })
    .to_string()
    .into_bytes();
    let mut headers = signed_headers("stripe", STRIPE, &body, now());
    headers.push(("X-Evil".into(), "<img src=x onerror=alert(6)>".into()));
    assert_eq!(post(s.listener.port, &headers, &body).status, 200);
    let form = b"a=%3Cscript%3Ealert(7)%3C%2Fscript%3E&b=%3Cimg+src%3Dx+onerror%3Dalert(8)%3E".to_vec();
    let mut fheaders = signed_headers("stripe", STRIPE, &form, now());
    fheaders.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
    fheaders.push(("Content-Type".into(), "application/x-www-form-urlencoded".into()));
    post(s.listener.port, &fheaders, &form);
    run(|c| async move {
        open_page(&c, &s.page).await;
        until(
            &c,
            "the rows",
            "return document.querySelectorAll('#rows tr.row').length === 2",
        )
        .await;
        let rows = c.find_all(Locator::Css("#rows tr.row")).await.unwrap();
        let mut shown = String::new();
        for row in rows {
            row.click().await.unwrap();
            until(
                &c,
                "the detail view",
                "return !!document.getElementById('d-verdict')",
            )
            .await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            // No alert opened, no script ran, no element came from the data.
            assert!(c.get_alert_text().await.is_err(), "an alert opened");
            let state = js(
                &c,
                "return {pwned: window.__pwned === undefined ? null : window.__pwned,
                         imgs: document.querySelectorAll('img').length,
                         svgs: document.querySelectorAll('svg').length,
                         bold: document.querySelectorAll('b').length,
                         scripts: document.querySelectorAll('script').length,
                         links: document.querySelectorAll('a').length}",
            )
            .await;
            assert_eq!(
                state,
                json!({"pwned": null, "imgs": 0, "svgs": 0, "bold": 0, "scripts": 1, "links": 0})
            );
            shown.push_str(js(&c, "return document.body.textContent").await.as_str().unwrap());
        }
        // The payloads are there, as text.
        let text = shown.as_str();
        assert!(
            text.contains("<img src=x onerror=alert(6)>"),
            "header shown as text"
        );
        assert!(
            text.contains("<script>alert(7)</script>"),
            "form field shown as text"
        );
        let list = js(&c, "return document.getElementById('rows').textContent").await;
        assert!(
            list.as_str().unwrap().contains("<img src=x onerror=alert(3)>"),
            "{list}"
        );
    });
}

#[test]
fn the_page_is_refused_without_its_token() {
    let s = listen(&[]);
    let bare = s.page.split("?token=").next().unwrap().to_string();
    run(|c| async move {
        c.goto(&bare).await.unwrap();
        let text = js(&c, "return document.body.innerText").await;
        assert!(text.as_str().unwrap().contains("forbidden"), "{text}");
        assert_eq!(
            js(&c, "return !!document.getElementById('rows')").await,
            json!(false)
        );
        // With it, the page and the stream work.
        open_page(&c, &s.page).await;
    });
}

/// Three deliveries on the page, saved as a PNG: to `$HOOKCTL_SCREENSHOT` when set (what
/// doc/screenshot.sh does for doc/inspector.png), else to a temporary file.
#[test]
fn a_screenshot_with_three_deliveries() {
    let s = listen(&[]);
    send_test(&s.webhook, &["-e", "payment_intent.succeeded"]);
    send_test(&s.webhook, &["-e", "checkout.session.completed"]);
    let bad = stripe_body("evt_1QxTampered42", 2000, "invoice.paid");
    let headers = signed_headers("stripe", "whsec_not-the-secret", &bad, now());
    assert_eq!(post(s.listener.port, &headers, &bad).status, 401);
    let tmp = tempfile::tempdir().unwrap();
    let out = std::env::var_os("HOOKCTL_SCREENSHOT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().join("inspector.png"));
    let out2 = out.clone();
    run(|c| async move {
        open_page(&c, &s.page).await;
        until(
            &c,
            "three rows",
            "return document.querySelectorAll('#rows tr.row').length === 3",
        )
        .await;
        let first = c.find(Locator::Css("#rows tr.row")).await.unwrap();
        first.click().await.unwrap();
        until(
            &c,
            "the detail view",
            "return !!document.getElementById('d-explain')",
        )
        .await;
        // The fresh-row highlight has faded.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let png = c.screenshot().await.unwrap();
        std::fs::write(&out2, &png).unwrap();
    });
    let png = std::fs::read(&out).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(png.len() > 10_000, "a page, not a blank: {} bytes", png.len());
}
