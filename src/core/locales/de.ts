// Deutsch: the words of every code the product renders (the Locale of ../locale.ts), in the terms
// of docs/glossary.md.

import type { ArgumentName, CellIssue } from "../cellValue";
import type { Locale } from "../locale";
import { listWith, shownValue } from "./lists";

export const DE: Locale = {
  tag: "de",
  name: "Deutsch",
  colon: ": ",
  listSeparator: ", ",
  yesNo: ["Ja", "Nein"],
  dropdownPrompt: (accepted, notKnown) => `Zulässig: ${accepted}. Noch nicht bekannt: ${notKnown === undefined ? "leer lassen" : `leer lassen oder ${notKnown} schreiben`}.`,
  fit: { fit: "Passt", conditional: "Bedingt", mismatch: "Passt nicht" },
  fitLegend: { "✓": "erste Wahl", "△": "bedingt", "—": "nicht anwendbar" },
  status: { fit: "Passt", conditional: "Bedingt", mismatch: "Passt nicht", incomplete: "Noch nicht bekannt", "bad input": "Ungültige Eingabe", supplier: "Lieferant" },
  supplier: { offered: "Ja", gapStart: "Nicht im Angebot: ", chosen: " (gewählt)", recommended: " (empfohlen)", both: " (gewählt, empfohlen)", separator: ", " },
  marker: { symbol: "⚠ ", start: "Prüfen: ", separator: "; ", part: (header, accepted) => `${header}: ${accepted.join(", ")} verwenden`,
    rulesEdited: "Regeln geändert, aber noch nicht angewendet: „Register prüfen“ im Add-in oder mfgmodel audit wendet sie an" },
  chosenFits: (model) => `Das gewählte ${model} passt zu dieser Phase.`,
  notKnownReason: (headers) => `Noch nicht bekannt: ${headers.join(", ")}`,

  issueMessage(issue: CellIssue, names: Partial<Record<ArgumentName, string>> = {}): string {
    const name = (a: ArgumentName) => names[a] ?? a;
    switch (issue.code) {
      case "empty":
        return `${listWith(issue.arguments.map(name), ", ", " und ")} ${issue.arguments.length === 1 ? "ist" : "sind"} leer (noch nicht bekannt), daher gibt es noch keine Antwort.`;
      case "invalid_value": {
        const what = issue.dataType === undefined ? shownValue(issue.value, "„", "“") : `ein verknüpfter Datentyp (${issue.dataType})`;
        return `${name(issue.argument)}: ${what} ist nicht zulässig; verwenden Sie ${listWith(issue.accepted, ", ", " oder ")} (Groß-/Kleinschreibung egal).`;
      }
    }
  },

  zeroNote(names: readonly string[]): string {
    const yesNo = names.some((n) => n === "drawingsComplete" || n === "hasRequirements");
    const verb = names.length === 1 ? "ist" : "sind";
    return `(${listWith(names, ", ", " und ")} ${verb} 0, was Excel für eine leere Zelle übergeben kann, daher gilt 0 hier als noch nicht bekannt${yesNo ? ": für nein Nein oder FALSCH schreiben" : ""}.)`;
  },
};
