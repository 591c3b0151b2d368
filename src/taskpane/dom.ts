// Building DOM from data: text always goes in as text (textContent), never as HTML.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; className?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className) node.className = props.className;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the pane has no #${id}`);
  return node as T;
}

export const radioValue = (form: HTMLFormElement, name: string): string =>
  (form.elements.namedItem(name) as RadioNodeList | null)?.value ?? "";

/** How a pane section reports: runs work with its button busy (errors shown), and says it went well. */
export interface Feedback {
  busy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T | undefined>;
  ok(text: string): void;
}
