// office-addin-mock requires office-addin-manifest, whose ESM-only dependencies plain Node's
// require cannot load; it needs only the OfficeApp enum, so (as in Jest) a stub stands in.

const Module = require("module");
const path = require("path");

const stub = path.join(__dirname, "..", "test", "stubs", "officeAddinManifest.ts");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "office-addin-manifest" ? stub : resolve.call(this, request, ...rest);
};
