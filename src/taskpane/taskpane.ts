// Placeholder pane: tells the analyst whether the add-in is running inside Excel.

function showStatus(text: string): void {
  const status = document.getElementById("status");
  if (status !== null) status.textContent = text;
}

Office.onReady((info) => {
  showStatus(
    info.host === Office.HostType.Excel
      ? "Ready. The PROCURE functions are available in this workbook."
      : "This page works inside Excel: open it from the Home tab's Manufacturing model button.",
  );
});
