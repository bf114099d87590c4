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

/** Shows a status message. */
export function setStatus(element, text, isError = false) {
  if (!element) return;
  element.textContent = text ?? '';
  element.classList.toggle('errors', isError);
}

/** Reads a File as a binary string (what the .p12 signer expects). */
export function readFileAsBinary(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result);
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      resolve(s);
    };
    reader.onerror = () => reject(new Error('Cannot read the file.'));
    reader.readAsArrayBuffer(file);
  });
}
