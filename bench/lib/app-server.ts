import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { cp, readFile, symlink } from "node:fs/promises";
import path from "node:path";

// The benchmark builds a copy of the working tree so that it never touches the project's own `.next`
// (the test suite builds there). Turbopack refuses a node_modules that is a symlink leading out of
// the project, so the copy gets hard links to the project's node_modules files instead: instant, and
// no extra disk space.

const NOT_COPIED = new Set([".next", "node_modules", ".data", ".git", "test-results", "playwright-report", "coverage", ".env", ".env.local"]);

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; logFile?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const log = options.logFile ? createWriteStream(options.logFile) : null;
    const collect = (chunk: Buffer) => {
      output = (output + chunk).slice(-20_000);
      log?.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      log?.end();
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (exit code ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** `git archive HEAD` of `projectDir`, unpacked into `appDir`. */
function exportHead(projectDir: string, appDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn("git", ["archive", "--format=tar", "HEAD"], { cwd: projectDir, stdio: ["ignore", "pipe", "inherit"] });
    const untar = spawn("tar", ["-x", "-C", appDir], { stdio: ["pipe", "inherit", "inherit"] });
    archive.stdout.pipe(untar.stdin);
    archive.on("error", reject);
    untar.on("error", reject);
    archive.on("close", (code) => code !== 0 && reject(new Error(`git archive HEAD failed (exit code ${code})`)));
    untar.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tar -x failed (exit code ${code})`))));
  });
}

/**
 * Copies the project at `projectDir` to `appDir` and runs `next build` there: the working tree as it
 * is (uncommitted changes included), or with `source: "head"` the last commit, whose Prisma client is
 * then generated in the copy (lib/generated is not committed).
 */
export async function buildCopy(projectDir: string, appDir: string, source: "worktree" | "head", log: (line: string) => void): Promise<void> {
  if (source === "head") {
    log(`exporting HEAD of ${projectDir} to ${appDir}…`);
    await exportHead(projectDir, appDir);
  } else {
    log(`copying the working tree of ${projectDir} to ${appDir}…`);
    const topLevel = (file: string) => path.relative(projectDir, file).split(path.sep)[0];
    await cp(projectDir, appDir, { recursive: true, filter: (file) => topLevel(file) === "" || !NOT_COPIED.has(topLevel(file)) });
  }
  try {
    await run("cp", ["-al", path.join(projectDir, "node_modules"), path.join(appDir, "node_modules")], { cwd: appDir });
  } catch {
    // Another file system: a symlink works for `next start` of a webpack build only, so say so.
    await symlink(path.join(projectDir, "node_modules"), path.join(appDir, "node_modules"));
    log("could not hard-link node_modules (another file system?): symlinked it; Turbopack may refuse to build");
  }
  if (source === "head") {
    await run(process.execPath, [path.join(appDir, "node_modules/prisma/build/index.js"), "generate"], { cwd: appDir, env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
  }
  log("next build (about 1–3 minutes)…");
  const started = Date.now();
  await run(process.execPath, [path.join(appDir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", DATABASE_URL: undefined },
    logFile: path.join(appDir, "bench-build.log"),
  });
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export interface AppServer {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** CPU seconds (user + system) the server process has used so far, from /proc; null elsewhere. */
  cpuSeconds(): Promise<number | null>;
  stop(): Promise<void>;
}

/** `next start` of a built app on 127.0.0.1:port, in its own process group; resolves once `/` answers. */
export async function startServer(options: { appDir: string; port: number; databaseUrl: string; nodeArgs?: string[] }): Promise<AppServer> {
  if (!existsSync(path.join(options.appDir, ".next", "BUILD_ID"))) {
    throw new Error(`${options.appDir} holds no production build (.next/BUILD_ID); run without --app to build one`);
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const logFile = path.join(options.appDir, "bench-server.log");
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), path.join(options.appDir, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(options.port)],
    {
      cwd: options.appDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        PUBLIC_URL: baseUrl,
        MAIL_OUTBOX: "true",
        JOBS: "off",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  child.on("exit", () => (exited = true));

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM"); // the process group this function created
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited; its log:\n${(await readFile(logFile, "utf8")).slice(-4000)}`);
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 60 s; its log:\n${(await readFile(logFile, "utf8")).slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseUrl,
    pid: child.pid!,
    logFile,
    async cpuSeconds() {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 per second on Linux).
        const stat = await readFile(`/proc/${child.pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return null;
      }
    },
    stop,
  };
}
