#!/usr/bin/env python3
"""Check po/POTFILES.in against the tree: every listed file exists, and every
source or .ui file with translatable strings is listed.

Usage: check-potfiles.py SOURCE_ROOT
"""

import pathlib
import re
import sys

MARKERS = re.compile(r'\b(?:N?C?_|NC_|g_dngettext|ngettext)\s*\(\s*"|translatable="yes"')


def main():
    root = pathlib.Path(sys.argv[1])
    potfiles = root / "po" / "POTFILES.in"
    listed = set()
    errors = []
    for n, line in enumerate(potfiles.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[type:"):
            line = line.split("]", 1)[1].strip()
        listed.add(line)
        if not (root / line).is_file():
            errors.append(f"{potfiles}:{n}: {line} does not exist")

    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".c", ".h", ".ui") or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        if rel not in listed and MARKERS.search(path.read_text(encoding="utf-8", errors="replace")):
            errors.append(f"{potfiles}: {rel} has translatable strings but is not listed")

    for e in errors:
        print(e, file=sys.stderr)
    if not errors:
        print(f"{potfiles}: ok, {len(listed)} files")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
