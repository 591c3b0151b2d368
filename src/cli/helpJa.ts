// The mfgmodel command's help texts in Japanese (help.ts has the English ones; helpIn.ts picks).
// Option names, file names and the inputs' names for --map stay as typed; the words a register
// accepts are the Japanese built-in rulebook's.

import { builtInRules } from "../core";
import { INPUTS, inputHeader, REGISTER_INPUTS } from "../workbook";
import type { HelpTexts } from "./help";

const EXIT_CODES = `終了コード（全コマンド共通）：0 問題なし（適合、条件付き、またはまだ分からない）、1 不適合または
無効な値、2 コマンドを実行できなかった（使い方の誤り、または読み書きできないファイル）。`;

const LANG = `  --lang de|zh|ja|en   書き込む言葉の言語（見出し、マトリックス、次のステップ、ルールの理由、
                      ポートフォリオ）。既定：LC_ALL、LC_MESSAGES、LANG から、なければ英語`;

const REPLACE = `  --replace           既存の出力ファイルを上書きする（入力ファイルや、入力へのリンク経由では決して
                      上書きしない）。指定しないと既存の出力は拒否される`;

export function helpJa(): HelpTexts {
  const rules = builtInRules("ja");
  const headers = REGISTER_INPUTS.map((r) => `「${inputHeader(r, "ja")}」`).join("、");
  return {
    main: `mfgmodel：どの製造モデル（OEM、ODM、JDM）がプロジェクトに合うかを Excel の外で判定します

使い方：
  mfgmodel template <out.xlsx> [--lang L]      新しいブック：マトリックス、ルール、空の台帳
  mfgmodel audit <in.xlsx…> [オプション]       台帳の計算列を追加または更新し、レポートする
  mfgmodel classify --drawings <値> --requirements <値> --complexity <値> [--chosen <モデル>]
  mfgmodel rollup <in.xlsx|フォルダー…> -o portfolio.xlsx  すべての台帳を 1 つのポートフォリオに
  mfgmodel rules export [--from in.xlsx] -o rules.xlsx|.json  ルールブックを渡せるファイルに
  mfgmodel --version

コマンドのオプションは "mfgmodel <コマンド> --help" で表示されます。
${EXIT_CODES}`,
    template: `mfgmodel template <out.xlsx> [--lang de|zh|ja|en] [--replace]

アドインが Excel で書き込むのと同じ内容の新しいブックを書き出します：「MFG Matrix」シート、
「MFG Next Steps」シート（モデルごとにサプライヤーへ送るもの）、数式が読む「MFG Rules」シート、
そしてドロップダウン、ネイティブ数式、赤と黄の条件付き書式を備えた「MFG Register」テーブル。
選んだ言語で書かれ、ルールシートに記録されるので、別の言語の同僚も同じ判定、色、件数を得ます。
足りないフォルダーは作成します。既存のファイルは --replace がない限りそのまま残ります。

オプション：
${LANG}
${REPLACE}
${EXIT_CODES}`,
    audit: `mfgmodel audit <in.xlsx…> [-o out.xlsx | --out-dir フォルダー] [--sheet 名前] [--table 名前] [--map "A=B"…] [--rules ファイル | --restore-rules] [--lang L] [--replace] [--json]

各ブックの台帳（MfgRegister テーブル、--table で指定したテーブル、または見出し行に入力を持つ
シート：${headers}、または 4 つの言語でのその同義語）を見つけ、計算列、書式、ルールを追加または
更新して、新しいファイルを書き出します（既定：隣に <in>.audited.xlsx。入力は決して上書きされず、
以前の出力は --replace のときだけ上書きされます）。変わるのは台帳のシート、そのテーブル、ルール
シートだけで、グラフ、ピボット、マクロ、メモ、ほかのすべてのシートはバイト単位でそのまま
コピーされます。各台帳はそのブック自身のルールブック（ルールシートの判定表。チームが編集でき、
上書きされません）で、ない場合は組み込みルールで判定されます。ファイルごとに要約を、--json の
ときは JSON を出力します。

オプション：
  -o, --output ファイル  監査したブックの書き出し先（入力が 1 つのときのみ）
  --out-dir フォルダー   <名前>.audited.xlsx ファイルをそのフォルダーに書き出す
  --sheet 名前        台帳のあるシート
  --table 名前        台帳のあるテーブル
  --map "A=B"         入力 A を見出し B の列から読む。例：--map "Drawings complete=仕様凍結"。
                      A は ${INPUTS.map((i) => `"${i.header}"`).join("、")} のいずれか。複数指定可
  --rules ファイル    各ブック自身のルールブックの代わりに別のルールブックで判定し、ブックに書き込む：
                      ルールブックを持つブック（.xlsx）またはルールブックファイル（.json、rules
                      export で作成）。要約に置き換えたルールが示される
  --restore-rules     ブック自身のルールの代わりに組み込みルール（ブック自身のルールの言語）で判定し、
                      ブックに書き込む
  --lang de|zh|ja|en  ルールのないブックが受け取る組み込みルールの言語（理由、追加される見出し）。
                      既定：LC_ALL、LC_MESSAGES、LANG から、なければ英語
${REPLACE}
  --json              結果を JSON で出力する：ファイルごとに 1 つのオブジェクトの配列
                      （docs/command-line.md 参照）
${EXIT_CODES}`,
    rollup: `mfgmodel rollup <in.xlsx|フォルダー…> -o portfolio.xlsx [--exclude GLOB…] [--map "A=B"…] [--expect-rules ファイル] [--jobs N] [--lang L] [--replace] [--json|--jsonl]

各ブックの台帳を読み（audit と同じ方法で見つけ、何も書き戻しません）、新しいポートフォリオの
ブックを書き出します：「Portfolio」は台帳ごとに 1 行（ファイル、シート、チームという見出しの列が
あればチーム、適合、条件付き、不適合、まだ分からない、無効な入力の件数、判定に使ったルール：
そのブック自身のもの）、「Problem rows」は問題のある行ごとにファイル、シート、行、プロジェクト、
サプライヤー、理由、「By stage」は段階と使用モデルごとのプロジェクト数とネイティブの縦棒グラフ。
読めないファイルはその理由とともに一覧にされ、処理は続きます（ポートフォリオを書き出した後、
終了コード 2）。フォルダーはサブフォルダーを含めて名前順にブック（.xlsx、.xlsm）を探し、ほかの
ファイルは数えたうえで飛ばします。

オプション：
  -o, --output ファイル  書き出すポートフォリオのブック（.xlsx。入力のいずれかであってはならない）
  --exclude GLOB      フォルダー内で GLOB に一致するブックやサブフォルダーを除く（"*draft*"、
                      "archive/**"。* は名前の中、** はフォルダーをまたぐ）。複数指定可
  --map "A=B"         各ファイルで入力 A を見出し B の列から読む（audit と同じ）
  --expect-rules ファイル  すべての台帳が従うべきルールブック（それを持つブック）。別のルールで
                      判定された台帳には印が付く（終了コード 1）
  --jobs N            N 個のファイルを同時に、それぞれワーカースレッドで読む（既定：コアごとに 1 つ）。
                      N がいくつでもポートフォリオは同じ
${LANG}
${REPLACE}
  --json              台帳を JSON で出力する：{"output", "registers": [ファイルごとのオブジェクト],
                      "excluded", "skipped"}
  --jsonl             台帳を読むたびに 1 行ずつ出力する（JSON Lines）
${EXIT_CODES}`,
    rules: `mfgmodel rules export [--from ブック.xlsx] -o rules.xlsx|rules.json [--lang L] [--replace]

ルールブックを渡せるファイルとして書き出します：組み込みルール（--lang の言語）、または --from で台帳のブックが
持つルールブック（「MFG Rules」シートの判定表をチームが編集したもの。先に検査し、問題のある
ルールブックはセルを示して拒否します）。.xlsx はルールシートだけを持ち、人が読むためのもの。
.json はルールブックのデータ（名前、バージョン、モデル、レベル、行、表記）を持ち、スクリプトと
作業ウィンドウの「ファイルのルールを使用」のためのもの。どちらも "mfgmodel audit --rules" で
読めます。

オプション：
  --from ファイル     ルールブックを書き出すブック（既定：組み込みルール）
  -o, --output ファイル  書き出すファイル：.xlsx または .json
  --lang de|zh|ja|en  書き出す組み込みルール（--from なしのとき）と表示の言語。既定：LC_ALL、
                      LC_MESSAGES、LANG から、なければ英語
${REPLACE}
${EXIT_CODES}`,
    classify: `mfgmodel classify --drawings <値> --requirements <値> --complexity <値> [--chosen <モデル>] [--lang L] [--json]

  --drawings       完成し凍結された図面がある：${rules.vocabulary.boolean.display}
  --requirements   アプリケーションの要件が定義されている：${rules.vocabulary.boolean.display}
  --complexity     ${rules.vocabulary.complexity.display}
  --chosen         サプライヤーとの取引で使うモデル：${rules.vocabulary.model.display}
  --json           結果を JSON で出力する（--lang がなければ英語：スクリプトが読むため）
  --lang de|zh|ja|en  答えの言語と、優先して受け付ける言葉。既定：LC_ALL、LC_MESSAGES、LANG から、
                   なければ英語
省いた、空の、または ${rules.notKnown.slice(0, 2).join("、")}… と書いた事実は、まだ分からないものとして扱います。
ほかの言語の言葉も受け付けます。
${EXIT_CODES}`,
  };
}
