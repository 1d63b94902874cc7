#!/usr/bin/env python3
"""Check the Flatpak manifest: the right app id and runtime, every module that
Samenspel needs, Graphviz built without language bindings, and sandbox
permissions kept minimal (no file system, no network: HR data stays local and
files come in through the file chooser portal).

Usage: check-flatpak-manifest.py MANIFEST APP_ID
"""

import json
import os
import sys

REQUIRED_MODULES = ("graphviz", "samenspel")
REQUIRED_ARGS = ("--share=ipc", "--socket=wayland", "--socket=fallback-x11")
ALLOWED_ARGS = REQUIRED_ARGS + ("--device=dri",)
GRAPHVIZ_OPTS = ("--enable-static=no", "--disable-swig", "--disable-tcl",
                 "--disable-perl", "--disable-python")
MIN_GNOME = 43  # the first GNOME runtime with GTK 4.8 and libadwaita 1.2

errors = []


def fail(msg):
    errors.append(msg)


def all_modules(modules):
    """Modules may nest, and may be file names of separate manifests."""
    for mod in modules:
        if isinstance(mod, str):
            fail(f"module {mod!r} is a separate file; keep every module in the manifest")
            continue
        yield mod
        yield from all_modules(mod.get("modules", []))


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, app_id = sys.argv[1], sys.argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: {e}", file=sys.stderr)
        return 1

    if manifest.get("id", manifest.get("app-id")) != app_id:
        fail(f"id is {manifest.get('id')!r}, expected {app_id!r}")
    if manifest.get("runtime") != "org.gnome.Platform":
        fail("runtime must be org.gnome.Platform")
    if manifest.get("sdk") != "org.gnome.Sdk":
        fail("sdk must be org.gnome.Sdk")
    version = str(manifest.get("runtime-version", ""))
    if not version.isdigit() or int(version) < MIN_GNOME:
        fail(f"runtime-version {version!r}: need a GNOME runtime >= {MIN_GNOME} (GTK >= 4.8)")
    if manifest.get("command") != "samenspel":
        fail("command must be samenspel")

    args = manifest.get("finish-args", [])
    for arg in args:
        if arg.startswith("--filesystem"):
            fail(f"{arg}: no file system access; files come through the portal")
        elif arg.startswith("--share=network"):
            fail(f"{arg}: no network; personal data never leaves the machine")
        elif arg not in ALLOWED_ARGS:
            fail(f"{arg}: not in the minimal permission set {ALLOWED_ARGS}")
    for arg in REQUIRED_ARGS:
        if arg not in args:
            fail(f"finish-args lacks {arg}")

    modules = {m.get("name"): m for m in all_modules(manifest.get("modules", []))}
    for name in REQUIRED_MODULES:
        if name not in modules:
            fail(f"no module named {name!r}")
    names = [m.get("name") for m in all_modules(manifest.get("modules", []))]
    if names and names[-1] != "samenspel":
        fail("samenspel must be the last module, built on its dependencies")

    for mod in modules.values():
        build_opts = mod.get("build-options", {})
        if "--share=network" in build_opts.get("build-args", []):
            fail(f"module {mod.get('name')}: no network during the build")
        for src in mod.get("sources", []):
            if src.get("type") in ("archive", "file") and "url" in src \
                    and not src.get("sha256"):
                fail(f"module {mod.get('name')}: {src['url']} has no sha256")

    gv = modules.get("graphviz")
    if gv is not None:
        if gv.get("buildsystem") not in ("autotools", "cmake", "simple", None):
            fail("graphviz: build with autotools or cmake")
        if not any(s.get("type") == "archive" for s in gv.get("sources", [])):
            fail("graphviz: build from a release tarball")
        opts = gv.get("config-opts", [])
        for opt in GRAPHVIZ_OPTS:
            if opt not in opts:
                fail(f"graphviz: config-opts lacks {opt}")

    app = modules.get("samenspel")
    if app is not None:
        if app.get("buildsystem") != "meson":
            fail("samenspel: build with meson")
        base = os.path.dirname(os.path.abspath(path))
        for src in app.get("sources", []):
            if src.get("type") == "dir":
                tree = os.path.join(base, src.get("path", ""))
                if not os.path.isfile(os.path.join(tree, "meson.build")):
                    fail(f"samenspel: source dir {tree} has no meson.build")

    for msg in errors:
        print(f"{path}: {msg}", file=sys.stderr)
    if not errors:
        print(f"{path}: ok, modules: {', '.join(names)}; finish-args: {' '.join(args)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
