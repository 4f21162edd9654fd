#!/usr/bin/env python3
"""Startup and memory of a desktop app under an X display (run by scripts/measure-startup.sh,
which starts Xvfb): the time from starting the binary to its first screen, and the memory (PSS)
of the app and every process it started (WebKit's web and network processes), once idle.

"First screen" is read off the screen itself, the same way for any app, with no test driver in
the way: the first frame with text on it (at least 16 colours: anti-aliased text), and the frame
after which nothing changes for a second ("settled"). The screen is read through Xlib (ctypes),
every few milliseconds.

  measure_startup.py [--runs N] [--idle SECONDS] [--env NAME=VALUE ...]
                     [--data-file FILE --unlock PASSPHRASE [--tabs N]] LABEL BINARY [ARGS...]

With --unlock, each run then types the passphrase into the first screen with xdotool (the field
has the focus; --tabs N presses Tab first), then Return, and measures the time to the settled
screen of the opened file and the PSS again: with --data-file holding the sample case, that is
"with the sample loaded".

Prints one line per run and a median line; with --json, the medians as JSON on the last line.
"""
import argparse
import ctypes
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zlib


class XImage(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class Screen:
    """The X display's root window as pixels."""

    def __init__(self):
        self.x = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XGetImage.restype = ctypes.POINTER(XImage)
        self.x.XGetImage.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
            ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int,
        ]
        self.x.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
        self.x.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.display = self.x.XOpenDisplay(None)
        if not self.display:
            sys.exit("measure-startup: no X display (run it through scripts/measure-startup.sh)")
        self.root = self.x.XDefaultRootWindow(self.display)
        self.width = self.x.XDisplayWidth(self.display, 0)
        self.height = self.x.XDisplayHeight(self.display, 0)

    def frame(self):
        """(number of colours seen on a grid of the screen, a checksum of the whole frame)."""
        img = self.x.XGetImage(self.display, self.root, 0, 0, self.width, self.height,
                               0xFFFFFFFF, 2)  # AllPlanes, ZPixmap
        if not img:
            return 0, 0
        size = img.contents.bytes_per_line * img.contents.height
        data = ctypes.string_at(img.contents.data, size)
        self.x.XDestroyImage(img)
        pixels = memoryview(data).cast("I")
        colours = len(set(pixels[::7]))
        return colours, zlib.crc32(data)


def descendants(pid):
    """`pid` and every process below it."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def pss_kib(pids):
    """Summed PSS of the processes, each process's name with its own PSS, and the summed USS
    (pages no other process maps). Both depend on what else runs: PSS shares each library's
    pages among every process that maps them, and a library page counts in USS only while no
    other process maps it; so compare runs made close together (docs/performance.md)."""
    total, uss, parts = 0, 0, []
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                fields = {line.split(":")[0]: int(line.split()[1]) for line in f
                          if line.split(":")[0] in ("Pss", "Private_Clean", "Private_Dirty")}
            with open(f"/proc/{p}/comm") as f:
                name = f.read().strip()
        except (OSError, IndexError, ValueError):
            continue
        if "Pss" not in fields:
            continue
        total += fields["Pss"]
        uss += fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
        parts.append((name, fields["Pss"]))
    return total, parts, uss


def watch(screen, app, since, min_colours, timeout):
    """Reads the screen from `since` until it has shown `min_colours` and then not changed for a
    second: (seconds to the first such frame, seconds to the last change), or None."""
    first = None
    last_sum = None
    last_change = since
    while time.monotonic() - since < timeout:
        colours, checksum = screen.frame()
        now = time.monotonic()
        if checksum != last_sum:
            last_sum, last_change = checksum, now
        if first is None and colours >= min_colours:
            first = now - since
        if first is not None and now - last_change >= 1.0:
            return first, last_change - since
        if app.poll() is not None:
            return None
        time.sleep(0.005)
    return None


def type_passphrase(pid, passphrase, tabs):
    """Types the passphrase into the app's window the way a person would, with the keyboard:
    `tabs` presses of Tab first (none: the unlock screen focuses its passphrase); then Return.
    Returns the moment Return was sent."""
    found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True, timeout=30)
    window = found.stdout.split()[-1]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=30)
    if tabs:
        subprocess.run(["xdotool", "key", "--delay", "50"] + ["Tab"] * tabs, check=True, timeout=30)
    subprocess.run(["xdotool", "type", "--delay", "5", passphrase], check=True, timeout=30)
    subprocess.run(["xdotool", "key", "Return"], check=True, timeout=30)
    return time.monotonic()


def one_run(screen, argv, env, idle, unlock=None, tabs=0, timeout=60.0):
    blank_colours, _ = screen.frame()
    started = time.monotonic()
    app = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    try:
        seen = watch(screen, app, started, max(16, blank_colours + 14), timeout)
        if seen is None:
            return None
        first, settled = seen
        time.sleep(idle)
        pss, parts, uss = pss_kib(descendants(app.pid))
        result = {"first_ms": first * 1e3, "settled_ms": settled * 1e3, "pss_kib": pss,
                  "uss_kib": uss, "parts": parts}
        if unlock is not None:
            pressed = type_passphrase(app.pid, unlock, tabs)
            opened = watch(screen, app, pressed, 0, timeout)
            if opened is None:
                return None
            time.sleep(idle)
            pss, parts, uss = pss_kib(descendants(app.pid))
            result.update({"open_ms": opened[1] * 1e3, "open_pss_kib": pss, "open_uss_kib": uss,
                           "open_parts": parts})
        return result
    finally:
        try:
            os.killpg(app.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()
        time.sleep(0.5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--idle", type=float, default=3.0, help="seconds after settling before PSS")
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the app")
    ap.add_argument("--new-data-file", action="store_true",
                    help="give each run a new CONTACT_RECORDS_DB path")
    ap.add_argument("--data-file", help="a copy of this data file for each run (CONTACT_RECORDS_DB)")
    ap.add_argument("--unlock", metavar="PASSPHRASE",
                    help="then type the passphrase into the first screen, and measure the file open")
    ap.add_argument("--tabs", type=int, default=0,
                    help="Tab presses to the passphrase field (the unlock screen gives it the focus)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("label")
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    screen = screen_or_exit()
    results = []
    for i in range(a.runs):
        with tempfile.TemporaryDirectory(prefix="cr-startup-") as home:
            env = dict(os.environ)
            # A fresh webview profile (storage, caches) each run, as on a first start.
            for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
                env[var] = os.path.join(home, var.lower())
            # A blinking caret (the unlock screen's passphrase has the focus) would keep the
            # screen from ever settling: GTK's own setting stops the blink, for every app alike.
            gtk = os.path.join(env["XDG_CONFIG_HOME"], "gtk-3.0")
            os.makedirs(gtk)
            with open(os.path.join(gtk, "settings.ini"), "w") as f:
                f.write("[Settings]\ngtk-cursor-blink = false\n")
            if a.new_data_file:
                env["CONTACT_RECORDS_DB"] = os.path.join(home, "data", "contact-records.db")
            if a.data_file:
                env["CONTACT_RECORDS_DB"] = shutil.copy(a.data_file, os.path.join(home, "data.db"))
            for kv in a.env:
                name, _, value = kv.partition("=")
                env[name] = value
            load = os.getloadavg()[0]
            r = one_run(screen, a.argv, env, a.idle, a.unlock, a.tabs)
        if r is None:
            print(f"{a.label} run {i + 1}: no first screen within the time allowed", flush=True)
            continue
        parts = ", ".join(f"{n} {p / 1024:.1f}" for n, p in r["parts"])
        print(f"{a.label} run {i + 1}: first screen {r['first_ms']:.0f} ms, settled "
              f"{r['settled_ms']:.0f} ms, PSS {r['pss_kib'] / 1024:.1f} MiB ({parts}), USS {r['uss_kib'] / 1024:.1f} MiB; "
              f"load {load:.1f}",
              flush=True)
        if "open_ms" in r:
            parts = ", ".join(f"{n} {p / 1024:.1f}" for n, p in r["open_parts"])
            print(f"{a.label} run {i + 1} unlocked: settled {r['open_ms']:.0f} ms after Return, "
                  f"PSS {r['open_pss_kib'] / 1024:.1f} MiB ({parts}), USS {r['open_uss_kib'] / 1024:.1f} MiB",
                  flush=True)
        r["load"] = load
        results.append(r)
    if not results:
        sys.exit(f"measure-startup: {a.label} never showed a first screen")
    keys = ["first_ms", "settled_ms", "pss_kib", "uss_kib", "load"]
    if a.unlock:
        keys += ["open_ms", "open_pss_kib", "open_uss_kib"]
    med = {k: statistics.median(r[k] for r in results) for k in keys}
    print(f"{a.label} median of {len(results)}: first screen {med['first_ms']:.0f} ms, settled "
          f"{med['settled_ms']:.0f} ms, PSS {med['pss_kib'] / 1024:.1f} MiB, USS "
          f"{med['uss_kib'] / 1024:.1f} MiB; load {med['load']:.1f}",
          flush=True)
    if a.unlock:
        print(f"{a.label} median of {len(results)} unlocked: settled {med['open_ms']:.0f} ms after "
              f"Return, PSS {med['open_pss_kib'] / 1024:.1f} MiB, USS {med['open_uss_kib'] / 1024:.1f} MiB",
              flush=True)
    if a.json:
        print(json.dumps({"label": a.label, **med}))


def screen_or_exit():
    return Screen()


if __name__ == "__main__":
    main()
