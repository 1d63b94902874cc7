#!/usr/bin/env python3
"""Print meson's test counts as one plain line: `N passed, N failed`.

Takes one or more testlog.json files (for instance the plain build and the
sanitizer build) and counts them together; a missing log counts as one
failure, since the run that should have written it did not finish.
"""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line).get("result")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        failed += 1
if len(sys.argv) < 2:
    failed += 1
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
