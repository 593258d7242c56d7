#!/usr/bin/env python3
"""Writes an Apple .icns from PNG files: icns.py OUT.icns DIR, where DIR holds partita-<size>.png.

An .icns is the magic 'icns', the total length, then one (type, length, PNG bytes) entry per size; every length is
a big-endian 32-bit count that includes its 8-byte header. macOS 10.7+ reads PNG payloads for all types used here.
"""
import struct
import sys
from pathlib import Path

# type code -> pixel size of the PNG it holds (the @2x types reuse the doubled size)
TYPES = [
    ("icp4", 16), ("icp5", 32), ("icp6", 64),
    ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
    ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
]


def main(out, folder):
    entries = b""
    for code, size in TYPES:
        png = (Path(folder) / f"partita-{size}.png").read_bytes()
        entries += code.encode("ascii") + struct.pack(">I", len(png) + 8) + png
    Path(out).write_bytes(b"icns" + struct.pack(">I", len(entries) + 8) + entries)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
