// schema/code.schema.json (made from the loader's own schema at build time) is what an
// editor checks files against: it must accept what the loader accepts and refuse what it refuses.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseCodeText } from "../../../src/core/codes/load.js";

const root = join(import.meta.dirname, "../../..");
const schema = JSON.parse(readFileSync(join(root, "schema/code.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

const yamlIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".yaml") && name !== "topics.yaml")
    .map((name) => [`${dir}/${name}`, readFileSync(join(root, dir, name), "utf8")] as const);

describe("the JSON Schema shipped for editors", () => {
  it.each([...yamlIn("data"), ...yamlIn("test/fixtures/user-codes")])("accepts %s, as the loader does", (file, text) => {
    expect(parseCodeText(text, file, "user").problems).toEqual([]);
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["a wrong shape", readFileSync(join(root, "test/fixtures/bad/wrong-shape.yaml"), "utf8")],
    ["an unknown field", readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8").replace("shortName:", "shortname:")],
    ["a bad id", readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8").replace("id: riverside-agency", "id: Riverside Agency")],
  ])("refuses %s, as the loader does", (_name, text) => {
    expect(parseCodeText(text, "file.yaml", "user").problems.length).toBeGreaterThan(0);
    expect(validate(parse(text))).toBe(false);
  });
});
