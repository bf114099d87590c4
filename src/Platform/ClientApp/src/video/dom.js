// Small DOM helpers (text only, never HTML: CSP and no injection).

/** Creates an element with properties (dataset merged) and children (strings become text). */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  for (const c of children) node.append(c);
  return node;
}

// One status line and one file reader for every page (../ui.js); the video pages know the status line as setStatus.
export { readFileAsBinary, show as setStatus } from '../ui.js';
