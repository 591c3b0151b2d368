// "Use rules from a file…": a rulebook file (.json, from `mfgmodel rules export` or a team's
// tooling) read and checked in the pane, each problem named; a good one is named with what it
// replaces, and written to the workbook only when confirmed.

import { BUILT_IN_RULES } from "../core";
import type { RulebookData } from "../core";
import type { ExcelHost } from "../excel";
import { readRulebookJson, rowsDiffering } from "../workbook";
import { byId, el } from "./dom";
import type { Feedback } from "./dom";

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
      const read = readRulebookJson(text);
      if (!read.ok) {
        show(el("p", { text: `${file.name} is not a rulebook the add-in can use; nothing was changed:` }), el("ul", {}, ...read.problems.map((p) => el("li", { text: p }))));
        return;
      }
      const rules = read.rules;
      const n = rowsDiffering(rules, BUILT_IN_RULES);
      const differs = rules.fingerprint === BUILT_IN_RULES.fingerprint ? "the built-in rules' decisions" : `differs from the built-in rules in ${n} row${n === 1 ? "" : "s"}`;
      const use = el("button", { text: "Use these rules in this workbook", attrs: { type: "button", id: "rules-file-use" } });
      const cancel = el("button", { text: "Cancel", attrs: { type: "button", id: "rules-file-cancel" } });
      cancel.addEventListener("click", () => (panel.hidden = true));
      use.addEventListener("click", () =>
        void feedback.busy(use, async () => {
          await host.useRules(rules.data as RulebookData);
          panel.hidden = true;
          feedback.ok(`This workbook now judges by ${rules.name}, version ${rules.version}; the register formulas use them.`);
          await refresh();
        }),
      );
      show(
        el("p", { text: `${file.name}: ${rules.name}, version ${rules.version} (fingerprint ${rules.fingerprint}; ${differs}).` }),
        el("p", { text: "Using them replaces this workbook's rules on the MFG Rules sheet; every check, formula and added project then judges by them." }),
        use,
        cancel,
      );
    });
  });
}
