#!/usr/bin/env python3
"""The Dutch translation is complete.

check-nl-po.py catalogue SOURCE_ROOT
    msgfmt --check --statistics po/nl.po: fails on any error, untranslated
    or fuzzy message.
check-nl-po.py sources SOURCE_ROOT
    extracts the strings of po/POTFILES.in as they are now (xgettext with
    meson's glib preset) and merges po/nl.po into them: lists every message
    that has no Dutch translation yet.  New strings are expected while the
    code changes, so this reports SKIP (77) rather than failing; run
    `meson compile -C BUILD samenspel-pot` and `msgmerge --update po/nl.po
    po/samenspel.pot`, then translate them.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

# meson's i18n 'glib' preset (mesonbuild/modules/i18n.py)
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_print:1:c-format",
]


def statistics(po):
    """msgfmt's verdict on @po: (returncode, statistics line and errors)."""
    r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
                       capture_output=True, text=True)
    return r.returncode, r.stderr.strip()


def untranslated(po):
    """The msgids of @po without a translation, or fuzzy."""
    r = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", str(po)],
                       capture_output=True, text=True, check=True)
    f = subprocess.run(["msgattrib", "--only-fuzzy", "--no-obsolete", str(po)],
                       capture_output=True, text=True, check=True)
    ids = []
    for text in (r.stdout, f.stdout):
        for block in text.split("\n\n"):
            lines = [l for l in block.splitlines() if not l.startswith("#")]
            if not lines or lines[0] == 'msgid ""' and len(lines) > 1 and lines[1].startswith('msgstr ""') \
                    and any("Content-Type" in l for l in lines):
                continue
            ids.append("\n".join(lines))
    return ids


def main():
    mode, root = sys.argv[1], pathlib.Path(sys.argv[2])
    po = root / "po" / "nl.po"
    if shutil.which("msgfmt") is None:
        print("msgfmt (gettext) is not installed")
        return SKIP

    if mode == "catalogue":
        code, stats = statistics(po)
        print(stats)
        if code != 0:
            print("msgfmt --check failed")
            return 1
        if "untranslated" in stats or "fuzzy" in stats:
            print("po/nl.po has untranslated or fuzzy messages:")
            print("\n\n".join(untranslated(po)))
            return 1
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        pot = pathlib.Path(tmp) / "samenspel.pot"
        merged = pathlib.Path(tmp) / "nl.po"
        r = subprocess.run(["xgettext", "--package-name=samenspel", "-o", str(pot),
                            "--directory", str(root), "--files-from", str(root / "po" / "POTFILES.in")]
                           + XGETTEXT_ARGS, capture_output=True, text=True)
        if r.returncode != 0:
            print("xgettext failed (a file of POTFILES.in may be mid-edit):\n" + r.stderr)
            return SKIP
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(merged), str(po), str(pot)],
                       check=True)
        code, stats = statistics(merged)
        print("po/nl.po against the current sources:", stats)
        missing = untranslated(merged)
        if missing:
            print("%d message(s) have no Dutch translation yet:\n" % len(missing))
            print("\n\n".join(missing))
            return SKIP
        return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
