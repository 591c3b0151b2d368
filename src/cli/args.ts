// The mfgmodel command's arguments, through Node's own parser (node:util parseArgs), with errors
// that say which option is wrong in the command's words.

import { parseArgs as parseWithNode } from "node:util";

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Record<string, string | true | string[]>;
}

/** The same usage error in German, Chinese and Japanese (the English one is the message). */
export type Translated = Readonly<Record<"de" | "zh" | "ja", string>>;

export class UsageError extends Error {
  constructor(
    message: string,
    readonly translated?: Translated,
  ) {
    super(message);
    this.name = "UsageError";
  }

  /** The error in a language: its translation, or the English message when it has none. */
  said(language: "en" | keyof Translated): string {
    return language === "en" ? this.message : (this.translated?.[language] ?? this.message);
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
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`Unknown option ${option}.`, { de: `Unbekannte Option ${option}.`, zh: `未知选项 ${option}。`, ja: `不明なオプション ${option}。` });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw options[long]?.type === "boolean"
        ? new UsageError(`--${long} takes no value.`, { de: `--${long} nimmt keinen Wert.`, zh: `--${long} 不带值。`, ja: `--${long} は値を取りません。` })
        : new UsageError(`--${long} needs a value.`, { de: `--${long} braucht einen Wert.`, zh: `--${long} 需要一个值。`, ja: `--${long} には値が必要です。` });
    }
    throw new UsageError(message);
  }
}
