import { MODELS, NEXT_TOPICS, nextSteps, nextStepsText, SOURCES } from "../../src/core";

describe("nextSteps", () => {
  test("every model has a step for every topic, in topic order", () => {
    for (const model of MODELS) {
      const topics = nextSteps(model).map((s) => s.topic);
      expect([...new Set(topics)]).toEqual([...NEXT_TOPICS]);
    }
  });

  test("the seeds' facts: OEM produces to the brand's drawings, ODM keeps the design, batteries plan transport first", () => {
    expect(nextSteps("OEM", "rfq").map((s) => [s.text, s.source])).toEqual([
      ["Quote production to our drawings: cell sourcing, pack assembly, BMS integration, testing, certification and private label.", SOURCES.seed003],
    ]);
    expect(nextSteps("ODM", "design ownership").map((s) => s.source)).toEqual([SOURCES.seed000, SOURCES.practice]);
    expect(nextSteps("ODM", "design ownership")[0]?.text).toBe("The design stays the manufacturer's; only trademark and name are the brand's.");
    expect(nextSteps("JDM", "transport").map((s) => s.source)).toEqual([SOURCES.seed003, SOURCES.un383, SOURCES.practice]);
  });

  test("the seeds are silent on JDM ownership: that line is marked public practice", () => {
    expect(nextSteps("JDM", "design ownership").every((s) => s.source === SOURCES.practice)).toBe(true);
  });
});

describe("nextStepsText", () => {
  test("a heading per topic and a dash per step, for an e-mail", () => {
    const text = nextStepsText("OEM");
    expect(text.split("\n").slice(0, 4)).toEqual(["Next steps for OEM:", "", "You provide:", "- Complete, frozen drawings and specifications; if the spec is still open, OEM is not the right starting point."]);
    expect(text.split("\n").filter((l) => l.startsWith("- ")).length).toBe(nextSteps("OEM").length);
  });
});
