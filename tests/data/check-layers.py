#!/usr/bin/env python3
"""check-layers.py SRCDIR — each folder of src/ includes only headers of the
folders below it (src/README.md): core → io → analysis → layout → insights →
strategy → scene → render → cli → ui.  A header of a higher folder, or of
another folder on the same level, is an import circle in the making."""
import glob
import os
import re
import sys

ORDER = ['core', 'io', 'analysis', 'layout', 'insights', 'strategy', 'scene', 'render', 'cli', 'ui']

src = os.path.join(sys.argv[1], 'src')
owner = {}
for d in ORDER:
    for h in glob.glob(os.path.join(src, d, '*.h')):
        owner[os.path.basename(h)] = d
missing = [d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)) and d not in ORDER]
bad = []
for d in ORDER:
    for f in sorted(glob.glob(os.path.join(src, d, '*.[ch]'))):
        with open(f, encoding='utf-8') as fh:
            for n, line in enumerate(fh, 1):
                m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                if m and owner.get(m.group(1)) and ORDER.index(owner[m.group(1)]) > ORDER.index(d):
                    bad.append(f'{os.path.relpath(f, sys.argv[1])}:{n}: {d}/ includes {owner[m.group(1)]}/{m.group(1)}')
for d in missing:
    bad.append(f'src/{d}/: a folder this check does not know; give it its place in ORDER and src/README.md')
print('\n'.join(bad) if bad else f'{len(ORDER)} layers, no include upwards')
sys.exit(1 if bad else 0)
