// hookctl inspector. Every value shown comes from a request someone sent: it is only ever
// put into the page as text (textContent, text nodes, option labels), never parsed as HTML,
// and never used as a link. The token from the page's URL goes back in a header.
'use strict';
(function () {
  const token = new URLSearchParams(location.search).get('token') || '';
  const entries = new Map(); // id -> entry {id, latency_ms, record}
  const rows = new Map(); // id -> <tr>
  const seen = { provider: new Set(), verdict: new Set(), type: new Set() };
  let info = null;
  let selected = null;
  let stream = null;

  const $ = (id) => document.getElementById(id);

  // An element with text children only; attributes from a fixed list.
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      switch (k) {
        case 'class': e.className = v; break;
        case 'text': e.textContent = v; break;
        case 'id': case 'type': case 'value': case 'title': case 'placeholder':
        case 'hidden': case 'disabled': case 'checked': case 'rows': case 'open':
          e[k] = v; break;
        default:
          if (k.startsWith('data-')) e.setAttribute(k, String(v));
          else throw new Error('attribute not allowed: ' + k);
      }
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function api(path, options) {
    const o = Object.assign({}, options || {});
    o.headers = Object.assign({ 'X-Hookctl-Token': token }, o.headers || {});
    return fetch(path, o).then(async (r) => {
      const text = await r.text();
      let body = null;
      try { body = JSON.parse(text); } catch (_) { body = { error: text }; }
      if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
      return body;
    });
  }

  // ---- what a record says -------------------------------------------------------------

  function verdictOf(rec) {
    const sig = rec.signature || 'missing';
    if (sig === 'invalid' && typeof rec.reason === 'string') {
      const word = rec.reason.split(':')[0].trim();
      if (word === 'mismatch') return 'mismatch';
      if (word.startsWith('malformed')) return 'malformed';
      if (word.startsWith('stale')) return 'stale';
      return 'invalid';
    }
    return sig;
  }

  function header(rec, name) {
    const h = rec.headers || {};
    for (const k of Object.keys(h)) {
      if (k.toLowerCase() === name) return Array.isArray(h[k]) ? h[k][0] : h[k];
    }
    return undefined;
  }

  function timeOf(rec) {
    const d = new Date(rec.received_at);
    if (isNaN(d)) return String(rec.received_at || '');
    const p = (n, w) => String(n).padStart(w || 2, '0');
    return p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds()) + '.' + p(d.getMilliseconds(), 3);
  }

  function forwardOf(rec) {
    const f = (rec.forwarded || [])[0];
    if (!f) return '—';
    return f.status ? String(f.status) : ('failed: ' + (f.error || 'no answer'));
  }

  function latencyOf(entry) {
    return typeof entry.latency_ms === 'number' ? entry.latency_ms.toFixed(1) + ' ms' : '—';
  }

  function verdictBadge(v) {
    return el('span', { class: 'verdict v-' + v.replace(/[^a-z]/g, ''), text: v });
  }

  // ---- the list -----------------------------------------------------------------------

  function addOption(kind, selectId, value) {
    if (!value || seen[kind].has(value)) return;
    seen[kind].add(value);
    const sel = $(selectId);
    const opt = document.createElement('option');
    opt.value = value;
    opt.textContent = value;
    sel.append(opt);
  }

  function add(entry, fresh) {
    if (entries.has(entry.id)) return;
    const rec = entry.record || {};
    entry.verdict = verdictOf(rec);
    entries.set(entry.id, entry);
    const verdict = el('td', { class: 'c-verdict' }, verdictBadge(entry.verdict));
    if (rec.duplicate) verdict.append(el('span', { class: 'flag', text: 'duplicate' }));
    if (rec.filtered) verdict.append(el('span', { class: 'flag', text: 'filtered' }));
    const tr = el('tr', { class: 'row' + (fresh ? ' fresh' : ''), 'data-id': entry.id },
      el('td', { class: 'c-time', text: timeOf(rec), title: String(rec.received_at || '') }),
      el('td', { class: 'c-provider', text: rec.provider || '—' }),
      el('td', { class: 'c-type', text: rec.event_type || '—' }),
      el('td', { class: 'c-id', text: rec.event_id || '—', title: rec.event_id || '' }),
      verdict,
      el('td', { class: 'c-status', text: String(rec.status) }),
      el('td', { class: 'c-latency', text: latencyOf(entry) }),
      el('td', { class: 'c-forward', text: forwardOf(rec) }));
    tr.addEventListener('click', () => open(entry.id));
    rows.set(entry.id, tr);
    $('rows').prepend(tr);
    addOption('provider', 'f-provider', rec.provider);
    addOption('verdict', 'f-verdict', entry.verdict);
    addOption('type', 'f-type', rec.event_type);
    filterOne(entry, tr);
    if (query) searchSoon();
    counts();
  }

  function clear() {
    entries.clear();
    rows.clear();
    $('rows').replaceChildren();
    counts();
  }

  // Free text is searched by the server, over whole records (the list holds only rows).
  let query = '';
  let hits = new Set();
  let searchTimer = null;

  function searchSoon() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      const q = $('f-text').value.trim();
      if (!q) { query = ''; filterAll(); return; }
      api('/api/search?q=' + encodeURIComponent(q)).then((r) => {
        if ($('f-text').value.trim() !== q) return;
        query = q;
        hits = new Set(r.ids);
        filterAll();
      }, () => {});
    }, 150);
  }

  function matches(entry) {
    const rec = entry.record || {};
    const p = $('f-provider').value, v = $('f-verdict').value, t = $('f-type').value;
    return (!p || rec.provider === p) && (!v || entry.verdict === v) &&
      (!t || rec.event_type === t) && (!query || hits.has(entry.id));
  }

  function filterOne(entry, tr) { tr.hidden = !matches(entry); }

  function filterAll() {
    for (const [id, tr] of rows) filterOne(entries.get(id), tr);
    counts();
  }

  function counts() {
    let shown = 0;
    for (const tr of rows.values()) if (!tr.hidden) shown++;
    $('count').textContent = shown === entries.size ? entries.size + ' deliveries' : shown + ' of ' + entries.size + ' shown';
    $('empty').hidden = entries.size > 0;
  }

  // ---- the live stream ----------------------------------------------------------------

  function setStatus(text, cls) {
    const s = $('status');
    s.textContent = text;
    s.className = 'status ' + (cls || '');
  }

  function follow() {
    stream = new EventSource('/api/events?token=' + encodeURIComponent(token));
    stream.addEventListener('open', () => setStatus('live', 'live'));
    stream.addEventListener('error', () => setStatus('reconnecting…', 'down'));
    stream.addEventListener('reset', () => clear());
    stream.addEventListener('delivery', (e) => {
      let entry;
      try { entry = JSON.parse(e.data); } catch (_) { return; }
      add(entry, true);
    });
    stream.addEventListener('lagged', () => {
      stream.close();
      setStatus('behind', 'down');
      $('lagged').hidden = false;
    });
  }

  // ---- the detail view ----------------------------------------------------------------

  function kvTable(pairs, id) {
    const t = el('table', { class: 'kv', id });
    for (const [k, v] of pairs) t.append(el('tr', null, el('td', { text: k }), el('td', { text: v })));
    return t;
  }

  function headerPairs(rec) {
    const out = [];
    for (const [k, v] of Object.entries(rec.headers || {})) {
      for (const one of Array.isArray(v) ? v : [v]) out.push([k, String(one)]);
    }
    return out;
  }

  const TREE_NODES = 5000;

  // A collapsible JSON tree built of elements and text nodes.
  function tree(value) {
    let budget = TREE_NODES;
    function scalar(v) {
      if (v === null) return el('span', { class: 'z', text: 'null' });
      switch (typeof v) {
        case 'string': return el('span', { class: 's', text: JSON.stringify(v) });
        case 'number': return el('span', { class: 'n', text: String(v) });
        case 'boolean': return el('span', { class: 'b', text: String(v) });
        default: return el('span', { text: String(v) });
      }
    }
    function node(key, v, depth) {
      if (--budget < 0) return budget === -1 ? el('div', { class: 'leaf muted', text: '… (more than ' + TREE_NODES + ' values)' }) : null;
      const label = key === null ? null : el('span', { class: 'k', text: key });
      if (v !== null && typeof v === 'object') {
        const isArray = Array.isArray(v);
        const keys = Object.keys(v);
        const d = el('details', { open: depth < 3 });
        d.append(el('summary', null, label, label ? ': ' : '',
          isArray ? '[' + keys.length + ']' : '{' + keys.length + '}'));
        for (const k of keys) {
          const child = node(isArray ? '[' + k + ']' : k, v[k], depth + 1);
          if (child) d.append(child);
        }
        return d;
      }
      return el('div', { class: 'leaf' }, label, label ? ': ' : '', scalar(v));
    }
    return el('div', { class: 'tree', id: 'd-tree' }, node(null, value, 0));
  }

  function bodyView(rec) {
    const box = el('div', { id: 'd-body' });
    if (typeof rec.body_base64 === 'string') {
      let size = 0;
      try { size = atob(rec.body_base64).length; } catch (_) { size = NaN; }
      box.append(el('p', { class: 'muted', text: 'binary body, ' + size + ' bytes, shown as base64' }),
        el('pre', { id: 'd-raw', text: rec.body_base64 }));
      return box;
    }
    const text = typeof rec.body === 'string' ? rec.body : '';
    const ct = (header(rec, 'content-type') || '').toLowerCase();
    let parsed, isJson = false;
    try { parsed = JSON.parse(text); isJson = text.trim() !== ''; } catch (_) { isJson = false; }
    const raw = el('pre', { id: 'd-raw', text: text === '' ? '(empty body)' : text });
    let structured = null, name = null;
    if (isJson) {
      structured = tree(parsed); name = 'tree';
    } else if (ct.includes('application/x-www-form-urlencoded') || (!ct && /^[^=&\s]+=[^&\s]*(&[^=&\s]+=[^&\s]*)*$/.test(text))) {
      const pairs = [];
      for (const [k, v] of new URLSearchParams(text)) pairs.push([k, v]);
      structured = kvTable(pairs, 'd-form'); name = 'form';
    }
    if (!structured) { box.append(raw); return box; }
    const tabs = el('div', { class: 'tabs' });
    const bStructured = el('button', { type: 'button', text: name, class: 'on', id: 'tab-' + name });
    const bRaw = el('button', { type: 'button', text: 'raw', id: 'tab-raw' });
    tabs.append(bStructured, ' ', bRaw);
    raw.hidden = true;
    bStructured.addEventListener('click', () => { structured.hidden = false; raw.hidden = true; bStructured.className = 'on'; bRaw.className = ''; });
    bRaw.addEventListener('click', () => { structured.hidden = true; raw.hidden = false; bRaw.className = 'on'; bStructured.className = ''; });
    box.append(tabs, structured, raw);
    return box;
  }

  function showResult(box, r) {
    box.replaceChildren();
    if (r.error) {
      box.append(el('span', { class: 'fail', text: r.error }));
      return;
    }
    const good = r.status >= 200 && r.status < 300;
    box.append(el('span', { class: good ? 'ok' : 'fail', text: 'status ' + r.status }),
      ' · ' + r.latency_ms.toFixed(1) + ' ms · ' + (r.resigned ? 're-signed' : 'as recorded') + ' → ' + r.target);
    if (r.body) box.append(el('pre', { text: r.body + (r.body_truncated ? '\n… (cut)' : '') }));
  }

  function act(box, ask) {
    box.replaceChildren(el('span', { class: 'muted', text: 'sending…' }));
    const target = $('target').value.trim();
    if (target) ask.target = target;
    api('/api/send', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ask),
    }).then((r) => showResult(box, r), (e) => showResult(box, { error: String(e.message || e) }));
  }

  function copy(box, what, text) {
    box.replaceChildren(el('pre', { text }));
    const done = (ok) => box.prepend(el('span', { class: ok ? 'ok' : 'muted', text: ok ? what + ' copied' : 'select and copy:' }));
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
    } else {
      done(false);
    }
  }

  function editor(entry, box) {
    const rec = entry.record;
    const lines = headerPairs(rec)
      .filter(([k]) => !['host', 'content-length', 'transfer-encoding', 'connection'].includes(k.toLowerCase()))
      .map(([k, v]) => k + ': ' + v).join('\n');
    const hs = el('textarea', { id: 'e-headers', rows: 8 });
    hs.value = lines;
    const body = el('textarea', { id: 'e-body', rows: 12 });
    body.value = typeof rec.body === 'string' ? rec.body : '';
    const resign = el('input', { type: 'checkbox', id: 'e-resign', checked: true });
    const send = el('button', { type: 'button', id: 'e-send', text: 'Send' });
    const result = el('div', { class: 'result', id: 'r-edit-send' });
    send.addEventListener('click', () => {
      const headers = [];
      for (const line of hs.value.split('\n')) {
        const at = line.indexOf(':');
        if (line.trim() === '') continue;
        if (at < 1) { showResult(result, { error: 'not a header: ' + line }); return; }
        headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
      }
      act(result, { id: entry.id, resign: resign.checked, headers, body: body.value });
    });
    box.replaceChildren(el('div', { class: 'editor' },
      el('label', { text: 'headers (Name: value, one a line)' }), hs,
      el('label', { text: 'body' }), body,
      el('div', { class: 'row' }, el('label', null, resign, ' re-sign with the provider’s scheme and a fresh timestamp'), send),
      result));
  }

  // Leaf paths of a JSON value: {"a.b[0]": value}.
  function flatten(v, path, out) {
    if (v !== null && typeof v === 'object') {
      const isArray = Array.isArray(v);
      const keys = Object.keys(v);
      if (keys.length === 0) out[path || '(root)'] = isArray ? '[]' : '{}';
      for (const k of keys) flatten(v[k], isArray ? path + '[' + k + ']' : (path ? path + '.' + k : k), out);
    } else {
      out[path || '(root)'] = JSON.stringify(v);
    }
    return out;
  }

  // The whole delivery (rows carry no headers or body): its detail, with the verdict.
  function whole(d) {
    const full = d.entry;
    full.verdict = verdictOf(full.record || {});
    return full;
  }

  function diff(a, b, box) {
    const parse = (rec) => { try { return JSON.parse(rec.body); } catch (_) { return undefined; } };
    const pa = parse(a.record), pb = parse(b.record);
    const t = el('table', { class: 'diff', id: 'd-diff' },
      el('tr', null, el('td', { text: 'path' }), el('td', { text: '#' + a.id }), el('td', { text: '#' + b.id })));
    let changes = 0;
    if (pa === undefined || pb === undefined) {
      const same = a.record.body === b.record.body;
      box.replaceChildren(el('p', { text: same ? 'the bodies are identical' : 'the bodies differ (not both JSON):' }));
      if (!same) box.append(el('pre', { text: String(a.record.body || a.record.body_base64 || '') }), el('pre', { text: String(b.record.body || b.record.body_base64 || '') }));
      return;
    }
    const fa = flatten(pa, '', {}), fb = flatten(pb, '', {});
    const keys = Array.from(new Set(Object.keys(fa).concat(Object.keys(fb))));
    for (const k of keys) {
      if (fa[k] === fb[k]) continue;
      changes++;
      t.append(el('tr', null, el('td', { text: k }),
        el('td', { class: 'del', text: fa[k] === undefined ? '(absent)' : fa[k] }),
        el('td', { class: 'add', text: fb[k] === undefined ? '(absent)' : fb[k] })));
    }
    box.replaceChildren(el('p', { class: 'muted', text: changes === 0 ? 'the bodies are the same JSON' : changes + ' value(s) differ' }));
    if (changes) box.append(t);
  }

  function actions(entry, d) {
    const box = el('div', { class: 'actions' });
    const targets = el('datalist', { id: 'targets' });
    if (info && info.mode === 'listen') targets.append(el('option', { value: info.source }));
    if (info && info.forward_to) targets.append(el('option', { value: info.forward_to }));
    const target = el('input', { id: 'target', type: 'text', placeholder: info && info.mode === 'listen' ? 'back through the listener: ' + info.source : (info && info.forward_to) || 'URL to send to' });
    target.setAttribute('list', 'targets');
    box.append(el('div', { class: 'row' }, el('label', { text: 'send to' }), target, targets));
    const line = (id, label, run) => {
      const result = el('div', { class: 'result', id: 'r-' + id });
      const b = el('button', { type: 'button', id: 'a-' + id, text: label });
      b.addEventListener('click', () => run(result));
      box.append(el('div', { class: 'row' }, b, result));
    };
    line('replay', 'Replay', (r) => act(r, { id: entry.id, resign: false }));
    line('resign', 'Replay re-signed', (r) => act(r, { id: entry.id, resign: true }));
    line('edit', 'Edit and send', (r) => editor(entry, r));
    line('curl', 'Copy as curl', (r) => copy(r, 'curl command', d.curl || ''));
    line('send-test', 'Copy as hookctl send-test', (r) => copy(r, 'send-test command', d.send_test || ''));
    const others = Array.from(entries.values()).filter((e) => e.id !== entry.id && e.record.event_type === entry.record.event_type);
    const pick = el('select', { id: 'diff-with' });
    pick.append(el('option', { value: '', text: others.length ? 'diff with…' : 'no other delivery of this event type' }));
    for (const o of others.reverse()) pick.append(el('option', { value: String(o.id), text: '#' + o.id + ' ' + timeOf(o.record) + ' ' + (o.record.event_id || '') }));
    const diffBox = el('div', { class: 'result', id: 'r-diff' });
    pick.addEventListener('change', () => {
      if (!pick.value) return;
      api('/api/delivery?id=' + encodeURIComponent(pick.value)).then(
        (od) => diff(entry, whole(od), diffBox),
        (e) => showResult(diffBox, { error: String(e.message || e) }));
    });
    box.append(el('div', { class: 'row' }, el('label', { text: 'Diff' }), pick, diffBox));
    return box;
  }

  function open(id) {
    const entry = entries.get(id);
    if (!entry) return;
    if (selected !== null && rows.get(selected)) rows.get(selected).classList.remove('selected');
    selected = id;
    rows.get(id).classList.add('selected');
    const pane = $('detail-pane');
    pane.hidden = false;
    pane.replaceChildren(el('p', { class: 'muted', text: 'loading…' }));
    api('/api/delivery?id=' + encodeURIComponent(id)).then((d) => {
      if (selected !== id) return;
      render(whole(d), d, pane);
    }, (e) => pane.replaceChildren(el('p', { class: 'fail', text: String(e.message || e) })));
  }

  function render(entry, d, pane) {
    const rec = entry.record;
    const verdict = el('div', { id: 'd-verdict' }, verdictBadge(entry.verdict));
    if (rec.reason) verdict.append(' ', el('span', { id: 'd-reason', text: rec.reason }));
    const answer = [['status', String(rec.status)], ['latency', latencyOf(entry)]];
    if (rec.duplicate) answer.push(['duplicate', 'yes: acknowledged, not forwarded again']);
    if (rec.filtered) answer.push(['filtered', 'yes: left out by --events']);
    const forwards = (rec.forwarded || []).map((f) => [f.url || '', f.status ? f.status + ' in ' + f.ms + ' ms' : 'failed: ' + (f.error || 'no answer')]);
    const parts = [
      el('h2', { id: 'd-line', text: (rec.method || 'POST') + ' ' + (rec.path || '/') }),
      el('p', { class: 'muted', text: '#' + entry.id + ' · ' + String(rec.received_at || '') + ' · ' + (rec.provider || 'unknown provider') + ' · ' + (rec.event_type || 'no event type') }),
      el('h3', { text: 'verdict' }), verdict,
      d.explain ? kvTable(d.explain, 'd-explain') : null,
      d.explain_error ? el('p', { class: 'muted', id: 'd-explain-error', text: 'no diagnosis: ' + d.explain_error }) : null,
      el('h3', { text: 'headers' }), kvTable(headerPairs(rec), 'd-headers'),
      el('h3', { text: 'body' }), bodyView(rec),
      el('h3', { text: 'answer sent' }), kvTable(answer, 'd-answer'),
      el('h3', { text: 'forward' }), forwards.length ? kvTable(forwards, 'd-forward') : el('p', { class: 'muted', text: 'not forwarded' }),
      el('h3', { text: 'actions' }), actions(entry, d)];
    // replaceChildren would show a null as the text "null".
    pane.replaceChildren(...parts.filter((p) => p !== null));
  }

  // ---- start --------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    for (const id of ['f-provider', 'f-verdict', 'f-type']) $(id).addEventListener('change', filterAll);
    $('f-text').addEventListener('input', searchSoon);
    $('reload').addEventListener('click', () => location.reload());
    counts();
    api('/api/info').then((i) => {
      info = i;
      $('source').textContent = (i.mode === 'listen' ? 'listening on ' : 'record file ') + i.source;
    }, () => {});
    follow();
  });
})();
