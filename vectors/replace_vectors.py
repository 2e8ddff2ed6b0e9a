#!/usr/bin/env python3
"""Replace the vectors of the providers on stdin (lines as the gen_signatures_*.sh scripts print)
in signatures.json, leaving every other line (and the randomized SendGrid one) as it is:
    bash vectors/gen_signatures_rsa.sh | python3 vectors/replace_vectors.py"""
import json, sys, pathlib
path = pathlib.Path(__file__).with_name("signatures.json")
new = [l for l in sys.stdin.read().splitlines() if l.strip()]
ids = {json.loads(l.rstrip(","))["provider"] for l in new}
lines = path.read_text().splitlines()
body = [l for l in lines[1:-1] if json.loads(l.rstrip(","))["provider"] not in ids]
last = body.pop()  # SendGrid stays last, without a comma
path.write_text("\n".join(["["] + body + new + [last, "]"]) + "\n")
