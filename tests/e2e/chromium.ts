// Playwright cannot download its browsers here. The end-to-end tests run on the Chromium that ships
// inside the npm package @sparticuz/chromium (a devDependency: same browser on every machine, nothing
// to install), or on the one CHROMIUM_PATH names (e.g. Debian's /usr/bin/chromium).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";

/**
 * The package's Chromium, decompressed once into a folder named after the package's version.
 *
 * Not the package's own `executablePath()`: it answers with /tmp/chromium as soon as the file exists,
 * so a second Playwright worker may launch a file still being written (ETXTBSY), a run killed during
 * the write leaves a truncated browser for good, and an upgrade keeps the old one. Here the file
 * appears only by rename, complete, and a new version gets a new folder.
 */
export function packagedChromium(cacheRoot = path.join(os.tmpdir(), "sportello-chromium")): string {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide its package.json: walk up from its entry point.
  let root = path.dirname(require.resolve("@sparticuz/chromium"));
  while (!existsSync(path.join(root, "bin", "chromium.br"))) {
    if (path.dirname(root) === root) throw new Error("@sparticuz/chromium has no bin/chromium.br");
    root = path.dirname(root);
  }
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const executable = path.join(cacheRoot, version, "chromium");
  if (existsSync(executable)) return executable;
  mkdirSync(path.dirname(executable), { recursive: true });
  const partial = `${executable}.${process.pid}.${Date.now()}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(path.join(root, "bin", "chromium.br"))), { mode: 0o755 });
  renameSync(partial, executable);
  return executable;
}

/** CHROMIUM_PATH when set (`npm test` sets it for its workers once resolved), else the package's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || packagedChromium();
}

export const CHROMIUM_PATH = chromiumPath();

// No network chatter (the machine's network is closed) and no sandbox (the tests may run as root).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
