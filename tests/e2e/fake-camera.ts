import { writeFile } from "node:fs/promises";

import QRCode from "qrcode";

/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`) showing the QR code of
 * `text`: Y4M, the raw format Chromium reads, black modules on white, a few identical frames.
 */
export async function qrVideo(text: string, file: string): Promise<void> {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const width = 640;
  const height = 480;
  const scale = 10;
  const size = qr.modules.size;
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!qr.modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) luma.fill(16, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  await writeFile(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array(5).fill(frame)]));
}
