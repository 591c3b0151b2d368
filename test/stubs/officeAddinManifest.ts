// office-addin-mock imports office-addin-manifest, whose ESM-only dependencies Jest cannot load;
// the mock needs nothing from it but the OfficeApp enum.

export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
