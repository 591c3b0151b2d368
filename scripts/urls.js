// The dev URL the manifest and metadata are written with, and the production URL that replaces it.

const DEV_URL = "https://localhost:3000/";

/**
 * From `--env url=…` or ADDIN_URL; must be https and end with a slash. A production build
 * without one fails: a manifest pointing at a placeholder host installs and then loads nothing.
 */
function productionUrl(env = {}) {
  const given = env.url || process.env.ADDIN_URL;
  if (!given) {
    throw new Error(
      "A production build needs the URL the add-in will be served from: ADDIN_URL=https://addins.example.com/procure/ npm run build (or --env url=…). For a local build use npm run build:dev.",
    );
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`ADDIN_URL "${given}" is not a URL; give one like https://addins.example.com/procure/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL "${given}" must use https (Office loads add-ins over https only).`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { DEV_URL, productionUrl };
