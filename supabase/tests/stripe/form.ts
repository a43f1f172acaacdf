// Stripe's request encoding: application/x-www-form-urlencoded (and query strings) with bracket notation,
// e.g. `line_items[0][price]=price_x`, `expand[0]=data.product`, `lookup_keys[]=a`, `metadata[user_id]=u`.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

function splitKey(key: string): string[] {
  const first = key.indexOf("[");
  if (first < 0) return [key];
  const parts = [key.slice(0, first)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key.slice(first))) !== null) parts.push(m[1]);
  return parts;
}

function toArrays(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const k of keys) value[k] = toArrays(value[k]);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.map(Number).sort((a, b) => a - b).map((i) => value[String(i)]);
  }
  return value;
}

/** Parses form pairs into nested objects; numeric indices become arrays. */
export function parseForm(params: URLSearchParams): FormObject {
  const root: FormObject = {};
  for (const [key, value] of params) {
    const parts = splitKey(key);
    let node: FormObject = root;
    for (let i = 0; i < parts.length; i++) {
      let part = parts[i];
      const last = i === parts.length - 1;
      if (part === "") {
        // `name[]` appends: pick the next free numeric index.
        part = String(Object.keys(node).length);
      }
      if (last) {
        node[part] = value;
      } else {
        const next = node[part];
        if (typeof next !== "object" || next === null || Array.isArray(next)) node[part] = {};
        node = node[part] as FormObject;
      }
    }
  }
  return toArrays(root) as FormObject;
}

/** Encodes a nested object the way stripe-node does (for the tests' own raw requests). */
export function encodeForm(data: Record<string, unknown>): string {
  const pairs: string[] = [];
  const enc = (s: string) => encodeURIComponent(s).replace(/%5B/g, "[").replace(/%5D/g, "]");
  const walk = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null || typeof value !== "object") {
      pairs.push(`${enc(key)}=${enc(value === null ? "" : String(value))}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(`${key}[${i}]`, v));
    } else {
      for (const [k, v] of Object.entries(value)) walk(`${key}[${k}]`, v);
    }
  };
  for (const [k, v] of Object.entries(data)) walk(k, v);
  return pairs.join("&");
}
