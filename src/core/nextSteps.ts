// What the chosen model changes downstream, as data (one place to edit, like the matrix): what
// the buyer provides, what the RFQ asks suppliers for, what the sample agreement settles, the
// design-ownership clause to check, and, for lithium batteries, the transport checks. Each line
// names where it comes from: one of the two source texts (docs/domain.md), or public practice.

import type { Model } from "./model";

export const NEXT_TOPICS = ["buyer provides", "rfq", "samples", "design ownership", "transport"] as const;
export type NextTopic = (typeof NEXT_TOPICS)[number];

/** How a topic is headed in a checklist, the pane and the sheet. */
export const NEXT_TOPIC_TITLES: Readonly<Record<NextTopic, string>> = {
  "buyer provides": "You provide",
  rfq: "Ask suppliers in the RFQ",
  samples: "The sample agreement settles",
  "design ownership": "Design ownership: check the contract",
  transport: "Transport (lithium batteries)",
};

/** Where a line comes from. */
export const SOURCES = {
  seed003: "Source: lithium battery manufacturing models (seed 003)",
  seed000: "Source: OEM vs ODM, who owns the design (seed 000)",
  practice: "Public practice",
  un383: "Public practice: UN Manual of Tests and Criteria, 38.3",
} as const;
export type Source = (typeof SOURCES)[keyof typeof SOURCES];

export interface NextStep {
  readonly topic: NextTopic;
  readonly text: string;
  readonly source: Source;
}

const step = (topic: NextTopic, text: string, source: Source): NextStep => ({ topic, text, source });

/** Every model's battery projects: decided before production planning (seed 003). */
const TRANSPORT: readonly NextStep[] = [
  step("transport", "Decide air or sea before production planning: lithium battery transport requirements shape the pack and its packaging.", SOURCES.seed003),
  step("transport", "Ask for the UN 38.3 test summary of the cells and of the pack.", SOURCES.un383),
  step("transport", "Agree dangerous-goods packing and labelling for the route: IATA rules for air, the IMDG Code for sea.", SOURCES.practice),
];

const BY_MODEL: Readonly<Record<Model, readonly NextStep[]>> = {
  OEM: [
    step("buyer provides", "Complete, frozen drawings and specifications; if the spec is still open, OEM is not the right starting point.", SOURCES.seed003),
    step("rfq", "Quote production to our drawings: cell sourcing, pack assembly, BMS integration, testing, certification and private label.", SOURCES.seed003),
    step("samples", "Samples are checked for conformance to our drawings: agree the acceptance tests and tolerances before the first sample.", SOURCES.practice),
    step("design ownership", "The design and its technical property rights are the brand's; the factory produces to our data only.", SOURCES.seed000),
  ],
  ODM: [
    step("buyer provides", "The use case, defined: voltage, runtime, operating environment and form factor.", SOURCES.seed003),
    step("rfq", "Propose a design and produce it: cell selection, BMS design, pack structure, prototype validation, then production.", SOURCES.seed003),
    step("samples", "Prototypes validate the supplier's design against our use case: agree the validation tests and who pays for design changes.", SOURCES.practice),
    step("design ownership", "The design stays the manufacturer's; only trademark and name are the brand's.", SOURCES.seed000),
    step("design ownership", "If we must own the design or move production to another supplier, the contract has to transfer it.", SOURCES.practice),
  ],
  JDM: [
    step("buyer provides", "Engineering input throughout: a team that defines, tests and refines the design with the supplier.", SOURCES.seed003),
    step("rfq", "A joint development plan: milestones, shared testing, who does what, and the production terms that follow.", SOURCES.practice),
    step("samples", "Each development sample closes a milestone: agree what is tested jointly and what ends development.", SOURCES.practice),
    step("design ownership", "Settle by agreement who owns the joint design, what each side brings in, and who may produce it.", SOURCES.practice),
  ],
};

/** A model's next steps, in topic order; with a topic, only that topic's. */
export function nextSteps(model: Model, topic?: NextTopic): NextStep[] {
  const all = BY_MODEL[model].concat(TRANSPORT);
  const ordered: NextStep[] = [];
  // No flatMap: the functions' runtime is ES2016.
  for (const t of NEXT_TOPICS) if (topic === undefined || t === topic) ordered.push(...all.filter((s) => s.topic === t));
  return ordered;
}

/** The checklist as plain text, one heading per topic: what the pane copies for an e-mail. */
export function nextStepsText(model: Model): string {
  const lines = [`Next steps for ${model}:`];
  for (const topic of NEXT_TOPICS) {
    const steps = nextSteps(model, topic);
    if (steps.length === 0) continue;
    lines.push("", `${NEXT_TOPIC_TITLES[topic]}:`, ...steps.map((s) => `- ${s.text}`));
  }
  return lines.join("\n");
}
