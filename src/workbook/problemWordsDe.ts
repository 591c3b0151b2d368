// Die Probleme eines Registers und eines Regelwerks auf Deutsch (wie registerWords.ts und rulebookWords.ts).

import { columnLetters } from "./references";
import { REQUIRED_ROLES } from "./inputs";
import { inputHeader } from "./sheetWords";
import type { RegisterPlace } from "./registerProblems";
import type { ProblemWords } from "./problemWordsType";

const h = (role: Parameters<typeof inputHeader>[0]) => inputHeader(role, "de");
const q = (v: string) => `„${v}“`;
const listed = (values: readonly string[]) => values.map(q).join(", ");
const place = (p: RegisterPlace) => (p.table ? `Tabelle ${q(p.table)} auf Blatt ${q(p.sheet)}` : p.row === undefined ? `Blatt ${q(p.sheet)}` : `Blatt ${q(p.sheet)}, Zeile ${p.row}`);
const where = (p: RegisterPlace) => (p.table ? `Tabelle ${q(p.table)} auf ${q(p.sheet)}` : `Blatt ${q(p.sheet)}`);
const bool = (b: boolean) => (b ? "WAHR" : "FALSCH");
const facts = (f: { drawingsComplete: boolean; hasRequirements: boolean; complexity: string }) =>
  `Zeichnungen fertig ${bool(f.drawingsComplete)}, Anforderungen definiert ${bool(f.hasRequirements)}, Komplexität ${f.complexity}`;

export const DE_PROBLEMS: ProblemWords = {
  header(problem) {
    switch (problem.code) {
      case "missing":
        return `Keine Spalte für ${problem.roles.map(h).join(", ")} gefunden. Benennen Sie die Überschriften (z. B. ${problem.roles.map((r) => q(h(r))).join(", ")}) oder ordnen Sie die Spalten zu.`;
      case "ambiguous":
        return `Mehrere Spalten könnten ${h(problem.role)} sein: ${listed(problem.headers)}. Ordnen Sie die Spalte ausdrücklich zu.`;
      case "unknown_header":
        return `Die Spalte ${q(problem.header)}, die ${h(problem.role)} zugeordnet ist, steht nicht in der Überschriftenzeile.`;
    }
  },
  register(problem) {
    switch (problem.code) {
      case "header":
        return `${place(problem.place)}: ${DE_PROBLEMS.header(problem.problem)}`;
      case "no_table":
        return `Es gibt keine Tabelle namens ${q(problem.table)}${problem.sheet ? ` auf Blatt ${q(problem.sheet)}` : ""}.`;
      case "no_sheet":
        return `Es gibt kein Blatt namens ${q(problem.sheet)}.`;
      case "empty_sheet":
        return `Das Blatt ${q(problem.sheet)} ist leer: es gibt kein Register zu prüfen.`;
      case "several_on_sheet":
        return `Blatt ${q(problem.sheet)} enthält mehrere Register (Tabellen ${listed(problem.tables)}): wählen Sie eines über seine Tabelle.`;
      case "several_registers": {
        const unread = problem.selectionUnread ? " Excel konnte nicht sagen, welche Zelle markiert ist (vielleicht ist ein Diagramm oder eine Form markiert oder ein anderes Fenster aktiv)." : "";
        return `Mehrere Register gefunden (${problem.registers.map(where).join(", ")}): markieren Sie eine Zelle in dem zu prüfenden oder nennen Sie sein Blatt oder seine Tabelle.${unread}`;
      }
      case "no_register":
        return `Kein Register gefunden: keine Tabelle und keine Überschriftenzeile nennt die Eingaben (z. B. ${REQUIRED_ROLES.map((r) => q(h(r))).join(", ")}). Nennen Sie das Blatt oder die Tabelle, ordnen Sie die Spalten zu oder benennen Sie die Überschriften um.`;
      case "partial_columns":
        return `Blatt ${q(problem.sheet)} hat nur einige der Spalten des Add-ins (${listed(problem.headers)}): löschen Sie die übrigen und prüfen Sie erneut.`;
      case "cells_in_use": {
        const b = problem.block;
        return `Blatt ${q(problem.sheet)}: die Zellen ${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom} rechts vom Register sind belegt. Das Add-in fügt dort seine ${b.right - b.left + 1} Spalten an und überschreibt nie eine Zelle: lassen Sie sie leer und prüfen Sie erneut.`;
      }
    }
  },
  rulebookIssue(issue) {
    switch (issue.code) {
      case "missing_column":
        return `der Entscheidungstabelle fehlt die Spalte ${q(issue.header)}; fügen Sie sie wieder ein (das eingebaute Regelwerk zeigt jede Spalte).`;
      case "no_rows":
        return "die Entscheidungstabelle hat keine Zeilen; ein Regelwerk braucht eine Zeile für jedes Projekt, das es beurteilt.";
      case "bad_condition":
        return `${issue.header} ist ${q(issue.value)}; verwenden Sie ${listed(issue.accepted)}.`;
      case "bad_meaning":
        return `${q(issue.value)} ist nichts, was eine Schreibweise bedeuten kann; verwenden Sie ${listed(issue.accepted)}.`;
      case "empty_spelling":
        return "die Schreibweise ist leer; tragen Sie das Wort ein, das Analysten schreiben, oder löschen Sie die Zeile.";
      case "bad_fit":
        return `die Passung von ${issue.model} ist ${q(issue.value)}; verwenden Sie ${listed(issue.accepted)}.`;
      case "empty_text":
        return issue.field === "name" ? "das Regelwerk hat keinen Namen; geben Sie ihm einen (z. B. den Ihres Teams)." : `${issue.field === "stage" ? "die Phase" : "die Begründung"} ist leer; jede Zeile braucht eine.`;
      case "unknown_language":
        return `für die Sprache ${q(issue.language)} hat das Add-in keine Wörter; verwenden Sie ${listed(issue.accepted)}.`;
      case "no_values":
        return `das Regelwerk hat keine ${issue.list === "models" ? "Modelle" : "Komplexitätsstufen"}.`;
      case "duplicate_value":
        return `${q(issue.value)} steht zweimal unter den ${issue.list === "models" ? "Modellen" : "Komplexitätsstufen"}.`;
      case "too_many_values":
        return `das Regelwerk hat mehr als ${issue.maximum} Komplexitätsstufen.`;
      case "reserved_name":
        return `${q(issue.value)} kann keines der ${issue.list === "models" ? "Modelle" : "Komplexitätsstufen"} benennen: es ist leer, „_“ oder enthält | ? * ~, die die Formeln des Registers besonders lesen.`;
      case "unknown_complexity":
        return `die Komplexität ${q(issue.value)} ist keine Stufe dieses Regelwerks.`;
      case "unknown_model":
        return `${q(issue.model)} ist kein Modell dieses Regelwerks (jedes Modell hat eine Spalte ${q(`${issue.model} fit`)}).`;
      case "invalid_fit":
        return `die Passung von ${issue.model} fehlt oder ist keine Passung.`;
      case "recommended_not_primary":
        return "die Passung des empfohlenen Modells muss die erste Wahl seiner Zeile sein.";
      case "missing_note":
        return `${issue.model} ist in dieser Zeile nicht erste Wahl, also muss seine Notiz sagen, warum.`;
      case "unexpected_note":
        return `${issue.model} ist in dieser Zeile erste Wahl; lassen Sie seine Notiz leer.`;
      case "uncovered":
        return `keine Zeile entscheidet ein Projekt mit ${facts(issue.facts)}; fügen Sie eine hinzu (eine gelöschte Zeile?).`;
      case "overlapping_rows":
        return `die Zeilen ${issue.rows.join(" und ")} der Entscheidungstabelle entscheiden beide ein Projekt mit ${facts(issue.facts)}; behalten Sie eine (eine doppelte Zeile?).`;
      case "missing_spelling":
        return `für ${q(issue.value)} gibt es keine zulässige Schreibweise.`;
      case "unknown_spelling_value":
        return `eine Schreibweise ist für ${q(issue.value)} angegeben, das in diesem Regelwerk nicht vorkommt.`;
      case "ambiguous_spelling":
        return `die Schreibweise ${q(issue.spelling)} bedeutet zwei verschiedene Dinge.`;
      case "reserved_spelling":
        return `die Schreibweise ${q(issue.spelling)} enthält ? * oder ~, die die Formeln des Registers als Platzhalter lesen.`;
    }
  },
};
