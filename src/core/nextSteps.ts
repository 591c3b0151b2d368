// What the chosen model changes downstream, as data (one place to edit, like the matrix): what
// the buyer provides, what the RFQ asks suppliers for, what the sample agreement settles, the
// design-ownership clause to check, and, for lithium batteries, the transport checks. Each line
// names where it comes from: one of the two source texts (docs/domain.md), or public practice.

import type { Model } from "./model";
import { NEXT_TOPIC_TITLES, NEXT_TOPICS, SOURCES } from "./nextTopics";
import type { NextTopic, SourceKey } from "./nextTopics";

export { NEXT_TOPIC_TITLES, NEXT_TOPICS, SOURCES } from "./nextTopics";
export type { NextTopic, SourceKey } from "./nextTopics";

export interface NextStep {
  readonly topic: NextTopic;
  readonly text: string;
  /** Where it comes from, in the step's language. */
  readonly source: string;
  readonly sourceKey: SourceKey;
}

const step = (topic: NextTopic, text: string, sourceKey: SourceKey): NextStep => ({ topic, text, source: SOURCES[sourceKey], sourceKey });

/** Every model's battery projects: decided before production planning (seed 003). */
export const TRANSPORT: readonly NextStep[] = [
  step("transport", "Decide air or sea before production planning: lithium battery transport requirements shape the pack and its packaging.", "seed003"),
  step("transport", "Ask for the UN 38.3 test summary of the cells and of the pack.", "un383"),
  step("transport", "Agree dangerous-goods packing and labelling for the route: IATA rules for air, the IMDG Code for sea.", "practice"),
];

export const BY_MODEL: Readonly<Record<Model, readonly NextStep[]>> = {
  OEM: [
    step("buyer provides", "Complete, frozen drawings and specifications; if the spec is still open, OEM is not the right starting point.", "seed003"),
    step("rfq", "Quote production to our drawings: cell sourcing, pack assembly, BMS integration, testing, certification and private label.", "seed003"),
    step("samples", "Samples are checked for conformance to our drawings: agree the acceptance tests and tolerances before the first sample.", "practice"),
    step("design ownership", "The design and its technical property rights are the brand's; the factory produces to our data only.", "seed000"),
  ],
  ODM: [
    step("buyer provides", "The use case, defined: voltage, runtime, operating environment and form factor.", "seed003"),
    step("rfq", "Propose a design and produce it: cell selection, BMS design, pack structure, prototype validation, then production.", "seed003"),
    step("samples", "Prototypes validate the supplier's design against our use case: agree the validation tests and who pays for design changes.", "practice"),
    step("design ownership", "The design stays the manufacturer's; only trademark and name are the brand's.", "seed000"),
    step("design ownership", "If we must own the design or move production to another supplier, the contract has to transfer it.", "practice"),
  ],
  JDM: [
    step("buyer provides", "Engineering input throughout: a team that defines, tests and refines the design with the supplier.", "seed003"),
    step("rfq", "A joint development plan: milestones, shared testing, who does what, and the production terms that follow.", "practice"),
    step("samples", "Each development sample closes a milestone: agree what is tested jointly and what ends development.", "practice"),
    step("design ownership", "Settle by agreement who owns the joint design, what each side brings in, and who may produce it.", "practice"),
  ],
};

/** Steps in topic order; with a topic, only that topic's. */
export function inTopicOrder(all: readonly NextStep[], topic?: NextTopic): NextStep[] {
  const ordered: NextStep[] = [];
  // No flatMap: the functions' runtime is ES2016.
  for (const t of NEXT_TOPICS) if (topic === undefined || t === topic) ordered.push(...all.filter((s) => s.topic === t));
  return ordered;
}

/** A model's next steps, in topic order; with a topic, only that topic's. */
export const nextSteps = (model: Model, topic?: NextTopic): NextStep[] => inTopicOrder(BY_MODEL[model].concat(TRANSPORT), topic);

/** The checklist as plain text, one heading per topic: what the pane copies for an e-mail. */
export function nextStepsText(model: Model): string {
  return checklist(`Next steps for ${model}:`, (topic) => nextSteps(model, topic), (topic) => `${NEXT_TOPIC_TITLES[topic]}:`);
}

/** A checklist: its heading, then each topic's title and steps. */
export function checklist(heading: string, steps: (topic: NextTopic) => readonly NextStep[], title: (topic: NextTopic) => string): string {
  const lines = [heading];
  for (const topic of NEXT_TOPICS) {
    const listed = steps(topic);
    if (listed.length === 0) continue;
    lines.push("", title(topic), ...listed.map((s) => `- ${s.text}`));
  }
  return lines.join("\n");
}
