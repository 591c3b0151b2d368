// Deutsch: the built-in content in the terms of docs/glossary.md (aligned with the English data).

import type { Translation } from "./types";

const OEM_WITHOUT_DRAWINGS =
  "OEM braucht eingefrorene Zeichnungen, um danach zu fertigen; ohne sie kehrt jede Diskussion zu Parametern zurück, die nicht definiert sind, und das Projekt dreht sich im Kreis, statt voranzukommen.";
const ENGINEERING_NOT_NEEDED =
  "mit vollständigen, eingefrorenen Zeichnungen bekommt das Projekt Engineering-Vorschläge, die es nie gebraucht hat: Freigaberunden werden länger, Kosten steigen und der Zeitplan rutscht.";

export const DE_TEXTS: Translation = {
  rulebook: {
    stages: { "Ready for production": "Produktionsreif", "Requirements defined": "Anforderungen definiert", "Complex system": "Komplexes System", "Early-stage R&D": "Frühe Entwicklung (F&E)" },
    rows: [
      {
        why: "Vollständige, eingefrorene Zeichnungen und Spezifikationen liegen vor, der Hersteller muss nur danach fertigen: OEM.",
        notes: { ODM: `ODM passt nicht: ${ENGINEERING_NOT_NEEDED}`, JDM: `JDM passt nicht: ${ENGINEERING_NOT_NEEDED}` },
      },
      {
        why: "Die Anwendungsanforderungen sind definiert, aber es gibt noch kein Design, also entwickelt und fertigt der Hersteller danach: ODM.",
        notes: { OEM: `OEM passt nicht: ${OEM_WITHOUT_DRAWINGS}`, JDM: "JDM passt nicht: bei einem Projekt niedriger Komplexität mit definierten Anforderungen lohnt sich der Aufwand gemeinsamer Entwicklung nicht." },
      },
      {
        why: "Die Anwendungsanforderungen sind definiert, aber es gibt noch kein Design, und ein anwendungsspezifisches Produkt (Medizin, Industrie, Robotik) entwirft der Hersteller danach: ODM.",
        notes: { OEM: `OEM passt nicht: ${OEM_WITHOUT_DRAWINGS}`, JDM: "JDM ist bedingt geeignet: bei mittlerer Komplexität kann es funktionieren, aber der Aufwand ist echt; prüfen Sie, ob ODM zu viele Kompromisse verlangen würde." },
      },
      {
        why: "Ein Hochvolt-, Mehrmodul-, proprietäres oder sich noch entwickelndes System braucht beide Seiten, die das Design gemeinsam definieren, testen und verfeinern: JDM.",
        notes: { OEM: `OEM passt nicht: ${OEM_WITHOUT_DRAWINGS}`, ODM: "ODM ist bedingt geeignet: bei einem komplexen System kann ein Standard-ODM-Ansatz zu viele Kompromisse verlangen." },
      },
      {
        why: "Es gibt weder Zeichnungen noch definierte Anforderungen, also muss die Lösung von Anfang an gemeinsam definiert werden: JDM.",
        notes: { OEM: `OEM passt nicht: ${OEM_WITHOUT_DRAWINGS}`, ODM: "ODM passt nicht: ODM geht von einem definierten Anwendungsfall aus; legen Sie zuerst Spannung, Laufzeit, Einsatzumgebung und Formfaktor fest, oder entwickeln Sie gemeinsam." },
      },
    ],
  },
  matrix: {
    criteria: "Kriterium",
    sections: [
      { title: "Einstieg ins Projekt", criteria: ["Vollständige Zeichnungen vorhanden", "Nur Anwendungsanforderungen", "Gemeinsame Entwicklung in früher Phase"] },
      { title: "Verantwortung für das Engineering", criteria: ["Kunde besitzt das gesamte Design", "Hersteller führt das Design", "Gemeinsam definierte Lösung"] },
      { title: "Typische Anwendungsfälle", criteria: ["Serienfertigung eines bewährten Designs", "Medizin / Industrie / Robotik", "Hochvolt- / komplexe Systeme"] },
      { title: "Ablauf", criteria: ["Entwicklungszyklus", "Tiefe der Engineering-Zusammenarbeit", "Eigenmarke / Markenprodukt"] },
      { title: "Eigentum", criteria: ["Design-Eigentum"] },
    ],
    values: { Short: "Kurz", Medium: "Mittel", Long: "Lang", Low: "Niedrig", High: "Hoch", "Brand (customer)": "Marke (Kunde)", Manufacturer: "Hersteller", "Joint, by agreement": "Gemeinsam, nach Vereinbarung" },
  },
  nextSteps: {
    titles: { "buyer provides": "Sie liefern", rfq: "In der Anfrage (RFQ) fordern", samples: "Die Mustervereinbarung regelt", "design ownership": "Design-Eigentum: Vertrag prüfen", transport: "Transport (Lithiumbatterien)" },
    sources: {
      seed003: "Quelle: Fertigungsmodelle für Lithiumbatterien (Seed 003)",
      seed000: "Quelle: OEM vs. ODM, wem das Design gehört (Seed 000)",
      practice: "Gängige Praxis",
      un383: "Gängige Praxis: UN-Handbuch über Prüfungen und Kriterien, 38.3",
    },
    byModel: {
      OEM: [
        "Vollständige, eingefrorene Zeichnungen und Spezifikationen; ist die Spezifikation noch offen, ist OEM nicht der richtige Einstieg.",
        "Fertigung nach unseren Zeichnungen anbieten: Zellbeschaffung, Pack-Montage, BMS-Integration, Prüfung, Zertifizierung und Eigenmarke.",
        "Muster werden auf Übereinstimmung mit unseren Zeichnungen geprüft: Abnahmeprüfungen und Toleranzen vor dem ersten Muster vereinbaren.",
        "Das Design und seine Schutzrechte gehören der Marke; die Fabrik fertigt nur nach unseren Daten.",
      ],
      ODM: [
        "Der definierte Anwendungsfall: Spannung, Laufzeit, Einsatzumgebung und Formfaktor.",
        "Ein Design vorschlagen und fertigen: Zellauswahl, BMS-Design, Pack-Aufbau, Prototypenvalidierung, dann Fertigung.",
        "Prototypen validieren das Design des Lieferanten für unseren Anwendungsfall: Validierungsprüfungen vereinbaren und wer Designänderungen bezahlt.",
        "Das Design bleibt beim Hersteller; nur Marke und Name gehören der Marke.",
        "Wenn wir das Design besitzen oder die Fertigung zu einem anderen Lieferanten verlagern müssen, muss der Vertrag es übertragen.",
      ],
      JDM: [
        "Engineering-Beiträge über das ganze Projekt: ein Team, das das Design mit dem Lieferanten definiert, testet und verfeinert.",
        "Ein gemeinsamer Entwicklungsplan: Meilensteine, gemeinsame Prüfungen, wer was macht, und die folgenden Fertigungsbedingungen.",
        "Jedes Entwicklungsmuster schließt einen Meilenstein ab: vereinbaren, was gemeinsam geprüft wird und was die Entwicklung beendet.",
        "Per Vereinbarung regeln, wem das gemeinsame Design gehört, was jede Seite einbringt und wer es fertigen darf.",
      ],
    },
    transport: [
      "Luft- oder Seefracht vor der Produktionsplanung entscheiden: die Transportvorschriften für Lithiumbatterien prägen den Pack und seine Verpackung.",
      "Die UN-38.3-Prüfzusammenfassung der Zellen und des Packs anfordern.",
      "Gefahrgutverpackung und -kennzeichnung für den Weg vereinbaren: IATA-Vorschriften für Luftfracht, IMDG-Code für Seefracht.",
    ],
    heading: (model) => `Nächste Schritte für ${model}:`,
  },
};
