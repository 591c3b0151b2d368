// The mfgmodel command's arguments, through Node's own parser (node:util parseArgs), with errors
// that say which option is wrong in the command's words.

import { parseArgs as parseWithNode } from "node:util";

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Record<string, string | true | string[]>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * `valued` options take a value (a name ending in "*" may be given several times); `flags` take
 * none; one-letter aliases ("-o") map to long names.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[], aliases: Record<string, string> = {}): ParsedArgs {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const name of valued) options[name.replace(/\*$/, "")] = { type: "string", ...(name.endsWith("*") ? { multiple: true } : {}) };
  for (const name of flags) options[name] = { type: "boolean" };
  for (const [alias, name] of Object.entries(aliases)) {
    const option = options[name];
    if (option !== undefined) option.short = alias.replace(/^-/, "");
  }
  try {
    const { values, positionals } = parseWithNode({ args: [...argv], options, allowPositionals: true, strict: true });
    return { positionals, options: values as ParsedArgs["options"] };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    const name = option.replace(/^--?/, "");
    const long = Object.keys(options).find((o) => o === name || options[o]?.short === name) ?? name;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`Unknown option ${option}.`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(options[long]?.type === "boolean" ? `--${long} takes no value.` : `--${long} needs a value.`);
    }
    throw new UsageError(message);
  }
}
