import { describe, expect, it } from "vitest";

import { bookingQrPng, bookingQrSvg } from "./qr";

const CODE = "7KQ2-M9XD-4TNB-Z3HC";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("bookingQrSvg", () => {
  it("is one inline SVG element with an accessible name", async () => {
    const svg = await bookingQrSvg(CODE, 'Codice QR della prenotazione <7KQ2> & "altro"');
    expect(svg).toMatch(/^<svg role="img" aria-label="Codice QR della prenotazione &lt;7KQ2&gt; &amp; &quot;altro&quot;" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/^<svg[^>]*><title>Codice QR della prenotazione &lt;7KQ2&gt; &amp; &quot;altro&quot;<\/title><path /);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg).not.toMatch(/<\?xml|<!DOCTYPE|<script/i);
  });

  it("is the same for the same code and differs for another", async () => {
    expect(await bookingQrSvg(CODE, "QR")).toBe(await bookingQrSvg(CODE, "QR"));
    expect(await bookingQrSvg("7KQ2-M9XD-4TNB-Z3HD", "QR")).not.toBe(await bookingQrSvg(CODE, "QR"));
  });
});

describe("bookingQrPng", () => {
  it("is a 240-pixel square PNG, the same bytes each time", async () => {
    const png = await bookingQrPng(CODE);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // IHDR comes first: width and height are big-endian at bytes 16 and 20.
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(png.readUInt32BE(20));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(240);
    expect((await bookingQrPng(CODE)).equals(png)).toBe(true);
  });
});
