#!/usr/bin/env node
// Known-answer vectors for src/canonical_json.rs.
//
// Each line printed is a JSON object:
//   {"name": ..., "input_b64": ..., "output_b64": ...}   JSON.parse succeeds
//   {"name": ..., "input_b64": ..., "error": true}        JSON.parse throws
// where output = UTF-8 bytes of JSON.stringify(JSON.parse(input)).
//
// Regenerate (from the repository root):
//   node vectors/gen_canonical_json.js > vectors/canonical_json.jsonl
//
// Inputs are encoded with Buffer.from(input, 'utf8'), so they must not contain
// raw lone surrogates (those would silently become U+FFFD); lone surrogates are
// written as JSON escape text (String.raw`"\ud800"`) instead. The output never
// contains raw lone surrogates because JSON.stringify escapes them.
// Invalid UTF-8 input cannot be expressed here; the Rust tests cover it.
'use strict';

const deep = (n) => '['.repeat(n) + '1' + ']'.repeat(n);
const deepObj = (n) => '{"k":'.repeat(n) + 'null' + '}'.repeat(n);

const cases = [
  // --- strings and escapes -------------------------------------------------
  ['unicode_raw', '"héllo wörld ñ 日本語 Ωμέγα"'],
  ['emoji_raw', '"smile 😀 family 👨‍👩‍👧"'],
  ['emoji_escaped_pair', String.raw`"\ud83d\ude00"`],
  ['emoji_escaped_pair_uppercase', String.raw`"\uD83D\uDE00"`],
  ['solidus_escape', String.raw`"a\/b/c"`],
  ['line_separators_escaped', String.raw`"\u2028 and \u2029"`],
  ['line_separators_raw', '"\u2028 and \u2029"'],
  ['control_escaped', String.raw`"\u0001\u001f\u007f\u0000\u000b"`],
  ['short_escapes', String.raw`"\b\f\n\r\t\"\\"`],
  ['short_escapes_as_unicode', String.raw`"\u0008\u000c\u000a\u000d\u0009\u0022\u005c\u002f"`],
  ['ascii_escaped', String.raw`"\u0041\u00e9\u00FF"`],
  ['raw_del_and_c1', '"del\u007f c1\u0085 nbsp\u00a0"'],
  ['lone_high_surrogate', String.raw`"a\ud800b"`],
  ['lone_low_surrogate', String.raw`"a\udc00b"`],
  ['lone_high_at_end', String.raw`"\udbff"`],
  ['reversed_pair', String.raw`"\ude00\ud83d"`],
  ['high_high_low', String.raw`"\ud800\ud800\udc00"`],
  ['high_then_escape', String.raw`"\ud800\n"`],
  ['surrogate_key', String.raw`{"\ud800":1,"\udc00x":2}`],
  ['empty_string', '""'],
  ['bmp_escape_checkmark', String.raw`"\u2713"`],
  // --- numbers ---------------------------------------------------------------
  ['num_1_0', '1.0'],
  ['num_1_250', '1.250'],
  ['num_1E2', '1E2'],
  ['num_1e_plus_2', '1e+2'],
  ['num_1e21', '1e21'],
  ['num_1e20', '1e20'],
  ['num_123456789012345678901', '123456789012345678901'],
  ['num_1e-7', '1e-7'],
  ['num_1e-6', '1e-6'],
  ['num_0_000001', '0.000001'],
  ['num_0_0000001', '0.0000001'],
  ['num_123e-20', '123e-20'],
  ['num_neg_zero', '-0'],
  ['num_neg_zero_point_zero', '-0.0'],
  ['num_neg_zero_exp', '-0e5'],
  ['num_zero_exp', '0E-0'],
  ['num_big_int', '12345678901234567890'],
  ['num_2_53_plus_1', '9007199254740993'],
  ['num_2_53', '9007199254740992'],
  ['num_1e400', '1e400'],
  ['num_neg_1e400', '-1e400'],
  ['num_in_array_inf', '[1e400,-1e999,1]'],
  ['num_5e-324', '5e-324'],
  ['num_underflow', '1e-400'],
  ['num_max', '1.7976931348623157e308'],
  ['num_0_1_plus_0_2', '0.30000000000000004'],
  ['num_long_fraction', '3.14159265358979323846264338327950288'],
  ['num_negative', '-12.5e-3'],
  ['num_halfway_rounding', '9007199254740993.0000000001'],
  // --- structure ---------------------------------------------------------------
  ['deep_array_500', deep(500)],
  ['deep_object_500', deepObj(500)],
  ['duplicate_keys', '{"a":1,"b":2,"a":3}'],
  ['duplicate_keys_nested', '{"a":{"x":1},"b":[],"a":{"y":2}}'],
  ['duplicate_index_keys', '{"1":"first","a":0,"1":"last"}'],
  ['integer_like_keys', '{"b":1,"10":2,"2":3}'],
  ['non_index_keys', '{"01":1,"-1":2,"4294967294":3,"4294967295":4,"1.5":5,"0":6}'],
  ['non_index_insertion_order', '{"4294967295":1,"a":2,"4294967296":3,"4294967294":4}'],
  ['escaped_index_key', String.raw`{"z":0,"\u0031":1}`],
  ['index_key_zero_and_space', '{" 1":1,"1 ":2,"1":3,"":4}'],
  ['proto_key', '{"__proto__":{"a":1},"constructor":2}'],
  ['empty_object', '{}'],
  ['empty_array', '[]'],
  ['empty_containers_ws', '[ { } , [ ] ]'],
  ['top_string', '"just a string"'],
  ['top_number', '42'],
  ['top_true', 'true'],
  ['top_false', 'false'],
  ['top_null', 'null'],
  ['whitespace_everywhere', ' \t\r\n{ \n"a" \t: \r[ 1 , 2 ,\n3 ] , "b"\n:\ttrue , "c" : null }\n\t\r '],
  ['noones_a2', String.raw`{"type": "trade.chat_message_received", "payload": {"id": "5e83710b8512b00ef6759316", "timestamp": 1585672459.250, "trade_hash": "zXDL8Rv7Jge", "text": "Paid via https:\/\/bank.example \u2713"}}`],
  ['mixed_array', '[1,"two",{"3":3},[4],true,false,null,-0,1e-7]'],
  // --- errors (JSON.parse throws) ------------------------------------------------
  ['err_empty', ''],
  ['err_only_whitespace', ' \n\t '],
  ['err_trailing_comma_object', '{"a":1,}'],
  ['err_trailing_comma_array', '[1,]'],
  ['err_leading_zero', '01'],
  ['err_leading_dot', '.5'],
  ['err_trailing_dot', '1.'],
  ['err_plus', '+1'],
  ['err_exp_no_digits', '1e'],
  ['err_minus_only', '-'],
  ['err_hex', '0x10'],
  ['err_missing_comma', '[1 2]'],
  ['err_raw_control_in_string', '"a\u0001b"'],
  ['err_raw_newline_in_string', '"a\nb"'],
  ['err_raw_tab_in_string', '"a\tb"'],
  ['err_trailing_garbage', '{"a":1}x'],
  ['err_two_values', '1 2'],
  ['err_bom', '\ufeff{"a":1}'],
  ['err_nan', 'NaN'],
  ['err_infinity', 'Infinity'],
  ['err_single_quotes', "{'a':1}"],
  ['err_unquoted_key', '{a:1}'],
  ['err_unterminated_string', '"abc'],
  ['err_unterminated_array', '[1,2'],
  ['err_invalid_escape', String.raw`"\x41"`],
  ['err_short_unicode_escape', String.raw`"\u12"`],
  ['err_bad_hex_escape', String.raw`"\u12G4"`],
  ['err_true_prefix', 'tru'],
  ['err_capital_true', 'True'],
  ['err_comment', '[1] // c'],
  ['err_nbsp_whitespace', '\u00a0[1]'],
  ['err_vertical_tab_whitespace', '\u000b[1]'],
  ['err_missing_colon', '{"a" 1}'],
  ['err_close_mismatch', '[1}'],
];

for (const [name, input] of cases) {
  const rec = { name, input_b64: Buffer.from(input, 'utf8').toString('base64') };
  let out;
  try {
    out = JSON.stringify(JSON.parse(input));
  } catch (e) {
    out = undefined;
  }
  if (out === undefined) {
    rec.error = true;
  } else {
    rec.output_b64 = Buffer.from(out, 'utf8').toString('base64');
  }
  process.stdout.write(JSON.stringify(rec) + '\n');
}
