// The register problems in English: one sentence a code, naming the place and what to do. The
// one place these words are made; a language is one more such module (issue: languages).

import { columnLetters } from "./references";
import { HEADER_SYNONYMS } from "./headers";
import type { HeaderProblem } from "./headers";
import { headerOf, REQUIRED_ROLES } from "./inputs";
import { RegisterError } from "./registerProblems";
import type { RegisterPlace, RegisterProblem } from "./registerProblems";

export function headerProblemMessage(problem: HeaderProblem): string {
  switch (problem.code) {
    case "missing":
      return `No column found for ${problem.roles.map((r) => headerOf(r)).join(", ")}. Name the headers (e.g. ${problem.roles
        .map((r) => `"${HEADER_SYNONYMS[r][0]}"`)
        .join(", ")}) or map the columns.`;
    case "ambiguous":
      return `Several columns could be ${headerOf(problem.role)}: ${problem.headers.map((h) => `"${h}"`).join(", ")}. Map the column explicitly.`;
    case "unknown_header":
      return `The column "${problem.header}" mapped to ${headerOf(problem.role)} is not in the header row.`;
  }
}

function placeText(place: RegisterPlace): string {
  if (place.table) return `Table "${place.table}" on sheet "${place.sheet}"`;
  return place.row === undefined ? `Sheet "${place.sheet}"` : `Sheet "${place.sheet}", row ${place.row}`;
}

const listed = (place: RegisterPlace) => (place.table ? `table "${place.table}" on "${place.sheet}"` : `sheet "${place.sheet}"`);

export function registerProblemMessage(problem: RegisterProblem): string {
  switch (problem.code) {
    case "header":
      return `${placeText(problem.place)}: ${headerProblemMessage(problem.problem)}`;
    case "no_table":
      return `There is no table named "${problem.table}"${problem.sheet ? ` on sheet "${problem.sheet}"` : ""}.`;
    case "no_sheet":
      return `There is no sheet named "${problem.sheet}".`;
    case "empty_sheet":
      return `The sheet "${problem.sheet}" is empty: there is no register to check.`;
    case "several_on_sheet":
      return `Sheet "${problem.sheet}" holds several registers (tables ${problem.tables.map((t) => `"${t}"`).join(", ")}): choose one by its table.`;
    case "several_registers": {
      const unread = problem.selectionUnread ? " Excel could not say which cell is selected (a chart or shape may be selected, or another window has the focus)." : "";
      return `Several registers found (${problem.registers.map(listed).join(", ")}): select a cell in the one to check, or name its sheet or table.${unread}`;
    }
    case "no_register":
      return `No register found: no table or header row names the inputs (e.g. ${REQUIRED_ROLES.map((r) => `"${headerOf(r)}"`).join(", ")}). Name the sheet or table, map the columns, or rename the headers.`;
    case "partial_columns":
      return `Sheet "${problem.sheet}" has only some of the add-in's columns (${problem.headers.map((h) => `"${h}"`).join(", ")}): delete the remaining ones and check again.`;
    case "cells_in_use": {
      const b = problem.block;
      return `Sheet "${problem.sheet}": cells ${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}, right of the register, are in use. The add-in appends its ${b.right - b.left + 1} columns there and never overwrites a cell: leave them empty, then check again.`;
    }
  }
}

/** A RegisterError for a problem, with its English sentence. */
export const registerError = (problem: RegisterProblem): RegisterError => new RegisterError(problem, registerProblemMessage(problem));
