// The comparison matrix and the next steps in a language: the English data (matrix.ts,
// nextSteps.ts) with its words translated one for one (translations/). Kept apart from the English
// modules so the custom functions, which speak English, do not carry the translations.

import { COMPARISON_MATRIX, MATRIX_HEADER } from "./matrix";
import type { MatrixSection } from "./matrix";
import type { Language } from "./locale";
import { LOCALES } from "./locales";
import type { Model } from "./model";
import { BY_MODEL, checklist, inTopicOrder, NEXT_TOPIC_TITLES, TRANSPORT } from "./nextSteps";
import type { NextStep, NextTopic } from "./nextSteps";
import { TRANSLATIONS } from "./translations";

/** The matrix in a language: its titles, criteria and worded values translated, one for one. */
export function comparisonMatrix(language: Language = "en"): readonly MatrixSection[] {
  if (language === "en") return COMPARISON_MATRIX;
  const t = TRANSLATIONS[language].matrix;
  const word = (v: string) => t.values[v] ?? v;
  return COMPARISON_MATRIX.map((section, i) => {
    const s = t.sections[i];
    return {
      title: s?.title ?? section.title,
      criteria: section.criteria.map((c, j) => ({ criterion: s?.criteria[j] ?? c.criterion, values: { OEM: word(c.values.OEM), ODM: word(c.values.ODM), JDM: word(c.values.JDM) } })),
    };
  });
}

/** The matrix's header row in a language: "Criteria", then the models. */
export const matrixHeader = (language: Language = "en"): string[] => [language === "en" ? MATRIX_HEADER[0] : TRANSLATIONS[language].matrix.criteria, ...MATRIX_HEADER.slice(1)];

/** Steps in a language: texts and sources translated, one for one. */
function stepsIn(steps: readonly NextStep[], texts: readonly string[], language: Exclude<Language, "en">): NextStep[] {
  const sources = TRANSLATIONS[language].nextSteps.sources;
  return steps.map((s, i) => ({ ...s, text: texts[i] ?? s.text, source: sources[s.sourceKey] }));
}

/** How a topic is headed in a language. */
export const nextTopicTitle = (topic: NextTopic, language: Language = "en"): string => (language === "en" ? NEXT_TOPIC_TITLES[topic] : TRANSLATIONS[language].nextSteps.titles[topic]);

/** A model's next steps in a language, in topic order; with a topic, only that topic's. */
export function nextStepsIn(model: Model, language: Language, topic?: NextTopic): NextStep[] {
  if (language === "en") return inTopicOrder(BY_MODEL[model].concat(TRANSPORT), topic);
  const t = TRANSLATIONS[language].nextSteps;
  return inTopicOrder(stepsIn(BY_MODEL[model], t.byModel[model], language).concat(stepsIn(TRANSPORT, t.transport, language)), topic);
}

/** The checklist as plain text in a language: what the pane copies for an e-mail. */
export function nextStepsTextIn(model: Model, language: Language): string {
  const heading = language === "en" ? `Next steps for ${model}:` : TRANSLATIONS[language].nextSteps.heading(model);
  const colon = LOCALES[language].colon.replace(/\s+$/, "");
  return checklist(heading, (topic) => nextStepsIn(model, language, topic), (topic) => `${nextTopicTitle(topic, language)}${colon}`);
}
