// What can stop an operation in Excel (workbookProblemCodes.ts), in Japanese: the pane in that
// language loads it with its words (src/taskpane/words/packJa.ts).

import { hints } from "./workbookSentences";
import type { WorkbookSentences } from "./workbookSentences";

export const JA_WORKBOOK: WorkbookSentences = {
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
};
