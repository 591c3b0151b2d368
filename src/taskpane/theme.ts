// The pane's colours follow one source at a time: Office's theme when Excel gives one (it decides
// light or dark, and its body colours are used as they are), else the system's dark-mode setting.
// Mixing the two gave light grey help text on Office's white theme under a dark system.

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
}

/** Whether a #rgb or #rrggbb colour is dark (relative luminance under 0.5, WCAG's formula). */
function isDark(hex: string): boolean {
  const digits = hex.replace(/^#/, "");
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

let officeThemed = false;

/** Before Office is ready, and wherever it gives no theme: the system's setting, kept up to date. */
export function followSystemTheme(): void {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const set = () => {
    if (!officeThemed) document.documentElement.dataset.theme = query.matches ? "dark" : "light";
  };
  set();
  query.addEventListener("change", set);
}

/** Office's theme replaces the system's: its background decides the palette (CSSOM only, CSP-safe). */
export function applyOfficeTheme(theme: OfficeThemeColors | undefined): void {
  if (theme === undefined || !theme.bodyBackgroundColor) return;
  officeThemed = true;
  const root = document.documentElement;
  root.dataset.theme = isDark(theme.bodyBackgroundColor) ? "dark" : "light";
  root.style.setProperty("--colorNeutralBackground1", theme.bodyBackgroundColor);
  root.style.setProperty("--colorNeutralForeground1", theme.bodyForegroundColor);
  root.style.setProperty("--colorNeutralBackground2", theme.controlBackgroundColor);
}
