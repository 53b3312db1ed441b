import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Runs the project's Prisma CLI (with its offline schema engine, see prisma.config.ts). */
export function runPrisma(
  args: string[],
  options: { databaseUrl: string; cwd?: string; quiet?: boolean },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("prisma/build/index.js"), ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, DATABASE_URL: options.databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function migrateDeploy(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  const { code, output } = await runPrisma(["migrate", "deploy"], { databaseUrl, quiet: options.quiet ?? true });
  if (code !== 0) throw new Error(`prisma migrate deploy failed:\n${output}`);
}
