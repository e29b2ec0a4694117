/* A plain reading of /openapi.json (FastAPI's own /docs page loads Swagger UI from a CDN). */
"use strict";

function el(tag, cls, ...children) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function typeOf(schema) {
  if (!schema) return "";
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t && t !== "null").join(" | ");
  if (schema.type === "array") return typeOf(schema.items) + "[]";
  if (schema.$ref) return schema.$ref.split("/").pop();
  return (schema.format || schema.type || "") + (schema.default !== undefined && schema.default !== null ? ` = ${JSON.stringify(schema.default)}` : "");
}

async function main() {
  const spec = await fetch("/openapi.json").then((r) => r.json());
  const box = document.getElementById("api-docs");
  box.append(el("p", "intro", spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const sec = el("section", "panel endpoint");
      sec.append(el("h2", null, el("code", null, `${method.toUpperCase()} ${path}`), " ", el("small", null, op.summary || "")));
      if (op.description) sec.append(el("p", null, op.description));
      const params = op.parameters || [];
      if (params.length) {
        const table = el("table", "params");
        table.append(el("tr", null, el("th", null, "parameter"), el("th", null, "in"), el("th", null, "type"), el("th", null, "meaning")));
        for (const p of params) {
          table.append(el("tr", null, el("td", null, el("code", null, p.name + (p.required ? " *" : ""))), el("td", null, p.in),
            el("td", null, typeOf(p.schema)), el("td", null, p.description || (p.schema && p.schema.description) || "")));
        }
        sec.append(table);
      }
      if (op.requestBody) {
        const ref = Object.values(op.requestBody.content || {})[0];
        sec.append(el("p", null, "body: ", el("code", null, typeOf(ref && ref.schema)), " (JSON)"));
      }
      box.append(sec);
    }
  }
}

main();
