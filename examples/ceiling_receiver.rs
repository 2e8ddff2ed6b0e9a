//! The ceiling for `benches/listen.sh`: hyper's HTTP/1.1 server on the same tokio runtime
//! `hookctl listen` uses (one worker per core), answering every request `200 ok` after reading
//! its body, and checking nothing. Prints its port on the first line of stdout.
//!
//! With a file argument it also appends each body and a newline to that file (one write under
//! a lock) before answering: the least any receiver that keeps what it acknowledged must do,
//! so the bench can tell the cost of recording apart from the cost of hookctl's own work.

use std::convert::Infallible;
use std::io::Write;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

type Record = Option<Arc<Mutex<std::fs::File>>>;

async fn ok(req: Request<Incoming>, record: Record) -> Result<Response<Full<Bytes>>, Infallible> {
    let body = req.into_body().collect().await.map(|b| b.to_bytes());
    if let (Some(file), Ok(body)) = (record, body) {
        let mut line = Vec::with_capacity(body.len() + 1);
        line.extend_from_slice(&body);
        line.push(b'\n');
        let mut file = file.lock().unwrap_or_else(|p| p.into_inner());
        if file.write_all(&line).is_err() {
            let mut refused = Response::new(Full::new(Bytes::from_static(b"cannot record\n")));
            *refused.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
            return Ok(refused);
        }
    }
    Ok(Response::new(Full::new(Bytes::from_static(b"ok\n"))))
}

fn main() {
    let record: Record = std::env::args_os().nth(1).map(|path| {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .expect("the record file opens");
        Arc::new(Mutex::new(file))
    });
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        println!("{}", listener.local_addr().expect("address").port());
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let record = record.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| ok(req, record.clone()));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
}
