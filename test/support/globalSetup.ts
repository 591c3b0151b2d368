// Jest global setup: one production build for every build test of this run, and the browser
// bundle of the strict Excel stand-in the pane's end-to-end tests load in place of office.js.

import { productionBuild, standInBuild } from "./build";

export default function globalSetup(): void {
  productionBuild();
  standInBuild();
}
