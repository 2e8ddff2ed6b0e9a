//! Tables for people: columns fitted to the terminal's width with cells cut short by `…`, or
//! whole cells where nothing limits the width (a pipe, `--wide`). comfy-table lays them out.

use comfy_table::{presets, ContentArrangement, Table};

/// The width tables on stdout must fit: the terminal's; else `COLUMNS` when a caller set it;
/// else none, since a script reading a pipe wants every cell whole. `wide` lifts the limit.
pub fn stdout_width(wide: bool) -> Option<u16> {
    if wide {
        return None;
    }
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return Some(w);
        }
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w| *w > 0)
}

/// `headers` and `rows` as text: the header line, then exactly one line per row (line breaks
/// inside a cell become spaces), columns two spaces apart, no trailing blanks. With a `width`,
/// the widest columns shrink first and cut cells end in `…`.
pub fn lines(headers: &[&str], rows: &[Vec<String>], width: Option<u16>) -> Vec<String> {
    let one_line = |c: &str| c.replace(['\n', '\r'], " ");
    let mut table = Table::new();
    table.load_preset(presets::NOTHING).set_truncation_indicator("…");
    match width {
        Some(w) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(w),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    // The header keeps to one line too: callers count lines as rows.
    let mut header = comfy_table::Row::from(headers.iter().map(|h| one_line(h)));
    header.max_height(1);
    table.set_header(header);
    for r in rows {
        table.add_row(r.iter().map(|c| one_line(c)));
    }
    for row in table.row_iter_mut() {
        row.max_height(1);
    }
    let last = headers.len().saturating_sub(1);
    for (i, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if i == last { 0 } else { 2 }));
    }
    table.lines().map(|l| l.trim_end().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Vec<String>> {
        vec![
            vec![
                "stripe".into(),
                "Stripe-Signature: t=<ts>,v1=<sig>".into(),
                "yes".into(),
            ],
            vec![
                "github".into(),
                "X-Hub-Signature-256\nsecond line".into(),
                "no".into(),
            ],
        ]
    }

    #[test]
    fn whole_cells_without_a_width() {
        let out = lines(&["ID", "HEADER", "API"], &rows(), None);
        assert_eq!(
            out,
            [
                "ID      HEADER                             API",
                "stripe  Stripe-Signature: t=<ts>,v1=<sig>  yes",
                "github  X-Hub-Signature-256 second line    no",
            ]
        );
    }

    #[test]
    fn a_width_is_never_exceeded_and_cut_cells_say_so() {
        let out = lines(&["ID", "HEADER", "API"], &rows(), Some(30));
        assert_eq!(out.len(), 3, "one line per row: {out:#?}");
        let narrow = lines(&["ID", "SIGNED INPUT", "API"], &rows(), Some(20));
        assert_eq!(narrow.len(), 3, "the header keeps to one line too: {narrow:#?}");
        for l in &out {
            assert!(l.chars().count() <= 30, "{l:?} is wider than 30");
        }
        assert!(out[1].contains('…'), "{out:#?}");
        assert!(
            out[1].starts_with("stripe") && out[1].ends_with("yes"),
            "{out:#?}"
        );
    }
}
