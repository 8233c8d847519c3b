#!/usr/bin/env bash
# Fails when any of the given files contains a 9-digit number that passes the BSN elfproef
# (personal data must never reach logs or test output), an API token, a session cookie value,
# or one of the passwords the tests type. Digits inside hex identifiers (trace ids, hashes) do
# not count: a BSN stands on its own. (The demo password is printed on purpose at start.)
set -euo pipefail
python3 - "$@" <<'PY'
import re, sys
def elfproef(s):
    if len(s) != 9 or s == "000000000": return False
    total = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return total % 11 == 0
secrets = [r"rmt_[A-Za-z0-9_-]{43}", r"rmt-sessie=[A-Za-z0-9_-]{43}",
           r"Een-lange-zin-voor-Nina-2026", r"geraden-wachtwoord", r"niet-het-goede-wachtwoord",
           r"dit-is-niet-het-wachtwoord", r"Mijn eigen wachtzin voor het werkcentrum 2026!"]
found = []
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="replace").read()
    for pattern in secrets:
        for m in re.finditer(pattern, text):
            found.append(f"{path}: secret matching {pattern[:12]}…")
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])", text):
        if elfproef(m.group()):
            found.append(f"{path}: {m.group()[:2]}*******")
if found:
    print("BSN-like numbers or secrets found in output:", *found, sep="\n  ")
    sys.exit(1)
print(f"scanned {len(sys.argv) - 1} files: no BSN-like numbers or secrets")
PY
