// Printing a page as its user would: headless Chromium makes a PDF, poppler reads its text back.
// Without Chromium or pdftotext the browser tests are skipped and say why; CI installs both
// (.ci/run) and sets ETHICS_REQUIRE_BROWSER=1, so that there a missing browser fails instead.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

function onPath(names: string[]): string | null {
  for (const name of names) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (found.status === 0 && found.stdout.trim() !== "") return found.stdout.trim();
  }
  return null;
}

export const chromium = onPath(["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"]);
export const pdftotext = onPath(["pdftotext"]);
export const pdfinfo = onPath(["pdfinfo"]);
/** poppler's too: its XML names each run of text's font size and colour, as printed. */
export const pdftohtml = onPath(["pdftohtml"]);
const missing = [
  chromium ? null : "no Chromium on PATH (Debian: apt-get install chromium)",
  pdftotext && pdfinfo && pdftohtml ? null : "no pdftotext, pdfinfo or pdftohtml on PATH (apt-get install poppler-utils)",
].filter(Boolean);
export const skipReason = missing.length > 0 ? missing.join("; ") : null;
if (skipReason && process.env.ETHICS_REQUIRE_BROWSER) throw new Error(`the browser test must run here (ETHICS_REQUIRE_BROWSER is set), but: ${skipReason}`);
if (skipReason) console.warn(`browser tests skipped: ${skipReason}`);

/** Where the pages and their PDFs are written. */
export const work = mkdtempSync(join(tmpdir(), "ethics-print-"));

/** Print an HTML file to PDF as the page's user would: headless, offline, no headers or footers. */
export function printToPdf(html: string, name: string): string {
  const htmlFile = join(work, `${name}.html`);
  const pdfFile = join(work, `${name}.pdf`);
  const profile = mkdtempSync(join(work, "profile-"));
  writeFileSync(htmlFile, html);
  const result = spawnSync(
    chromium!,
    [
      "--headless",
      "--no-sandbox", // needed as root, as in CI containers
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      "--no-pdf-header-footer",
      "--print-to-pdf-no-header", // the same, for older Chromium
      `--print-to-pdf=${pdfFile}`,
      pathToFileURL(htmlFile).href,
    ],
    { encoding: "utf8", timeout: 90_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`chromium failed (${result.status ?? result.signal}): ${result.stderr}`);
  return pdfFile;
}

/** Text as the PDF gives it back and as the data writes it, compared alike: ligatures undone, spaces folded. */
export const normalize = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim();
