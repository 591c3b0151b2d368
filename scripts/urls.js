// The dev URL the manifest and metadata are written with, and the production URL that replaces it.

const DEV_URL = "https://localhost:3000/";
const PLACEHOLDER_URL = "https://mfgmodel.example.invalid/";

/** From `--env url=…` or ADDIN_URL; must be https and end with a slash. */
function productionUrl(env = {}) {
  const given = env.url || process.env.ADDIN_URL;
  if (!given) {
    console.warn(`No production URL given (ADDIN_URL or --env url=…): writing ${PLACEHOLDER_URL}; set your deployment URL before you ship.`);
    return PLACEHOLDER_URL;
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

module.exports = { DEV_URL, PLACEHOLDER_URL, productionUrl };
