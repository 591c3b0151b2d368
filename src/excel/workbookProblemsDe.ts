// What can stop an operation in Excel (workbookProblemCodes.ts), in German: the pane in that
// language loads it with its words (src/taskpane/words/packDe.ts).

import { hints } from "./workbookSentences";
import type { WorkbookSentences } from "./workbookSentences";

export const DE_WORKBOOK: WorkbookSentences = {
  operation: { setup: "Das Einrichten des Registers", add: "Das Hinzufügen von Zeilen zum Register", check: "Das Prüfen des Registers", matrix: "Das Erstellen der Vergleichsmatrix", portfolio: "Das Erstellen des Portfolios" },
  hints: hints([
    "Excel bearbeitet gerade eine Zelle: drücken Sie die Eingabetaste oder Esc und versuchen Sie es erneut.",
    "Etwas, das das Add-in braucht, fehlt in der Arbeitsmappe: erstellen Sie die Matrix neu und versuchen Sie es erneut.",
    "Die Arbeitsmappe oder das Blatt ist geschützt: heben Sie den Schutz auf und versuchen Sie es erneut.",
    "Excel konnte die Anfrage nicht abschließen: speichern Sie die Arbeitsmappe und versuchen Sie es erneut.",
  ]),
  refused: "Excel hat die Anfrage abgelehnt; versuchen Sie es erneut oder laden Sie das Add-in neu.",
  message(p, rulebook, more) {
    switch (p.code) {
      case "api_unsupported":
        return `${this.operation[p.operation]} braucht die Excel JavaScript API ${p.version} (Microsoft 365, Excel 2021 oder neuer, oder Excel im Web); dieses Excel unterstützt sie nicht. Aktualisieren Sie Excel oder öffnen Sie die Arbeitsmappe in Excel im Web.`;
      case "register_sheet_taken":
        return `Das Blatt „${p.sheet}“ enthält bereits Daten, aber keine Tabelle ${p.table}. Benennen Sie das Blatt um (nichts darauf wird geändert) und richten Sie das Register erneut ein.`;
      case "no_register_table":
        return `Diese Arbeitsmappe hat noch keine Tabelle ${p.table}: richten Sie zuerst das Register ein.`;
      case "cells_below_register":
        return `Zellen unter dem Register (Zeile ${p.first} bis ${p.last}) sind belegt. Verschieben Sie sie oder lassen Sie die Zeilen unter der Tabelle leer, und fügen Sie die Zeilen erneut hinzu; nichts wurde geändert.`;
      case "no_registers":
        return "In dieser Arbeitsmappe gibt es kein Register: fügen Sie Projekte zum Register hinzu oder geben Sie einer Tabelle die Eingabe-Überschriften (Zeichnungen fertig, Anforderungen definiert, Komplexität, Gewähltes Modell).";
      case "setting_not_saved":
        return `Die Einstellung konnte nicht in der Arbeitsmappe gespeichert werden (${p.detail}).`;
      case "rulebook":
        return `Die Regeln dieser Arbeitsmappe (die Entscheidungstabelle auf dem Blatt MFG Rules) können nicht verwendet werden, daher wurde nichts geändert: ${rulebook}${more > 0 ? ` (und ${more} weitere)` : ""} Korrigieren Sie diese Zellen oder stellen Sie die eingebauten Regeln wieder her.`;
    }
  },
};
