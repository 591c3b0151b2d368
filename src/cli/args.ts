// A small argument parser for the mfgmodel command: flags with values, booleans, positionals,
// and errors that say which option is wrong.

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Record<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** `valued` options take the next word; `flags` take none; short aliases map to long names. */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[], aliases: Record<string, string> = {}): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith("-") || word === "-") {
      positionals.push(word);
      continue;
    }
    const [rawName, inline] = word.split(/=(.*)/s, 2) as [string, string | undefined];
    const name = aliases[rawName] ?? rawName.replace(/^--?/, "");
    if (flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      options[name] = true;
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`--${name} needs a value.`);
      options[name] = value;
    } else {
      throw new UsageError(`Unknown option ${rawName}.`);
    }
  }
  return { positionals, options };
}
