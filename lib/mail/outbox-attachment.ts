import { z } from "zod";

import type { MailAttachment } from "./send-mail";

/** An attachment as OutboxMessage.attachments stores it (JSON cannot hold bytes). */
export const outboxAttachment = z.object({ filename: z.string(), contentType: z.string(), base64: z.string() });
export type OutboxAttachment = z.infer<typeof outboxAttachment>;

export function toOutboxAttachment({ filename, contentType, content }: MailAttachment): OutboxAttachment {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { filename, contentType, base64: bytes.toString("base64") };
}

/** The stored attachments with their size in bytes; anything unreadable in the column is left out. */
export function readOutboxAttachments(stored: unknown): { filename: string; contentType: string; size: number }[] {
  const parsed = z.array(z.unknown()).safeParse(stored);
  if (!parsed.success) return [];
  return parsed.data.flatMap((item) => {
    const attachment = outboxAttachment.safeParse(item);
    if (!attachment.success) return [];
    const { filename, contentType, base64 } = attachment.data;
    return [{ filename, contentType, size: Buffer.from(base64, "base64").byteLength }];
  });
}
