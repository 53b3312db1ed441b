import { z } from "zod";

// Every message is a key of messages/service-maps.*.json ("serviceMapsImport.errors.*").

/** The file name as the browser sends it: shown back, stored on the import, never used as a path. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, "serviceMapsImport.errors.fileRequired")
  .max(255, "serviceMapsImport.errors.fileNameTooLong")
  .refine((name) => /\.txt$/i.test(name), "serviceMapsImport.errors.notTxt");

/** The confirmation of a previewed import: the file again (base64), its hash, the state and the signature. */
export const confirmImportSchema = z.object({
  fileName: fileNameSchema,
  content: z.string().min(1, "serviceMapsImport.errors.tampered").max(4 * 1024 * 1024, "serviceMapsImport.errors.tooLarge").regex(/^[A-Za-z0-9+/]*={0,2}$/, "serviceMapsImport.errors.tampered"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "serviceMapsImport.errors.tampered"),
  stateToken: z.string().regex(/^[0-9a-f]{64}$/, "serviceMapsImport.errors.tampered"),
  signature: z.string().regex(/^[0-9a-f]{64}$/, "serviceMapsImport.errors.tampered"),
});
