import { describe, expect, it } from "vitest";

import { readOutboxAttachments, toOutboxAttachment } from "./outbox-attachment";

describe("outbox attachments", () => {
  it("stores text and bytes as base64 and reads back their sizes", () => {
    const stored = [
      toOutboxAttachment({ filename: "appuntamento.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nè" }),
      toOutboxAttachment({ filename: "qr.png", contentType: "image/png", content: Buffer.from([0x89, 0x50, 0x4e, 0x47]), cid: "qr" }),
    ];
    expect(stored[1]).toEqual({ filename: "qr.png", contentType: "image/png", base64: "iVBORw==" });
    expect(readOutboxAttachments(JSON.parse(JSON.stringify(stored)))).toEqual([
      { filename: "appuntamento.ics", contentType: "text/calendar", size: 19 },
      { filename: "qr.png", contentType: "image/png", size: 4 },
    ]);
  });

  it("ignores what it cannot read instead of failing the page", () => {
    expect(readOutboxAttachments(null)).toEqual([]);
    expect(readOutboxAttachments({})).toEqual([]);
    expect(readOutboxAttachments([{ filename: "x" }, 3])).toEqual([]);
  });
});
