// The sentences of what can stop an operation in Excel (workbookProblems.ts) in German, Chinese
// and Japanese, for the pane in those languages; the English ones are workbookProblems.ts's.

import type { Language } from "../core";
import { rulebookProblemIn } from "../workbook";
import type { Operation, WorkbookProblem } from "./workbookProblemCodes";

interface ProblemSentences {
  readonly operation: Readonly<Record<Operation, string>>;
  readonly hints: Readonly<Record<string, string>>;
  readonly refused: string;
  message(problem: Exclude<WorkbookProblem, { code: "excel_refused" }>, rulebook: string, more: number): string;
}

const HINT_CODES = ["InvalidOperationInCellEditMode", "ItemNotFound", "AccessDenied", "GeneralException"] as const;
const hints = (texts: readonly [string, string, string, string]) => Object.fromEntries(HINT_CODES.map((c, i) => [c, texts[i] as string]));

const SENTENCES: Readonly<Record<Exclude<Language, "en">, ProblemSentences>> = {
  de: {
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
  },
  zh: {
    operation: { setup: "设置台账", add: "向台账添加行", check: "检查台账", matrix: "生成对比矩阵", portfolio: "生成组合汇总" },
    hints: hints([
      "Excel 正在编辑单元格：请按 Enter 或 Esc，然后重试。",
      "工作簿中缺少加载项需要的内容：请重新生成矩阵，然后重试。",
      "工作簿或工作表受保护：请取消保护，然后重试。",
      "Excel 无法完成请求：请保存工作簿后重试。",
    ]),
    refused: "Excel 拒绝了请求；请重试，或重新加载加载项。",
    message(p, rulebook, more) {
      switch (p.code) {
        case "api_unsupported":
          return `${this.operation[p.operation]}需要 Excel JavaScript API ${p.version}（Microsoft 365、Excel 2021 或更高版本，或网页版 Excel）；此 Excel 不支持。请更新 Excel，或在网页版 Excel 中打开工作簿。`;
        case "register_sheet_taken":
          return `工作表“${p.sheet}”已有数据，但没有 ${p.table} 表。请重命名该工作表（其内容不会被更改），然后重新设置台账。`;
        case "no_register_table":
          return `此工作簿还没有 ${p.table} 表：请先设置台账。`;
        case "cells_below_register":
          return `台账下方的单元格（第 ${p.first} 行至第 ${p.last} 行）已被占用。请移走它们，或让表下方的行保持为空，然后重新添加这些行；未做任何更改。`;
        case "no_registers":
          return "此工作簿中没有台账：请向台账添加项目，或为某个表设置输入标题（图纸完成、需求已定义、复杂度、所选模式）。";
        case "setting_not_saved":
          return `无法在工作簿中保存该设置（${p.detail}）。`;
        case "rulebook":
          return `无法使用此工作簿的规则（MFG Rules 工作表上的决策表），因此未做任何更改：${rulebook}${more > 0 ? `（另有 ${more} 项）` : ""} 请更正这些单元格，或恢复内置规则。`;
      }
    },
  },
  ja: {
    operation: { setup: "台帳の設定", add: "台帳への行の追加", check: "台帳のチェック", matrix: "比較マトリックスの作成", portfolio: "ポートフォリオの作成" },
    hints: hints([
      "Excel がセルを編集中です。Enter キーか Esc キーを押してから、もう一度お試しください。",
      "アドインに必要なものがブックにありません。マトリックスを作り直してから、もう一度お試しください。",
      "ブックまたはシートが保護されています。保護を解除してから、もう一度お試しください。",
      "Excel が要求を完了できませんでした。ブックを保存してから、もう一度お試しください。",
    ]),
    refused: "Excel が要求を拒否しました。もう一度試すか、アドインを再読み込みしてください。",
    message(p, rulebook, more) {
      switch (p.code) {
        case "api_unsupported":
          return `${this.operation[p.operation]}には Excel JavaScript API ${p.version}（Microsoft 365、Excel 2021 以降、または Web 版 Excel）が必要ですが、この Excel は対応していません。Excel を更新するか、Web 版 Excel でブックを開いてください。`;
        case "register_sheet_taken":
          return `シート「${p.sheet}」にはデータがありますが、${p.table} テーブルがありません。そのシートの名前を変更してから（内容は変更されません）、台帳をもう一度設定してください。`;
        case "no_register_table":
          return `このブックにはまだ ${p.table} テーブルがありません。先に台帳を設定してください。`;
        case "cells_below_register":
          return `台帳の下のセル（${p.first} 行目から ${p.last} 行目）が使われています。移動するか、テーブルの下の行を空けてから、もう一度行を追加してください。何も変更していません。`;
        case "no_registers":
          return "このブックには台帳がありません。台帳にプロジェクトを追加するか、テーブルに入力の見出し（図面完成、要件定義済み、複雑さ、選択モデル）を付けてください。";
        case "setting_not_saved":
          return `設定をブックに保存できませんでした（${p.detail}）。`;
        case "rulebook":
          return `このブックのルール（MFG Rules シートの判定表）が使えないため、何も変更していません：${rulebook}${more > 0 ? `（ほか ${more} 件）` : ""} これらのセルを修正するか、組み込みルールに戻してください。`;
      }
    },
  },
};

/** A workbook problem's sentence in a language other than English. */
export function workbookProblemIn(problem: WorkbookProblem, language: Exclude<Language, "en">): string {
  const s = SENTENCES[language];
  if (problem.code === "excel_refused") return `${s.hints[problem.excelCode ?? ""] ?? s.refused} (${problem.detail})`;
  const rulebook = problem.code === "rulebook" ? problem.problems.slice(0, 5).map((p) => rulebookProblemIn(p, language)).join(" ") : "";
  return s.message(problem, rulebook, problem.code === "rulebook" ? Math.max(0, problem.problems.length - 5) : 0);
}
