// A native Excel chart in a package: a clustered column chart (DrawingML, ECMA-376 Part 1, §21.2)
// in a drawing part anchored to a worksheet. Each series refers to its cells and caches their
// values, so a viewer that does not recalculate still draws it.

import { columnLetters, quoteSheet } from "../workbook";
import type { ChartDescription, Rect } from "../workbook";
import type { Package } from "./opc";
import { WORKSHEET_ORDER } from "./sheetEdges";
import { escapeXml, insertionPoint, prefixOf, root, splice } from "./xml";

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const REL_DRAWING = `${NS.rels}/drawing`;
const REL_CHART = `${NS.rels}/chart`;
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const ref = (sheet: string, r: Rect) => `${quoteSheet(sheet)}!$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`;
const points = (values: readonly (string | number)[]) => `<c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`).join("")}`;

/** The chart part's XML; `categories` and `values` are the cells' current contents, cached. */
export function chartXml(chart: ChartDescription, categories: readonly string[], values: readonly (readonly number[])[]): string {
  const series = chart.series.map((s, i) =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(ref(chart.sheet, s.nameCell))}</c:f><c:strCache>${points([s.name])}</c:strCache></c:strRef></c:tx>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(ref(chart.sheet, chart.categories))}</c:f><c:strCache>${points(categories)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ref(chart.sheet, s.values))}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(values[i] ?? [])}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`,
  ).join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rels}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(anchor: Rect, chartRelId: string): string {
  const marker = (tag: string, column: number, row: number) => `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}"><xdr:twoCellAnchor>` +
    `${marker("from", anchor.left - 1, anchor.top - 1)}${marker("to", anchor.right - 1, anchor.bottom - 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rels}" r:id="${chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

/** Adds the chart, its drawing and the worksheet's <drawing> (where the schema orders it) to a package. */
export function addChart(pkg: Package, worksheetPart: string, chart: ChartDescription, categories: readonly string[], values: readonly (readonly number[])[]): void {
  const chartPart = pkg.freeName("xl/charts/chart", ".xml");
  const drawingPart = pkg.freeName("xl/drawings/drawing", ".xml");
  pkg.put(chartPart, Buffer.from(chartXml(chart, categories, values), "utf8"));
  pkg.addContentType(chartPart, TYPE_CHART);
  const chartId = pkg.addRelationship(drawingPart, REL_CHART, chartPart);
  pkg.put(drawingPart, Buffer.from(drawingXml(chart.anchor, chartId), "utf8"));
  pkg.addContentType(drawingPart, TYPE_DRAWING);
  const drawingId = pkg.addRelationship(worksheetPart, REL_DRAWING, drawingPart);
  const xml = pkg.pendingText(worksheetPart) as string;
  const top = root(xml);
  const p = prefixOf(top);
  // The r: prefix may not be declared on a worksheet that had no relationship yet.
  const declared = /\sxmlns:r="/.test(xml.slice(top.start, top.end));
  const element = `<${p}drawing ${declared ? "" : `xmlns:r="${NS.rels}" `}r:id="${drawingId}"/>`;
  pkg.put(worksheetPart, Buffer.from(splice(xml, [{ at: insertionPoint(xml, top, "drawing", WORKSHEET_ORDER), text: element }]), "utf8"));
}
