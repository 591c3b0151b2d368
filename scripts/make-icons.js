// Draws the add-in's icons (assets/icon-{16,32,64,80}.png) without any image tool: three
// ascending bars (OEM, ODM, JDM: deeper collaboration) on a rounded blue tile.

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size, x, y) {
  const r = size * 0.18;
  const inside = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const corner =
    (x < r && y < r && !inside(r, r)) ||
    (x > size - r && y < r && !inside(size - r, r)) ||
    (x < r && y > size - r && !inside(r, size - r)) ||
    (x > size - r && y > size - r && !inside(size - r, size - r));
  if (corner) return [0, 0, 0, 0];
  const bars = [0.35, 0.55, 0.75];
  const w = size / 7;
  for (let i = 0; i < 3; i++) {
    const left = size * 0.2 + i * (w * 1.5);
    const top = size * (0.82 - (bars[i] ?? 0));
    if (x >= left && x < left + w && y >= top && y < size * 0.82) return [...WHITE, 255];
  }
  return [...BLUE, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x + 0.5, y + 0.5);
      for (let k = 0; k < 4; k++) raw[y * (size * 4 + 1) + 1 + x * 4 + k] = p[k];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
