// Writes the add-in's PNG icons (a rounded blue square with a white "D"-like bar pattern) without
// any image library: a minimal PNG encoder over zlib. Run once; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const rows = [];
  const r = size * 0.18;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const cx = Math.min(x, size - 1 - x), cy = Math.min(y, size - 1 - y);
      const outside = cx < r && cy < r && Math.hypot(r - cx, r - cy) > r;
      const u = x / size, v = y / size;
      // A white "D": a vertical bar and a half ring.
      const bar = u > 0.28 && u < 0.38 && v > 0.22 && v < 0.78;
      const d = Math.hypot(u - 0.38, v - 0.5);
      const ring = u >= 0.38 && d < 0.3 && d > 0.2;
      const edge = u >= 0.33 && u < 0.4 && (Math.abs(v - 0.25) < 0.05 || Math.abs(v - 0.75) < 0.05);
      if (outside) row.push(0, 0, 0, 0);
      else if (bar || ring || edge) row.push(255, 255, 255, 255);
      else row.push(0x1f, 0x5f, 0xa8, 255);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
