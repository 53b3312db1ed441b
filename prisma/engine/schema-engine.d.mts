// Types for the offline schema engine stand-in (plain JavaScript, so that the Prisma CLI can run it).
export interface Datasource {
  url: string;
  shadowDatabaseUrl?: string;
}
export interface EngineArgs {
  datamodels: string[];
  datasource: Datasource | null;
  version: boolean;
  cliCommand: string | null;
}
export function parseArgs(argv: string[]): EngineArgs;
export function engineHash(): string;
export function poolConfig(url: string): {
  database?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  ssl?: unknown;
  options?: string;
};
export function runCliCommand(command: string, datasource: Datasource): Promise<void>;
export function cliErrorOutput(error: Error & { code?: string }): string;
export function callEngine(engine: object, method: string, params: Record<string, unknown>): Promise<unknown>;
export function serveRpc(options: { datamodels: string[]; datasource: Datasource }): Promise<void>;
