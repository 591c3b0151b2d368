// Jest global setup: one production build for every build test of this run.

import { productionBuild } from "./build";

export default function globalSetup(): void {
  productionBuild();
}
