// The help page behind each function's help URL: renders the reference from functions.json,
// the same metadata Excel's autocomplete shows, so the two cannot drift apart.

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(functions: FunctionMetadata[]): HTMLElement {
  const container = element("div");
  for (const fn of functions) {
    const section = element("section");
    section.id = fn.id.toLowerCase();
    const signature = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    section.append(element("h2", `PROCURE.${fn.name}(${signature})`), element("p", fn.description ?? ""));
    const list = element("dl");
    for (const p of fn.parameters) list.append(element("dt", p.name), element("dd", p.description ?? ""));
    section.append(list);
    container.append(section);
  }
  return container;
}

async function main(): Promise<void> {
  const target = document.getElementById("reference");
  if (target === null) return;
  try {
    const response = await fetch("functions.json");
    const metadata = (await response.json()) as { functions: FunctionMetadata[] };
    target.replaceChildren(render(metadata.functions));
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  } catch (error) {
    // A browser does not let a page opened from disk read a file beside it: say how to open it.
    target.textContent =
      location.protocol === "file:"
        ? "Opened from a file, this page cannot read the function reference (functions.json) beside it. Open it from the add-in's web server instead: follow the help link of any PROCURE function in Excel or, while developing, run npm start and open help.html from the address it prints."
        : `The reference could not be loaded (${String(error)}).`;
  }
}

void main();
