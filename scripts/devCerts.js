// The dev server's https certificate, made once and reused until it nears expiry, so a CA imported
// into a browser keeps working across `npm start`s. Windows and macOS: office-addin-dev-certs
// trusts its CA in the system store (one admin prompt, the first time). Elsewhere (Linux, or as
// root with no sudo): the certificates are generated without any install attempt, and the path of
// the CA to import into the browser is printed.

const { X509Certificate } = require("crypto");
const fs = require("fs");

const DAYS = 365;

/** The certificate files exist and stay valid for at least another day. */
function reusable(cert, key) {
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return false;
  try {
    return new Date(new X509Certificate(fs.readFileSync(cert)).validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

async function httpsOptions(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  const { localhostCertificatePath: cert, localhostKeyPath: key, caCertificatePath: ca } = require("office-addin-dev-certs/lib/defaults");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      log(`The localhost certificate could not be trusted (${String(error.message).split("\n")[0]}).`);
    }
  }
  const made = !reusable(cert, key);
  if (made) await devCerts.generateCertificates(ca, cert, key, DAYS);
  log(`${made ? "Made" : "Reusing"} the dev certificate ${cert}. To trust it, import its CA ${ca} into your browser once (it stays valid across restarts).`);
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) };
}

module.exports = { httpsOptions };
