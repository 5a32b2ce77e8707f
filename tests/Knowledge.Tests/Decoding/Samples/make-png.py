"""Writes scan.png: a white page with black bars standing for printed lines, the image of a scanned resolution
(no text layer once LibreOffice wraps it in a PDF). Standard library only."""
import struct
import sys
import zlib

W, H = 400, 560


def pixel(x, y):
    for top in range(60, 520, 28):
        if top <= y < top + 10 and 40 <= x < (360 if (top // 28) % 4 else 250):
            return 0
    return 255


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + bytes(pixel(x, y) for x in range(W)) for y in range(H))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
