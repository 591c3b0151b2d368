// The topics of the next steps and where a step comes from: the codes the steps and their
// translations share (nextSteps.ts, translations/).

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
export type SourceKey = keyof typeof SOURCES;
