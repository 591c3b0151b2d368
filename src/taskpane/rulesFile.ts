// "Use rules from a file…": a rulebook file (.json, from `mfgmodel rules export` or a team's
// tooling) read and checked in the pane, each problem named; a good one is named with what it
// replaces, and written to the workbook only when confirmed.

import { builtInRulesFor, isBuiltIn } from "../core";
import type { RulebookData } from "../core";
import type { ExcelHost } from "../excel";
import { readRulebookJson, rowsDiffering } from "../workbook";
import { byId, el } from "./dom";
import type { Feedback } from "./dom";
import { words } from "./language";

export function setUpRulesFile(host: ExcelHost, feedback: Feedback, refresh: () => Promise<void>): void {
  const input = byId<HTMLInputElement>("rules-file");
  const panel = byId("rules-file-panel");
  const show = (...children: (Node | string)[]) => {
    panel.replaceChildren(...children);
    panel.hidden = false;
  };
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file === undefined) return;
    void file.text().then((text) => {
      input.value = "";
      const w = words();
      const read = readRulebookJson(text);
      if (!read.ok) {
        show(el("p", { text: w.notRulebook(file.name) }), el("ul", {}, ...read.problems.map((p) => el("li", { text: p }))));
        return;
      }
      const rules = read.rules;
      const differs = isBuiltIn(rules) ? w.sameDecisions : w.differsRows(rowsDiffering(rules, builtInRulesFor(rules)));
      const use = el("button", { text: w.useRules, attrs: { type: "button", id: "rules-file-use" } });
      const cancel = el("button", { text: w.cancel, attrs: { type: "button", id: "rules-file-cancel" } });
      cancel.addEventListener("click", () => (panel.hidden = true));
      use.addEventListener("click", () =>
        void feedback.busy(use, async () => {
          await host.useRules(rules.data as RulebookData);
          panel.hidden = true;
          feedback.ok(w.nowJudgedBy(rules.name, rules.version));
          await refresh();
        }),
      );
      show(
        el("p", { text: w.fileRules(file.name, rules.name, rules.version, rules.fingerprint, differs) }),
        el("p", { text: w.fileReplaces }),
        use,
        cancel,
      );
    });
  });
}
