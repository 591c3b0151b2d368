// The mfgmodel command's help texts in German (help.ts has the English ones; helpIn.ts picks).
// Option names, file names and the inputs' names for --map stay as typed; the words a register
// accepts are the German built-in rulebook's.

import { builtInRules } from "../core";
import { INPUTS, inputHeader, REGISTER_INPUTS } from "../workbook";
import type { HelpTexts } from "./help";

const EXIT_CODES = `Exit-Codes (alle Befehle): 0 nichts falsch (passt, bedingt oder noch nicht bekannt), 1 passt
nicht oder ein ungültiger Wert, 2 der Befehl konnte nicht laufen (Aufruf oder eine Datei, die er
nicht lesen oder schreiben kann).`;

const LANG = `  --lang de|zh|ja|en   die Sprache der Wörter, die er schreibt (Überschriften, Matrix, nächste
                      Schritte, Begründungen der Regeln, Portfolio); Standard: aus LC_ALL,
                      LC_MESSAGES oder LANG, sonst Englisch`;

const REPLACE = `  --replace           eine vorhandene Ausgabedatei überschreiben (nie eine Eingabe, auch nicht über
                      eine Verknüpfung darauf); ohne diese Option wird eine vorhandene Ausgabe abgelehnt`;

export function helpDe(): HelpTexts {
  const rules = builtInRules("de");
  const headers = REGISTER_INPUTS.map((r) => `"${inputHeader(r, "de")}"`).join(", ");
  return {
    main: `mfgmodel: welches Fertigungsmodell (OEM, ODM, JDM) zu einem Projekt passt, außerhalb von Excel

Aufruf:
  mfgmodel template <out.xlsx> [--lang L]      eine neue Arbeitsmappe: Matrix, Regeln und ein leeres Register
  mfgmodel audit <in.xlsx…> [Optionen]         die berechneten Spalten eines Registers ergänzen und prüfen
  mfgmodel classify --drawings <w> --requirements <w> --complexity <w> [--chosen <Modell>]
  mfgmodel rollup <in.xlsx|Ordner…> -o portfolio.xlsx  alle Register in einer Portfolio-Arbeitsmappe
  mfgmodel rules export [--from in.xlsx] -o rules.xlsx|.json  ein Regelwerk als Datei zum Weitergeben
  mfgmodel --version

"mfgmodel <Befehl> --help" zeigt die Optionen eines Befehls.
${EXIT_CODES}`,
    template: `mfgmodel template <out.xlsx> [--lang de|zh|ja|en] [--replace]

Schreibt eine neue Arbeitsmappe mit demselben Inhalt, den das Add-in in Excel schreibt: das Blatt
"MFG Matrix", das Blatt "MFG Next Steps" (was Lieferanten je Modell erhalten), das Blatt
"MFG Rules", das die Formeln lesen, und die Tabelle "MFG Register" mit Auswahllisten, nativen
Formeln und roten/gelben bedingten Formaten, in der gewählten Sprache: das Regelblatt hält sie
fest, sodass Kollegen in einer anderen Sprache dieselben Urteile, Farben und Zählungen erhalten.
Legt fehlende Ordner an; eine vorhandene Datei bleibt erhalten, außer mit --replace.

Optionen:
${LANG}
${REPLACE}
${EXIT_CODES}`,
    audit: `mfgmodel audit <in.xlsx…> [-o out.xlsx | --out-dir ORDNER] [--sheet NAME] [--table NAME] [--map "A=B"…] [--rules DATEI | --restore-rules] [--lang L] [--replace] [--json]

Findet das Register in jeder Arbeitsmappe (die Tabelle MfgRegister, eine mit --table genannte
Tabelle oder das Blatt, dessen Kopfzeile die Eingaben nennt: ${headers} oder
ihre Synonyme in einer der vier Sprachen), ergänzt oder erneuert seine berechneten Spalten,
Formate und Regeln und schreibt eine neue Datei (Standard: <in>.audited.xlsx daneben; die Eingabe
wird nie überschrieben, eine frühere Ausgabe nur mit --replace). Nur das Blatt des Registers,
seine Tabelle und das Regelblatt ändern sich: Diagramme, Pivot-Tabellen, Makros, Notizen und alle
anderen Blätter werden Byte für Byte kopiert. Jedes Register wird nach dem Regelwerk seiner
Arbeitsmappe beurteilt (die Entscheidungstabelle auf ihrem Regelblatt, die ein Team bearbeiten
darf; nie überschrieben), oder nach den eingebauten Regeln, wenn sie keines hat. Gibt je Datei
eine Zusammenfassung aus, oder JSON mit --json.

Optionen:
  -o, --output DATEI  wohin die geprüfte Arbeitsmappe geschrieben wird (nur bei einer Eingabe)
  --out-dir ORDNER    <Name>.audited.xlsx-Dateien in ORDNER schreiben
  --sheet NAME        das Blatt mit dem Register
  --table NAME        die Tabelle mit dem Register
  --map "A=B"         Eingabe A aus Ihrer Spalte mit der Überschrift B lesen, z. B.
                      --map "Drawings complete=Spezifikation eingefroren"; A ist eine von
                      ${INPUTS.map((i) => `"${i.header}"`).join(", ")}; für mehr wiederholen
  --rules DATEI       nach einem anderen Regelwerk statt dem eigenen jeder Arbeitsmappe beurteilen und
                      es dort schreiben: eine Arbeitsmappe, die eines enthält (.xlsx), oder eine
                      Regelwerk-Datei (.json, aus rules export); die Zusammenfassung nennt, welche
                      Regeln ersetzt wurden
  --restore-rules     nach den eingebauten Regeln (in der Sprache der eigenen Regeln der Arbeitsmappe)
                      statt den eigenen beurteilen und sie dort schreiben
  --lang de|zh|ja|en  die Sprache der eingebauten Regeln, die eine Arbeitsmappe ohne Regeln erhält
                      (Begründungen, hinzugefügte Überschriften); Standard: aus LC_ALL, LC_MESSAGES
                      oder LANG, sonst Englisch
${REPLACE}
  --json              die Ergebnisse als JSON ausgeben: ein Array, ein Objekt je Datei (siehe
                      docs/command-line.md)
${EXIT_CODES}`,
    rollup: `mfgmodel rollup <in.xlsx|Ordner…> -o portfolio.xlsx [--exclude GLOB…] [--map "A=B"…] [--expect-rules DATEI] [--jobs N] [--lang L] [--replace] [--json|--jsonl]

Liest das Register in jeder Arbeitsmappe (gefunden wie bei audit; nichts wird zurückgeschrieben)
und schreibt eine neue Portfolio-Arbeitsmappe: "Portfolio", eine Zeile je Register (Datei, Blatt,
Team, wenn eine Spalte Team heißt, Anzahl passt, bedingt, passt nicht, noch nicht bekannt und
ungültige Eingabe, und die Regeln, nach denen es beurteilt wurde: die seiner Arbeitsmappe);
"Problem rows", jede Problemzeile mit Datei, Blatt, Zeile, Projekt, Lieferant und Grund;
"By stage", Projekte nach Phase und verwendetem Modell, mit einem nativen Säulendiagramm. Eine
Datei, die nicht gelesen werden kann, wird mit ihrem Satz aufgeführt, und der Lauf geht weiter
(Exit-Code 2, sobald das Portfolio geschrieben ist). Ein Ordner wird nach seinen Arbeitsmappen
(.xlsx, .xlsm) durchsucht, Unterordner eingeschlossen, nach Namen geordnet; andere Dateien dort
werden übersprungen und gezählt.

Optionen:
  -o, --output DATEI  die zu schreibende Portfolio-Arbeitsmappe (.xlsx; nie eine der Eingaben)
  --exclude GLOB      Arbeitsmappen oder Unterordner eines Ordners auslassen, die auf GLOB passen
                      ("*draft*", "archive/**"; * innerhalb eines Namens, ** über Ordner hinweg);
                      für mehr wiederholen
  --map "A=B"         Eingabe A in jeder Datei aus Spalten mit der Überschrift B lesen (wie bei audit)
  --expect-rules DATEI das Regelwerk, nach dem jedes Register beurteilt sein sollte (eine Arbeitsmappe,
                      die es enthält): ein nach anderen Regeln beurteiltes Register wird markiert
                      (Exit-Code 1)
  --jobs N            N Dateien gleichzeitig lesen, jede in einem Worker-Thread (Standard: jeder
                      Kern); das Portfolio ist dasselbe, welches N auch gewählt wird
${LANG}
${REPLACE}
  --json              die Register als JSON ausgeben: {"output", "registers": [ein Objekt je Datei],
                      "excluded", "skipped"}
  --jsonl             ein Register je Zeile ausgeben (JSON Lines), sobald es gelesen ist
${EXIT_CODES}`,
    rules: `mfgmodel rules export [--from arbeitsmappe.xlsx] -o rules.xlsx|rules.json [--lang L] [--replace]

Schreibt ein Regelwerk als Datei zum Weitergeben: die eingebauten Regeln (in der Sprache von
--lang) oder mit --from das Regelwerk, das eine Register-Arbeitsmappe enthält (die
Entscheidungstabelle ihres Blatts "MFG Rules", wie ihr Team sie bearbeitet hat; zuerst geprüft:
ein Regelwerk mit Problemen wird abgelehnt, jede Zelle genannt). Eine .xlsx enthält nur das Regelblatt, zum Lesen für Menschen;
eine .json enthält die Daten des Regelwerks (Name, Version, Modelle, Stufen, Zeilen,
Schreibweisen) für Skripte und "Regeln aus einer Datei verwenden" im Aufgabenbereich. Beide liest
"mfgmodel audit --rules".

Optionen:
  --from DATEI        die Arbeitsmappe, deren Regelwerk exportiert wird (Standard: die eingebauten
                      Regeln)
  -o, --output DATEI  die zu schreibende Datei: .xlsx oder .json
  --lang de|zh|ja|en  die Sprache der eingebauten Regeln, die er schreibt (ohne --from), und dessen,
                      was er sagt; Standard: aus LC_ALL, LC_MESSAGES oder LANG, sonst Englisch
${REPLACE}
${EXIT_CODES}`,
    classify: `mfgmodel classify --drawings <w> --requirements <w> --complexity <w> [--chosen <Modell>] [--lang L] [--json]

  --drawings       vollständige, eingefrorene Zeichnungen liegen vor: ${rules.vocabulary.boolean.display}
  --requirements   die Anwendungsanforderungen sind festgelegt: ${rules.vocabulary.boolean.display}
  --complexity     ${rules.vocabulary.complexity.display}
  --chosen         das Modell, das die Lieferantenbeziehung verwendet: ${rules.vocabulary.model.display}
  --json           das Ergebnis als JSON ausgeben (auf Englisch, außer --lang ist angegeben: Skripte
                   lesen es)
  --lang de|zh|ja|en  die Sprache der Antwort und der zuerst angenommenen Wörter; Standard: aus
                   LC_ALL, LC_MESSAGES oder LANG, sonst Englisch
Ein weggelassener oder leerer Fakt, oder einer, der ${rules.notKnown.slice(0, 2).join(", ")}… lautet, ist noch nicht bekannt.
Auch die Wörter der anderen Sprachen werden angenommen.
${EXIT_CODES}`,
  };
}
