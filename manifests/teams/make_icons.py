#!/usr/bin/env python3
"""Draws ResBot's Teams icons with the standard library only: color.png (192x192, full colour) and
outline.png (32x32, white on transparent), as the Teams app manifest requires."""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, width, height, pixel):
    """Writes an RGBA PNG; pixel(x, y) returns (r, g, b, a)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def speech_bubble(x, y, size):
    """A rounded speech bubble with a tail and three lines of 'text' cut out: a bot that quotes."""
    s = size / 32.0
    left, top, right, bottom, radius = 4 * s, 5 * s, 28 * s, 22 * s, 4 * s
    # Distance from the bubble's inner rectangle: zero inside it, up to `radius` on the rounded rim.
    dx = max(left + radius - x, 0, x - (right - radius))
    dy = max(top + radius - y, 0, y - (bottom - radius))
    body = dx * dx + dy * dy <= radius * radius
    tail = 8 * s <= x < 14 * s and bottom <= y < bottom + 6 * s and (x - 8 * s) <= (bottom + 6 * s - y)
    lines = any(row * s <= y < (row + 2) * s for row in (9, 13, 17)) and 8 * s <= x < 24 * s
    return (body or tail) and not lines


def color(x, y):
    if speech_bubble(x, y, 192):
        return (255, 255, 255, 255)
    return (15, 110, 86, 255)  # the accent colour of the manifest


def outline(x, y):
    return (255, 255, 255, 255) if speech_bubble(x, y, 32) else (0, 0, 0, 0)


if __name__ == "__main__":
    png(os.path.join(HERE, "color.png"), 192, 192, color)
    png(os.path.join(HERE, "outline.png"), 32, 32, outline)
