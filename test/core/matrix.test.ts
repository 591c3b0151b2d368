import { ATTRIBUTES, matrixGrid, modelAttribute } from "../../src/core";

describe("matrixGrid", () => {
  test("is docs/domain.md's comparison matrix, header first, sections as heading rows", () => {
    expect(matrixGrid()).toEqual([
      ["Criteria", "OEM", "ODM", "JDM"],
      ["Project entry point", "", "", ""],
      ["Complete drawings provided", "✓", "—", "—"],
      ["Application requirements only", "—", "✓", "△"],
      ["Early-stage R&D collaboration", "—", "—", "✓"],
      ["Engineering responsibility", "", "", ""],
      ["Customer owns full design", "✓", "—", "—"],
      ["Manufacturer leads design", "—", "✓", "△"],
      ["Jointly defined solution", "—", "—", "✓"],
      ["Typical use cases", "", "", ""],
      ["Mass production of proven design", "✓", "—", "—"],
      ["Medical / industrial / robotics", "—", "✓", "△"],
      ["High-voltage / complex systems", "—", "△", "✓"],
      ["Process", "", "", ""],
      ["Development cycle", "Short", "Medium", "Long"],
      ["Engineering collaboration depth", "Low", "Medium", "High"],
      ["Private label / branded output", "✓", "✓", "✓"],
      ["Ownership", "", "", ""],
      ["Design intellectual property", "Brand (customer)", "Manufacturer", "Joint, by agreement"],
    ]);
  });

  test("returns a fresh grid each time (callers may not corrupt the matrix)", () => {
    const grid = matrixGrid();
    (grid[0] as string[])[0] = "changed";
    expect(matrixGrid()[0]?.[0]).toBe("Criteria");
  });
});

describe("modelAttribute", () => {
  test("every attribute of every model", () => {
    const table = Object.fromEntries(
      ATTRIBUTES.map((a) => [a, [modelAttribute("OEM", a), modelAttribute("ODM", a), modelAttribute("JDM", a)]]),
    );
    expect(table).toEqual({
      "entry point": ["Complete drawings provided", "Application requirements only", "Early-stage R&D collaboration"],
      "engineering responsibility": ["Customer owns full design", "Manufacturer leads design", "Jointly defined solution"],
      "typical use": ["Mass production of proven design", "Medical / industrial / robotics", "High-voltage / complex systems"],
      "development cycle": ["Short", "Medium", "Long"],
      "collaboration depth": ["Low", "Medium", "High"],
      "design ip owner": ["Brand (customer)", "Manufacturer", "Joint, by agreement"],
      "manufacturer scope": [
        "Cell sourcing, pack assembly, BMS integration, testing, certification, private label",
        "Cell selection, BMS design, pack structure, prototype validation, then production",
        "Joint definition, testing and refinement throughout, then production",
      ],
    });
  });
});
