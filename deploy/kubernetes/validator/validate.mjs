#!/usr/bin/env node
// Validates Kubernetes manifests (YAML, several documents a file) against the JSON schemas of the Kubernetes API
// that kubernetes-models carries: every document must be a known apiVersion/kind and match its schema.
// With --signing-key-only-in NAME, a workload other than NAME that mounts a Secret fails too (only the gateway
// may hold the JWT signing key).
//   node validate.mjs [--signing-key-only-in NAME] FILE...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

async function modelOf(apiVersion, kind) {
  // core kinds live at kubernetes-models/v1/<Kind>, the others at kubernetes-models/<group>/<version>/<Kind>
  try {
    const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
    return module[kind];
  } catch (error) {
    if (error.code === "ERR_PACKAGE_PATH_NOT_EXPORTED" || error.code === "ERR_MODULE_NOT_FOUND") {
      return undefined;
    }
    throw error;
  }
}

function mountedSecrets(resource) {
  const pod = resource.spec?.template?.spec ?? resource.spec?.jobTemplate?.spec?.template?.spec;
  return (pod?.volumes ?? []).filter((volume) => volume.secret).map((volume) => volume.secret.secretName);
}

const args = process.argv.slice(2);
const option = args.indexOf("--signing-key-only-in");
const keyHolder = option >= 0 ? args.splice(option, 2)[1] : undefined;
let failures = 0;
let checked = 0;
for (const file of args) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.error(`${file}: not YAML: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const resource = document.toJS();
    if (resource === null) {
      continue;
    }
    const name = `${file}: ${resource.kind} ${resource.metadata?.name}`;
    const Model = await modelOf(resource.apiVersion, resource.kind);
    if (!Model) {
      console.error(`${name}: unknown apiVersion/kind ${resource.apiVersion} ${resource.kind}`);
      failures++;
      continue;
    }
    try {
      new Model(resource).validate();
      checked++;
    } catch (error) {
      console.error(`${name}: ${error.message}`);
      failures++;
    }
    const secrets = mountedSecrets(resource);
    if (keyHolder && secrets.length > 0 && resource.metadata?.name !== keyHolder) {
      console.error(`${name}: mounts the Secret ${secrets.join(", ")}, but only ${keyHolder} may hold a key`);
      failures++;
    }
  }
}
console.log(`${checked} Kubernetes resources valid, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
