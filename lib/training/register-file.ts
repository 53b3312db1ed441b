import { registerCsv } from "./register-csv";
import { registerPdf } from "./register-pdf";
import type { RegisterSheet } from "./register-sheet";

/** The register as a download: CSV or PDF, never cached, named after the project or the volunteer. */
export async function registerDownload(sheet: RegisterSheet, input: { format: "csv" | "pdf"; name: string; signatures: [string, string] }): Promise<Response> {
  const slug = input.name.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const filename = `registro-formazione-${slug || "progetto"}.${input.format}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Content-Disposition": `attachment; filename="${filename}"` };
  if (input.format === "csv") return new Response(registerCsv(sheet), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const pdf = await registerPdf(sheet, { signatures: input.signatures, generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") });
  return new Response(Buffer.from(pdf), { headers: { ...headers, "Content-Type": "application/pdf" } });
}
