// How every language lists names and shows a value an analyst typed: the pieces its sentences share.

const MAX_SHOWN = 40;

/** A value as a message quotes it, cut at 40 characters. */
export function shownValue(value: string, open = "\"", close = "\""): string {
  return `${open}${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}${close}`;
}

/** "a, b and c": the language's separator between names, its conjunction before the last. */
export function listWith(names: readonly string[], separator: string, last: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(separator)}${last}${names[names.length - 1]}`;
}
